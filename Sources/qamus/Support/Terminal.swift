import Foundation

/// Facts about the terminal the command writes to.
enum Terminal {
    /// Colour only on a TTY, and never when `NO_COLOR` is set (https://no-color.org).
    static var wantsColor: Bool {
        let env = ProcessInfo.processInfo.environment
        if let v = env["NO_COLOR"], !v.isEmpty { return false }
        if env["TERM"] == "dumb" { return false }
        return isatty(STDOUT_FILENO) != 0
    }
}
