import QamusCore
import Testing

@Suite struct ReaderTests {
    /// (file text, expected line, expected column, a word the problem must contain)
    @Test(arguments: [
        ("arabic\tenglish\tcolour\nس\tx\tred\n", 1, 16, "unknown column"),
        ("arabic\tenglish\ttype\nس\tx\n", 2, 3, "missing"),
        ("arabic\tenglish\nس\tx\textra\n", 2, 5, "extra"),
        ("arabic\tenglish\n\tx\n", 2, 1, "Arabic term is empty"),
        ("arabic\tenglish\tstatus\nس\tx\tmaybe\n", 2, 5, "status"),
        ("arabic\tenglish\tcreated\nس\tx\tyesterday\n", 2, 5, "created"),
        ("a\tb\tc\td\n", 1, 1, "2 or 3"),
        ("arabic\tarabic\n", 1, 8, "twice"),
        ("type\tnote\n", 1, 1, "no 'arabic'"),
    ])
    func tsvErrorsNameLineAndColumn(_ text: String, _ line: Int, _ column: Int, _ word: String) {
        do {
            _ = try TSVGlossaryReader().read(text)
            Issue.record("expected an error for \(text.debugDescription)")
        } catch {
            let first = error.errors[0]
            #expect(first.line == line && first.column == column, "\(first)")
            #expect(first.problem.contains(word), "\(first.problem)")
        }
    }

    @Test func tsvCollectsEveryBadRow() {
        do {
            _ = try TSVGlossaryReader().read("arabic\tenglish\nس\t\nش\tok\nص\t\n")
            Issue.record("expected errors")
        } catch {
            #expect(error.errors.map(\.line) == [2, 4])
        }
    }

    @Test(arguments: [
        ("arabic,english\n\"س,x\n", 2, 1, "never closed"),
        ("arabic,english\nس,a\"b\n", 2, 4, "quote inside"),
        ("arabic,english\n\"س\"x,y\n", 2, 4, "after a closing quote"),
        ("س,x\n", 1, 1, "header"),
        ("arabic,english,type\nس,x\n", 2, 3, "missing"),
    ])
    func csvErrorsNameLineAndColumn(_ text: String, _ line: Int, _ column: Int, _ word: String) {
        do {
            _ = try CSVGlossaryReader().read(text)
            Issue.record("expected an error for \(text.debugDescription)")
        } catch {
            let first = error.errors[0]
            #expect(first.line == line && first.column == column, "\(first)")
            #expect(first.problem.contains(word), "\(first.problem)")
        }
    }

    @Test func csvQuotedFieldsKeepCommasQuotesAndLineBreaks() throws {
        let text = "arabic,english,note,variants\r\n\"حزب الله\",Hezbollah,\"a, \"\"b\"\"\r\nc\",\"Hizbollah|Hizbullah\"\r\n\r\nبوتين,Putin,,\n"
        let doc = try CSVGlossaryReader().read(text)
        #expect(doc.entries.count == 2)
        #expect(doc.entries[0].note == "a, \"b\"\r\nc")
        #expect(doc.entries[0].variants == ["Hizbollah", "Hizbullah"])
        #expect(doc.lines == [2, 5])
    }

    @Test func tbxV2MartifReads() throws {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
            <martif type="TBX" xml:lang="en"><text><body>
              <termEntry id="e1">
                <descrip type="subjectField">politics</descrip>
                <note>note &amp; more</note>
                <langSet xml:lang="ar-SA"><tig><term>بوتين</term></tig><ntig><termGrp><term>بوتن</term></termGrp></ntig></langSet>
                <langSet xml:lang="en-US">
                  <tig><term>Poutine</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
                  <tig><term>Putin</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
                  <tig><term>V. <hi>Putin</hi></term></tig>
                </langSet>
                <langSet xml:lang="fr"><tig><term>Poutine</term></tig></langSet>
              </termEntry>
            </body></text></martif>
            """
        let doc = try TBXGlossaryReader().read(text)
        let e = try #require(doc.entries.first)
        #expect(e.arabic == "بوتين" && e.arabicVariants == ["بوتن"])
        #expect(e.english == "Putin" && e.variants == ["V. Putin"] && e.deprecated == ["Poutine"])
        #expect(e.domain == "politics" && e.note == "note & more")
        #expect(doc.lines == [4])
    }

    @Test(arguments: [
        // Billion laughs: entity declarations are refused before any expansion.
        ("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><tbx>&lol2;</tbx>", "entity declarations"),
        // XXE: an external entity is never fetched.
        ("<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><tbx>&xxe;</tbx>", "entity declarations"),
        ("<tbx>&xxe;</tbx>", "not defined"),
        ("<tbx><text></tbx>", "closes"),
        ("<tbx>", "never closed"),
        ("<tbx a=\"1\" a=\"2\"/>", "twice"),
        ("", "no XML element"),
        ("<tbx><body></body></tbx>", "no conceptEntry"),
        ("<tbx><conceptEntry><langSec xml:lang=\"en\"><termSec><term>x</term></termSec></langSec></conceptEntry></tbx>", "no Arabic term"),
    ])
    func hostileOrBrokenXMLIsRefused(_ text: String, _ word: String) {
        do {
            _ = try TBXGlossaryReader().read(text)
            Issue.record("expected an error")
        } catch {
            #expect(error.errors[0].problem.contains(word), "\(error.errors[0])")
        }
    }

    @Test func xmlErrorPositions() {
        do {
            _ = try TBXGlossaryReader().read("<tbx>\n  <text>\n  </body>\n</tbx>")
            Issue.record("expected an error")
        } catch {
            #expect(error.errors[0].line == 3 && error.errors[0].column == 10, "\(error.errors[0])")
        }
    }

    @Test func listsAndDatesRoundTrip() {
        #expect(GlossaryList.split(GlossaryList.join(["a|b", "c\\d", " e "])) == ["a|b", "c\\d", "e"])
        #expect(GlossaryList.split("IRGC|Revolutionary Guards||") == ["IRGC", "Revolutionary Guards"])
        for text in ["1970-01-01T00:00:00Z", "2024-02-29T23:59:59Z", "1969-12-31T12:00:00Z", "2099-12-31T00:00:01Z"] {
            #expect(GlossaryDate.parse(text).map(GlossaryDate.format) == text)
        }
        #expect(GlossaryDate.parse("2023-02-29") == nil)
        #expect(GlossaryDate.parse("2024-05-01").map(GlossaryDate.format) == "2024-05-01T00:00:00Z")
    }
}
