import ArgumentParser

/// Errors the command line reports, each naming the file and line where it can.
enum CLIError: Error, CustomStringConvertible {
    /// Bad input: file, line (1-based) when known, and what is wrong.
    case input(file: String, line: Int?, problem: String)
    /// A command used wrongly.
    case usage(String)
    /// A failure below the command line (database, data), already worded.
    case failed(String)

    var description: String {
        switch self {
        case let .input(file, line?, problem): return "\(file):\(line): \(problem)"
        case let .input(file, nil, problem): return "\(file): \(problem)"
        case let .usage(message): return message
        case let .failed(message): return message
        }
    }
}

