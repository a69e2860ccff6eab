#ifndef UNDERSTUDY_CMICROHTTPD_SHIM_H
#define UNDERSTUDY_CMICROHTTPD_SHIM_H

#include <stdint.h>
#include <sys/types.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <microhttpd.h>

/* libmicrohttpd's start and info functions are variadic, which Swift cannot call.
   These static inline wrappers fix the argument lists Understudy needs. With a PEM key and
   certificate the daemon speaks TLS (GnuTLS inside libmicrohttpd). */

typedef void *(*understudy_uri_log_callback)(void *cls, const char *uri, struct MHD_Connection *connection);

static inline struct MHD_Daemon *
understudy_mhd_start(unsigned int flags,
                     const struct sockaddr *address,
                     unsigned int threadPoolSize,
                     unsigned int connectionTimeoutSeconds,
                     unsigned int connectionLimit,
                     MHD_AccessHandlerCallback handler, void *handlerContext,
                     MHD_RequestCompletedCallback completed, void *completedContext,
                     understudy_uri_log_callback uriLog, void *uriLogContext,
                     MHD_NotifyConnectionCallback connectionNotify, void *connectionNotifyContext,
                     const char *tlsKey, const char *tlsCertificate)
{
    /* One option list for both cases (MHD_OPTION_ARRAY): an option with one pointer takes it in
       ptr_value; one with a callback and its context takes the callback in value. */
    struct MHD_OptionItem options[] = {
        { MHD_OPTION_SOCK_ADDR, 0, (void *)address },
        { MHD_OPTION_THREAD_POOL_SIZE, threadPoolSize, NULL },
        { MHD_OPTION_CONNECTION_TIMEOUT, connectionTimeoutSeconds, NULL },
        { MHD_OPTION_CONNECTION_LIMIT, connectionLimit, NULL },
        { MHD_OPTION_NOTIFY_COMPLETED, (intptr_t)completed, completedContext },
        { MHD_OPTION_URI_LOG_CALLBACK, (intptr_t)uriLog, uriLogContext },
        { MHD_OPTION_NOTIFY_CONNECTION, (intptr_t)connectionNotify, connectionNotifyContext },
        { MHD_OPTION_END, 0, NULL },
        { MHD_OPTION_END, 0, NULL },
        { MHD_OPTION_END, 0, NULL },
    };
    if (tlsKey != NULL && tlsCertificate != NULL) {
        flags |= MHD_USE_TLS;
        options[7] = (struct MHD_OptionItem){ MHD_OPTION_HTTPS_MEM_KEY, 0, (void *)tlsKey };
        options[8] = (struct MHD_OptionItem){ MHD_OPTION_HTTPS_MEM_CERT, 0, (void *)tlsCertificate };
    }
    return MHD_start_daemon(flags, 0, NULL, NULL, handler, handlerContext,
                            MHD_OPTION_ARRAY, options, MHD_OPTION_END);
}

/** The port the daemon listens on (useful after binding port 0), or 0. */
static inline uint16_t understudy_mhd_bound_port(struct MHD_Daemon *daemon)
{
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(daemon, MHD_DAEMON_INFO_BIND_PORT);
    return info ? info->port : 0;
}

/** The socket of a connection, or -1. */
static inline int understudy_mhd_connection_fd(struct MHD_Connection *connection)
{
    const union MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD);
    return info ? info->connect_fd : -1;
}

/** Writes the text form of the connection's peer address ("127.0.0.1", "::1") into buffer
    (INET6_ADDRSTRLEN bytes suffice); writes an empty string when libmicrohttpd does not know it. */
static inline void understudy_mhd_peer_address(struct MHD_Connection *connection, char *buffer, socklen_t size)
{
    buffer[0] = 0;
    const union MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (info == NULL || info->client_addr == NULL) return;
    const struct sockaddr *address = info->client_addr;
    if (address->sa_family == AF_INET)
        inet_ntop(AF_INET, &((const struct sockaddr_in *)(const void *)address)->sin_addr, buffer, size);
    else if (address->sa_family == AF_INET6)
        inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)(const void *)address)->sin6_addr, buffer, size);
}

/** What the connection-started notification put in the connection's socket context, or NULL. */
static inline void *understudy_mhd_socket_context(struct MHD_Connection *connection)
{
    const union MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    return info ? info->socket_context : NULL;
}

/** Aborts a TCP connection with a reset (RST) by disconnecting the socket (Linux:
    connect() with AF_UNSPEC runs tcp_disconnect, which sends an active reset). */
static inline int understudy_reset_socket(int fd)
{
    struct sockaddr unspecified = { 0 };
    unspecified.sa_family = AF_UNSPEC;
    return connect(fd, &unspecified, sizeof(unspecified));
}

/** Constants that Swift cannot import from macros or closed enums by their C names. */
static const enum MHD_Result understudy_mhd_yes = MHD_YES;
static const enum MHD_Result understudy_mhd_no = MHD_NO;
static const enum MHD_ResponseMemoryMode understudy_mhd_must_copy = MHD_RESPMEM_MUST_COPY;
static const uint64_t understudy_mhd_size_unknown = MHD_SIZE_UNKNOWN;
static const ssize_t understudy_mhd_reader_error = MHD_CONTENT_READER_END_WITH_ERROR;
static const enum MHD_ValueKind understudy_mhd_header_kind = MHD_HEADER_KIND;
static const enum MHD_ConnectionNotificationCode understudy_mhd_connection_started = MHD_CONNECTION_NOTIFY_STARTED;
static const enum MHD_ConnectionNotificationCode understudy_mhd_connection_closed = MHD_CONNECTION_NOTIFY_CLOSED;

#endif
