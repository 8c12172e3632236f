import Foundation
import Testing
@testable import QamusCore

@Suite struct CheckReportTests {
    static func faultReport() throws -> CheckReport {
        try CheckRunner(glossary: CheckFixtures.seedGlossary())
            .run(CheckFixtures.seedInput(target: "Examples/faults/wrong-term.en.txt"))
    }

    @Test func jsonFollowsTheContract() throws {
        let json = try JSONReportWriter().write(try Self.faultReport())
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let findings = try #require(root["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        for f in findings {
            for key in ["check", "severity", "message", "forms", "source_sentences", "target_sentences"] {
                #expect(f[key] != nil, "finding lacks \(key)")
            }
        }
        let mismatch = try #require(findings.first { $0["check"] as? String == "term-mismatch" })
        #expect(mismatch["severity"] as? String == "error")
        #expect(mismatch["source_sentences"] as? [Int] == [6])
        #expect(mismatch["target_sentences"] as? [Int] == [6])
        let alignment = try #require(root["alignment"] as? [[String: [Int]]])
        #expect(alignment.count == 21)
        #expect(alignment.first?["source"] == [0] && alignment.first?["target"] == [0])
        let variant = try #require(findings.first { ($0["forms"] as? [[String: Any]])?.contains { $0["text"] as? String == "S-300S" } == true })
        let forms = try #require(variant["forms"] as? [[String: Any]])
        #expect(forms.allSatisfy { $0["count"] is Int && $0["sentences"] is [Int] && $0["preferred"] is Bool })
    }

    @Test func spansPointAtTheTextInScalarOffsets() throws {
        let report = try Self.faultReport()
        let hamza = try #require(report.findings.first { $0.check == "hamza-wasl" && $0.suggestion == "الاجتماع" })
        let span = try #require(hamza.spans.first)
        let sentence = Array(report.context.source[span.sentence].unicodeScalars)
        #expect(String(String.UnicodeScalarView(sentence[span.range])) == "الإجتماع")
    }

    @Test func textReportIsOneLinePerFindingAndASummary() throws {
        let report = try Self.faultReport()
        let lines = TextReportWriter().write(report).split(separator: "\n")
        #expect(lines.count == report.findings.count + 1)
        #expect(lines.contains { $0.hasPrefix("error    term-mismatch") && $0.contains("S7→T7") })
        #expect(lines.last?.contains("1 error") == true)
    }

    @Test func htmlIsSelfContainedWithRTLSource() throws {
        let html = HTMLReportWriter().write(try Self.faultReport())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        for external in ["<script", "<link", "src=\"http", "href=\"http", "url(", "@import"] {
            #expect(!html.contains(external), "no network resources: \(external)")
        }
        #expect(html.components(separatedBy: "<td class=\"src\" lang=\"ar\" dir=\"rtl\">").count - 1 == 21)
        #expect(html.components(separatedBy: "<td class=\"tgt\" lang=\"en\" dir=\"ltr\">").count - 1 == 21)
        #expect(html.contains("<mark class=\"term\" title=\"Qassem Soleimani\">قاسم سليماني</mark>"))
        // Every finding links to its row, and the row links back.
        #expect(html.contains("<li id=\"finding-1\""))
        #expect(html.contains("href=\"#row-7\""))
        #expect(html.contains("href=\"#finding-"))
        #expect(html.contains("<bdi dir=\"rtl\" lang=\"ar\">"))
    }

    @Test func htmlEscapesText() {
        let input = CheckInput(source: ["قال <b>&"], target: ["He said <script>"], alignment: [AlignmentPair(source: [0], target: [0])])
        let html = HTMLReportWriter().write(CheckRunner(glossary: []).run(input))
        #expect(!html.contains("<script>") && html.contains("&lt;script&gt;") && html.contains("&lt;b&gt;&amp;"))
    }

    /// Renders the report in headless Chromium where it is installed
    /// (`apt-get install -y chromium`); skips otherwise.
    @Test func htmlRendersInChromium() throws {
        let candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"]
        guard let browser = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            print("skipped: Chromium is not installed (apt-get install -y chromium)")
            return
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qamus-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("report.html"), shot = dir.appendingPathComponent("report.png")
        try HTMLReportWriter().write(try Self.faultReport()).write(to: page, atomically: true, encoding: .utf8)
        func chromium(_ arguments: [String]) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: browser)
            process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(dir.path)/profile"] + arguments + [page.absoluteString]
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        let dom = try chromium(["--dump-dom"])
        #expect(dom.components(separatedBy: "dir=\"rtl\"").count > 21, "the browser parsed the aligned rows")
        _ = try chromium(["--window-size=1200,1600", "--screenshot=\(shot.path)"])
        let size = (try? FileManager.default.attributesOfItem(atPath: shot.path)[.size] as? Int) ?? 0
        #expect(size > 10_000, "a screenshot was rendered")
    }
}
