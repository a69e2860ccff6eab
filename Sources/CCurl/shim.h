#ifndef UNDERSTUDY_CCURL_SHIM_H
#define UNDERSTUDY_CCURL_SHIM_H

#include <curl/curl.h>
#include <zlib.h>

/* libcurl's option and info functions are variadic, which Swift cannot call. These static
   inline wrappers fix the argument types the recorder's upstream client needs. zlib's
   inflateInit2 is a macro; its wrapper is here too. */

/** Sets an option that takes a long. */
static inline CURLcode understudy_curl_set_long(CURL *easy, CURLoption option, long value)
{
    return curl_easy_setopt(easy, option, value);
}

/** Sets an option that takes a curl_off_t. */
static inline CURLcode understudy_curl_set_offset(CURL *easy, CURLoption option, curl_off_t value)
{
    return curl_easy_setopt(easy, option, value);
}

/** Sets an option that takes a C string (libcurl copies it, except CURLOPT_POSTFIELDS). */
static inline CURLcode understudy_curl_set_string(CURL *easy, CURLoption option, const char *value)
{
    return curl_easy_setopt(easy, option, value);
}

/** Sets an option that takes a pointer (callback data, CURLOPT_COPYPOSTFIELDS bytes, a header list). */
static inline CURLcode understudy_curl_set_pointer(CURL *easy, CURLoption option, const void *value)
{
    return curl_easy_setopt(easy, option, value);
}

/** Sets CURLOPT_WRITEFUNCTION or CURLOPT_HEADERFUNCTION (they share one signature). */
static inline CURLcode understudy_curl_set_write_callback(CURL *easy, CURLoption option, curl_write_callback callback)
{
    return curl_easy_setopt(easy, option, callback);
}

/** Reads a long (CURLINFO_RESPONSE_CODE, ...). */
static inline CURLcode understudy_curl_get_long(CURL *easy, CURLINFO info, long *value)
{
    return curl_easy_getinfo(easy, info, value);
}

/** Reads a curl_off_t (CURLINFO_STARTTRANSFER_TIME_T, ...). */
static inline CURLcode understudy_curl_get_offset(CURL *easy, CURLINFO info, curl_off_t *value)
{
    return curl_easy_getinfo(easy, info, value);
}

/** The result of a finished transfer reported by curl_multi_info_read (a union member). */
static inline CURLcode understudy_curl_message_result(const CURLMsg *message)
{
    return message->data.result;
}

/** inflateInit2 for `windowBits` (15 + 32: zlib or gzip, detected; -15: raw deflate). */
static inline int understudy_inflate_init(z_stream *stream, int windowBits)
{
    return inflateInit2(stream, windowBits);
}

#endif
