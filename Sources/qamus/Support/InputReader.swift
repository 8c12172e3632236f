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
    static func read(_ path: String?, allowEmpty: Bool = false) throws -> InputText {
        let name = (path == nil || path == "-") ? "stdin" : path!
        let data: Data
        if name == "stdin" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory) else {
                throw CLIError.input(file: name, line: nil, problem: "no such file")
            }
            if isDirectory.boolValue {
                throw CLIError.input(file: name, line: nil, problem: "is a directory, not a text file")
            }
            guard let d = FileManager.default.contents(atPath: name) else {
                throw CLIError.input(file: name, line: nil, problem: "cannot be read (permission denied?)")
            }
            data = d
        }
        let text = try decode(data, name: name)
        if !allowEmpty, text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw CLIError.input(file: name, line: nil, problem: "is empty: there is no text to process")
        }
        return InputText(name: name, text: text)
    }

    /// Decodes UTF-8 (a leading BOM is dropped), refusing binary data and invalid sequences.
    static func decode(_ data: Data, name: String) throws -> String {
        switch TextDecoding.decodeUTF8(data) {
        case .success(let text):
            return text
        case .failure(let error):
            throw CLIError.input(file: name, line: error.line, problem: error.problem)
        }
    }
}
