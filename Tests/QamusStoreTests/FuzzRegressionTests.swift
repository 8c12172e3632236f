import QamusCore
import Testing

/// Inputs that broke (or nearly broke) a reader, kept as regression tests. The fuzz
/// targets in `Fuzz/` check the same property: whatever a reader accepts survives a
/// write and a second read unchanged. Add each new crasher from `Fuzz/Crashers/` here.
@Suite struct FuzzRegressionTests {
    static let cases: [(GlossaryFormat, String)] = [
        // A '#' at the start of a line was once read as a comment, so an exported entry
        // whose Arabic began with '#' vanished on re-import.
        (.tsv, "arabic\tenglish\n#وسم\thashtag\n"),
        (.tsv, "#وسم\thashtag\n"),
        // Escapes: a literal backslash-n, a trailing backslash, a tab inside a cell.
        (.tsv, "arabic\tenglish\tnote\nس\tx\ta\\\\nb\\\\\nش\ty\tc\\td\n"),
        // OmegaT two-column rows mixed with three-column rows.
        (.tsv, "س\tx\nش\ty\tnote\n"),
        // CSV: a lone CR as a line end, an empty quoted field, quotes in variants.
        (.csv, "arabic,english,variants\rس,x,\"\"\r\"ش\",\"y \"\"z\"\"\",\"a|\"\"b\"\"\"\r"),
        (.csv, "arabic,english\n\"س\nسطر\",x\n"),
        // TBX: CDATA, character references, nested inline markup, namespaced elements.
        (.tbx, "<tbx><text><body><conceptEntry><langSec xml:lang='ar'><termSec><term><![CDATA[س<ش]]></term></termSec></langSec><langSec xml:lang='en'><termSec><term>a&#x26;b <hi>c</hi></term></termSec></langSec></conceptEntry></body></text></tbx>"),
        (.tbx, "<x:martif xmlns:x='urn:x'><x:text><x:body><x:termEntry><x:langSet lang='AR'><x:tig><x:term>س</x:term></x:tig></x:langSet><x:langSet lang='en-GB'><x:tig><x:term>s</x:term></x:tig></x:langSet></x:termEntry></x:body></x:text></x:martif>"),
    ]

    @Test(arguments: cases.indices)
    func acceptedInputSurvivesARoundTrip(_ index: Int) throws {
        let (format, text) = Self.cases[index]
        let first = try GlossaryReaders.read(text, format: format)
        #expect(!first.entries.isEmpty)
        let written = GlossaryWriters(format: format).write(first.entries)
        let second = try GlossaryReaders.read(written, format: format)
        #expect(second.entries == first.entries, "\(format): \(written)")
    }

    @Test func deepNestingIsRefusedNotRecursed() {
        let deep = String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000)
        #expect(throws: GlossaryReadErrors.self) { try TBXGlossaryReader().read(deep) }
    }
}
