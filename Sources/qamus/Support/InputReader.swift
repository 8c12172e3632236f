import ArgumentParser
import Foundation
import QamusCore

/// A text read from a file or stdin, validated as UTF-8.
struct InputText {
    /// Where it came from, for messages ("stdin" or the path).
    var name: String
    var text: String
}

/// Reads command input with clear errors: missing file, directory, binary data,
/// invalid UTF-8 (with line and column), empty input.
enum InputReader {
    /// The display name of an input argument.
    static func name(of path: String?) -> String {
        guard let path, path != "-" else { return "stdin" }
        return path
    }

    /// Reads the whole input into memory.
    static func read(_ path: String?, allowEmpty: Bool = false) throws -> InputText {
        let name = name(of: path)
        let data: Data
        if name == "stdin" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            try checkReadableFile(name)
            guard let d = FileManager.default.contents(atPath: name) else {
                throw CLIError.input(file: name, line: nil, problem: "cannot be read (permission denied?)")
            }
            data = d
        }
        let text: String
        switch TextDecoding.decodeUTF8(data) {
        case .success(let t): text = t
        case .failure(let error): throw CLIError.input(file: name, line: error.line, problem: error.problem)
        }
        if !allowEmpty, text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw CLIError.input(file: name, line: nil, problem: "is empty: there is no text to process")
        }
        return InputText(name: name, text: text)
    }

    /// Throws unless `path` names an existing regular file.
    static func checkReadableFile(_ path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError.input(file: path, line: nil, problem: "no such file")
        }
        if isDirectory.boolValue {
            throw CLIError.input(file: path, line: nil, problem: "is a directory, not a text file")
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw CLIError.input(file: path, line: nil, problem: "cannot be read (permission denied)")
        }
    }

    /// A paragraph stream over a file or stdin. Files are validated in a first
    /// streaming pass, so bad input is refused before any output is written.
    static func paragraphs(_ path: String?) throws -> (name: String, stream: ParagraphStream) {
        let name = name(of: path)
        if name == "stdin" { return (name, ParagraphStream(handle: .standardInput)) }
        try checkReadableFile(name)
        guard let check = FileHandle(forReadingAtPath: name), let handle = FileHandle(forReadingAtPath: name) else {
            throw CLIError.input(file: name, line: nil, problem: "cannot be opened")
        }
        var validator = ParagraphStream(handle: check)
        var sawText = false
        do {
            while try validator.next() != nil { sawText = true }
        } catch {
            throw CLIError.input(file: name, line: error.line, problem: error.problem)
        }
        if !sawText { throw CLIError.input(file: name, line: nil, problem: "is empty: there is no text to process") }
        return (name, ParagraphStream(handle: handle))
    }
}
