import ArgumentParser
import Foundation
import Logging
import Synchronization

/// `--verbose`, shared by commands that log.
struct LoggingOptions: ParsableArguments {
    @Flag(name: .long, help: "Log every request with its match result.")
    var verbose = false

    /// Sets up swift-log once (to standard error) and returns a logger.
    func makeLogger(label: String) -> Logger {
        LoggingSetup.once()
        var logger = Logger(label: label)
        logger.logLevel = verbose ? .info : .notice
        return logger
    }
}

/// swift-log may be bootstrapped once per process.
enum LoggingSetup {
    private static let done = Mutex(false)

    static func once() {
        done.withLock { done in
            guard !done else { return }
            LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
            done = true
        }
    }
}
