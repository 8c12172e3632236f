import Testing
@testable import QamusCore

@Suite struct CheckLocatorTests {
    static let found: [(String, String)] = [
        ("Hezbollah", "Hezbollah's fighters"), ("Hezbollah", "Hezbollah’s fighters"), ("S-300", "S-300s arrived"),
        ("missile", "the missiles"), ("militia", "militias"), ("party", "two parties"), ("Russian", "Russian-made"),
        ("Erdogan", "Erdoğan said"), ("missile defense", "Missile Defense systems"), ("Assad", "Bashar al-Assad"),
    ]
    static let notFound: [(String, String)] = [
        ("Iran", "Iranian forces"), ("Putin", "Putinism"), ("party", "partying"), ("Fars", "Farsi"), ("UN", "unclear"),
    ]

    @Test(arguments: found)
    func findsInflectedForms(_ form: String, _ text: String) {
        let locator = EnglishTermLocator()
        #expect(locator.contains(form, in: locator.prepare(text)), "\(form) in \(text)")
    }

    @Test(arguments: notFound)
    func doesNotFindInsideOtherWords(_ form: String, _ text: String) {
        let locator = EnglishTermLocator()
        #expect(!locator.contains(form, in: locator.prepare(text)), "\(form) in \(text)")
    }

    @Test func rangesAreScalarOffsetsIntoTheOriginal() {
        let locator = EnglishTermLocator()
        let text = "Mr Erdoğan’s visit"
        let ranges = locator.ranges(of: "Erdogan", in: locator.prepare(text))
        let scalars = Array(text.unicodeScalars)
        #expect(ranges.map { String(String.UnicodeScalarView(scalars[$0])) } == ["Erdoğan"])
    }
}
