import Foundation

extension ReportGeneratorContext {
    /// The sentences of the figures `codes` names, in that order, as one paragraph whose id is the
    /// content item's own (`id`): a person's edit, or an old report's narrative, replaces it like
    /// any narrative paragraph. Figures not entered for the period are named in a bracketed hint
    /// after the sentences ("[Bổ sung số liệu: …]"), so the text never states a figure XaSo does not
    /// hold and the official sees what is missing. As dash lines, one figure a line.
    func figureSentences(_ codes: [String], id: String, asDashes: Bool, variables: [String: String]) -> [ReportBlock] {
        let byCode = Dictionary(input.figures.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        var sentences: [String] = []
        var missing: [String] = []
        for code in codes {
            guard let figure = byCode[code] else { continue }
            if let sentence = FigureSentence.sentence(figure, reportVariables: variables) {
                sentences.append(sentence)
            } else {
                missing.append(figure.name)
            }
        }
        var hint: String?
        if !missing.isEmpty {
            hint = "[Bổ sung số liệu: \(ReportWording.inlineList(missing)).]"
        } else if sentences.isEmpty {
            // A report put together by hand, without the catalogue: the slot stays for a person's text.
            hint = "[Bổ sung số liệu.]"
        }
        let origin: ReportOrigin = sentences.isEmpty ? .narrative : .generated
        guard asDashes else {
            return [.paragraph(id, (sentences + [hint].compactMap { $0 }).joined(separator: " "), origin: origin)]
        }
        let lines = sentences + [hint].compactMap { $0 }
        return lines.enumerated().map { i, line in
            .dash(i == 0 ? id : "\(id)-\(i + 1)", line, origin: i < sentences.count ? .generated : .narrative)
        }
    }
}
