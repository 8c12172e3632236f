import Foundation
import Testing
@testable import QamusCore

@Suite struct CheckXLIFFTests {
    /// The seed article as XLIFF units: sentences, the faithful translation as "draft",
    /// glossary matches as term annotations.
    static func seedDocument() throws -> XLIFFDocument {
        let input = try CheckFixtures.seedInput(target: "Examples/soleimani-moscow.en.txt")
        let matcher = TermMatcher(index: TermIndex(entries: try CheckFixtures.seedGlossary()))
        let units = input.source.enumerated().map { i, sentence in
            XLIFFUnit(id: "s\(i + 1)", source: sentence, target: input.target?[i],
                      terms: matcher.matches(in: sentence).map { XLIFFTermAnnotation(range: $0.range, english: $0.entry.english) })
        }
        return XLIFFDocument(original: "soleimani-moscow.ar.txt", units: units)
    }

    @Test(arguments: XLIFFVersion.allCases)
    func writtenFileReadsBackUnitByUnit(_ version: XLIFFVersion) throws {
        let document = try Self.seedDocument()
        let xml = XLIFFWriter(version: version).write(document)
        if let dir = ProcessInfo.processInfo.environment["QAMUS_XLIFF_OUT"] {
            try xml.write(toFile: dir + "/seed-\(version.rawValue).xlf", atomically: true, encoding: .utf8)
        }
        let read = try XLIFFReader().read(xml)
        #expect(read.version == version.rawValue)
        #expect(read.units.map(\.source) == document.units.map(\.source))
        #expect(read.units.map(\.target) == document.units.map(\.target))
        #expect(read.sourceLanguage == "ar" && read.targetLanguage == "en")
    }
}

/// Structure the XLIFF schemas require of what we write (the OASIS XSDs are not in a
/// Debian or PyPI package here, so the content model is checked by hand).
@Suite struct CheckXLIFFStructureTests {
    typealias Element = (name: String, attributes: [String: String], children: [String])

    /// Every element with its attributes and the names of its child elements, in order.
    static func elements(_ xml: String) throws -> [Element] {
        var result: [Element] = []
        var open: [Int] = []
        for event in try XMLScanner.events(xml) {
            switch event {
            case let .start(name, attributes, _):
                if let parent = open.last { result[parent].children.append(name) }
                result.append((name, attributes, []))
                open.append(result.count - 1)
            case .end: open.removeLast()
            case .text: break
            }
        }
        return result
    }

    @Test func xliff21FollowsTheCoreContentModel() throws {
        let xml = XLIFFWriter(version: .v2_1).write(try CheckXLIFFTests.seedDocument())
        #expect(xml.contains("xmlns=\"urn:oasis:names:tc:xliff:document:2.0\""))
        #expect(xml.contains("xmlns:gls=\"urn:oasis:names:tc:xliff:glossary:2.0\""))
        let all = try Self.elements(xml)
        let root = try #require(all.first)
        #expect(root.name == "xliff" && root.attributes["version"] == "2.1" && root.attributes["srcLang"] == "ar")
        #expect(root.children.allSatisfy { $0 == "file" } && !root.children.isEmpty)
        let units = all.filter { $0.name == "unit" }
        #expect(units.count == 21)
        #expect(Set(units.compactMap { $0.attributes["id"] }).count == units.count, "unit ids are unique")
        for unit in units {
            // Module elements first, then one or more segments.
            let firstSegment = try #require(unit.children.firstIndex(of: "segment"))
            #expect(unit.children[..<firstSegment].allSatisfy { $0 == "glossary" })
            #expect(unit.children[firstSegment...].allSatisfy { $0 == "segment" })
        }
        for segment in all.filter({ $0.name == "segment" }) {
            #expect(segment.children == ["source", "target"])
            #expect(segment.attributes["state"] == "initial")
        }
        let marks = all.filter { $0.name == "mrk" }
        #expect(marks.count > 50)
        #expect(marks.allSatisfy { $0.attributes["type"] == "term" && $0.attributes["id"] != nil && $0.attributes["value"] != nil })
        for entry in all.filter({ $0.name == "glossEntry" }) {
            #expect(entry.children == ["term", "translation"])
            #expect(entry.attributes["ref"]?.hasPrefix("#m") == true)
        }
    }

