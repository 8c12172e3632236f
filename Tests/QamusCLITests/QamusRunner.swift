import Foundation

/// Runs the built `qamus` executable in a fresh environment (its own
/// `XDG_DATA_HOME`, no `QAMUS_DB`, `NO_COLOR`), for end-to-end tests.
struct QamusRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String

        /// stdout's lines, without the empty string after a final newline.
        var lines: [String] {
            var l = stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if stdout.hasSuffix("\n") { l.removeLast() }
            return l
        }
    }

    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `qamus` binary next to the test bundle.
    static var executable: URL {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for dir in [bundle, bundle.deletingLastPathComponent(), Bundle.main.bundleURL.deletingLastPathComponent()] {
            let candidate = dir.appendingPathComponent("qamus")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return root.appendingPathComponent(".build/debug/qamus")
    }

    /// A private data home, so the default database is created fresh for this runner.
    let dataHome: URL

    init() throws {
        dataHome = FileManager.default.temporaryDirectory.appendingPathComponent("qamus-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dataHome, withIntermediateDirectories: true)
    }

    /// A fresh path for a database or output file inside this runner's folder.
    func path(_ name: String) -> String { dataHome.appendingPathComponent(name).path }

    /// Runs `qamus arguments…` with `stdin`, from the repository root.
    func run(_ arguments: [String], stdin: String? = nil, environment extra: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = Self.root
        var env = ProcessInfo.processInfo.environment
        env["XDG_DATA_HOME"] = dataHome.path
        env["QAMUS_DB"] = nil
        env["NO_COLOR"] = "1"
        for (k, v) in extra { env[k] = v }
        process.environment = env
        let outPipe = Pipe(), errPipe = Pipe(), inPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = inPipe
        try process.run()
        // Feed stdin from another thread, so a large input cannot block against a full stdout pipe.
        let writer = inPipe.fileHandleForWriting
        let input = Data((stdin ?? "").utf8)
        DispatchQueue.global().async {
            if !input.isEmpty { writer.write(input) }
            try? writer.close()
        }
        // Read both pipes fully before waiting, so large outputs cannot block.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = errPipe.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = outPipe.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}
