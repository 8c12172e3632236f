/// Shapes the impersonal passives of news Arabic (run by `ClauseShaper`; تم + verbal noun is
/// rendered by `GlossRenderer` with `action`):
/// - أفيد أن / أفيد بأن is "it was reported that": قاسم سليماني، أفيد أنه متواجد →
///   "Qassem Soleimani, it was reported that he is present" (not "Soleimani reported that").
/// - أفادت / تفيد + تقارير or أنباء + أن is the same passive: أفادت تقارير أن الوزير سافر →
///   "it was reported that the minister travelled"; with anything between the noun and أن
///   (أفادت تقارير إعلامية "media reports said") the reports stay the subject.
enum PassiveShaper {
    /// The spellings of the passive perfect أُفيد (undiacritised, with or without hamza).
    static let passiveReported: Set<ByteKey> = ["أفيد", "افيد"]

    /// Plural nouns of reporting that, right after أفاد and before أن, make an impersonal report.
    static let reportNouns: Set<ByteKey> = ["تقارير", "أنباء", "انباء", "معلومات"]

    static func shape(_ pieces: [GlossPiece]) {
        for i in pieces.indices.dropLast() where pieces[i].origin == .lexicon {
            let p = pieces[i]
            guard let r = p.reading, r.enclitic == nil, r.hasOnlyConjunctions else { continue }
            // (Cheap first: أفيد and أفاد are 8 UTF-8 bytes.)
            if r.stem.utf8.count == 8, passiveReported.contains(ByteKey(r.stem)) {
                guard isThat(pieces[i + 1]) else { continue }
                p.core = "it was reported"
                p.role = .verb
                p.hasSubject = true
            } else if p.role == .verb, let lemma = p.analysis?.lemma, lemma.utf8.count == 8, ByteKey(lemma) == "أفاد", i + 2 < pieces.count {
                let noun = pieces[i + 1]
                guard let n = noun.reading, n.proclitics.isEmpty, n.enclitic == nil, reportNouns.contains(ByteKey(n.stem)),
                      isThat(pieces[i + 2]) else { continue }
                p.core = p.isImperfect ? "it is reported" : "it was reported"
                p.hasSubject = true
                noun.lead = []
                noun.core = ""
                noun.tail = []
                noun.role = .other
            }
        }
    }

    /// The English verb of a verbal noun after تم (used by `GlossRenderer`): its own sense when
    /// glossed as a verb (توثيق "to document" → "document"), else its verb reading's (اعتقال → "arrest").
    static func action(_ a: LexiconAnalysis, _ r: WordReading) -> String? {
        if a.pos == .noun, a.firstSense.hasPrefix("to "), !a.firstSense.dropFirst(3).contains(" ") { return String(a.firstSense.dropFirst(3)) }
        return r.analyses.first(where: { $0.pos == .verb })?.firstSense
    }

    /// أن or بأن (with or without a pronoun): "that" after the passive.
    private static func isThat(_ p: GlossPiece) -> Bool {
        guard p.role == .function, let stem = p.functionStem, let r = p.reading, r.proclitics.isEmpty || r.proclitics == ["ب"] else { return false }
        let key = ByteKey(stem)
        return key == "أن" || key == "أنّ" || key == "بأن"
    }
}