    @Test func xliff12FollowsTheTransUnitContentModel() throws {
        let xml = XLIFFWriter(version: .v1_2).write(try CheckXLIFFTests.seedDocument())
        let all = try Self.elements(xml)
        #expect(all.first?.attributes["version"] == "1.2")
        let file = try #require(all.first { $0.name == "file" })
        for required in ["original", "source-language", "datatype"] { #expect(file.attributes[required] != nil) }
        #expect(file.children == ["body"])
        for unit in all.filter({ $0.name == "trans-unit" }) {
            #expect(unit.attributes["id"] != nil)
            #expect(Array(unit.children.prefix(2)) == ["source", "target"])
            #expect(unit.children.dropFirst(2).allSatisfy { $0 == "note" })
        }
        #expect(all.filter { $0.name == "mrk" }.allSatisfy { $0.attributes["mtype"] == "term" })
    }

    @Test func termAnnotationsWrapTheRightText() throws {
        let unit = XLIFFUnit(id: "1", source: "التقى بوتين وسليماني", target: "Putin met Soleimani", terms: [
            XLIFFTermAnnotation(range: 6..<11, english: "Putin"),
            XLIFFTermAnnotation(range: 12..<20, english: "Soleimani", arabic: "سليماني"),
            XLIFFTermAnnotation(range: 13..<20, english: "overlapping, dropped"),
        ])
        let xml = XLIFFWriter().write(XLIFFDocument(units: [unit]))
        #expect(xml.contains("<mrk id=\"m1\" type=\"term\" value=\"Putin\">بوتين</mrk>"))
        #expect(xml.contains("<mrk id=\"m2\" type=\"term\" value=\"Soleimani\">وسليماني</mrk>"))
        #expect(xml.contains("<gls:term source=\"qamus\">سليماني</gls:term>"))
        #expect(!xml.contains("overlapping"))
    }

    @Test func specialCharactersAreEscaped() throws {
        let unit = XLIFFUnit(id: "a b", source: "R&D <x> \"q\"", target: "R&D <x>")
        for version in XLIFFVersion.allCases {
            let xml = XLIFFWriter(version: version).write(XLIFFDocument(original: "a&b.txt", units: [unit]))
            let read = try XLIFFReader().read(xml)
            #expect(read.units.first?.source == unit.source)
            #expect(read.units.first?.target == unit.target)
            #expect(read.original == "a&b.txt")
        }
    }
}

@Suite struct CheckXLIFFReaderTests {
    @Test func readsInlineMarkupAsText() throws {
        let xml = """
        <?xml version="1.0"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="ar" target-language="en" datatype="plaintext"><body>
        <trans-unit id="1"><source>زار <g id="1">بوتين</g><x id="2"/> موسكو</source>
        <target>Putin <ph id="3">{code}</ph>visited <mrk mtype="term">Moscow</mrk> &amp; more &#x41;<![CDATA[<b>]]></target>
        <alt-trans><target>ignored</target></alt-trans><note>a note</note></trans-unit>
        <trans-unit id="2"><source>نفى الكرملين</source></trans-unit>
        </body></file></xliff>
        """
        let d = try XLIFFReader().read(xml)
        #expect(d.units.map(\.source) == ["زار بوتين موسكو", "نفى الكرملين"])
        #expect(d.units.map(\.target) == ["Putin visited Moscow & more A<b>", nil])
        let input = d.checkInput
        #expect(input.alignment == [AlignmentPair(source: [0], target: [0]), AlignmentPair(source: [1], target: [])])
    }

    @Test func readsXLIFF2Segments() throws {
        let xml = """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ar" trgLang="en"><file id="f"><unit id="u1">
        <segment><source>جملة أولى.</source><target>First.</target></segment><ignorable><source> </source></ignorable>
        <segment><source>جملة ثانية.</source><target>Second.</target></segment></unit></file></xliff>
        """
        let d = try XLIFFReader().read(xml)
        #expect(d.units.map(\.id) == ["u1", "u1-2"])
        #expect(d.units.map(\.target) == ["First.", "Second."])
    }

    static let hostile: [(String, String)] = [
        ("<!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><xliff version=\"1.2\"><file><body/></file></xliff>", "document type"),
        ("<!DOCTYPE x SYSTEM \"file:///etc/passwd\"><xliff version=\"1.2\"/>", "document type"),
        ("<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>&xxe;</source></trans-unit></body></file></xliff>", "not expanded"),
        ("<xliff version=\"1.2\"><file><body>", "never closed"),
        ("<xliff version=\"1.2\"><file></body></xliff>", "does not match"),
        ("<xliff version=\"3.0\"/>", "unsupported XLIFF version"),
        ("<root/>", "no <xliff> root"),
    ]

    @Test(arguments: hostile)
    func refusesHostileOrBrokenFiles(_ xml: String, _ problem: String) {
        do {
            _ = try XLIFFReader().read(xml)
            Issue.record("accepted: \(xml)")
        } catch {
            #expect(error.problem.contains(problem), "\(error.problem)")
        }
    }

    @Test func bilingualFileIsCheckedUnitByUnit() throws {
        var document = try CheckXLIFFTests.seedDocument()
        document.units[4].target = document.units[4].target?.replacingOccurrences(of: "Sergei Shoigu", with: "the defence minister")
        document.units[7].target = ""
        let read = try XLIFFReader().read(XLIFFWriter().write(document))
        let report = CheckRunner(glossary: try CheckFixtures.seedGlossary()).run(read.checkInput)
        let errors = report.findings.filter { $0.severity == .error }
        #expect(errors.map(\.check).sorted() == ["missing-translation", "term-mismatch"])
        #expect(errors.first { $0.check == "term-mismatch" }?.sourceSentences == [4])
        #expect(errors.first { $0.check == "missing-translation" }?.sourceSentences == [7])
    }
}

@Suite struct CheckXLIFFDraftTests {
    /// The hand-off `qamus draft --format xliff` uses: a draft document to XLIFF units.
    @Test func draftBecomesUnitsWithTermAnnotations() throws {
        let text = try CheckFixtures.text("Examples/soleimani-moscow.ar.txt")
        let drafter = Drafter(index: TermIndex(entries: try CheckFixtures.seedGlossary()), services: BasicWordServices())
        let draft = drafter.draft(text)
        let document = XLIFFDocument(draft: draft, original: "soleimani-moscow.ar.txt")
        #expect(document.units.count == draft.sentences.count)
        let annotated = document.units.reduce(0) { $0 + $1.terms.count }
        let matched = draft.sentences.reduce(0) { $0 + $1.matches.count }
        #expect(annotated == matched && matched > 50, "every glossary match becomes a term annotation")
        for version in XLIFFVersion.allCases {
            let read = try XLIFFReader().read(XLIFFWriter(version: version).write(document))
            #expect(read.units.map(\.source) == draft.sentences.map(\.source))
            #expect(read.units.map(\.target) == draft.sentences.map(\.draft))
        }
    }
}
