import Foundation

/// Builds an `OfficialReport` from a kind's outline and the figures. Pure: the same input gives
/// the same report.
public enum ReportBuilder {
    /// Builds the report of the kind with `kindCode` from the registry.
    public static func build(kindCode: String, input: ReportInput,
                             registry: ReportKindRegistry = .builtIn) throws(AppError) -> OfficialReport {
        try build(registry.kind(kindCode), input: input)
    }

    /// The quarterly report on the national strategy for the digital economy and society.
    public static func quarterlyDigitalSociety(_ input: ReportInput) throws(AppError) -> OfficialReport {
        try build(BuiltInReportKinds.quarterlyDigitalSociety, input: input)
    }

    /// The six-month report on administrative reform and digital transformation.
    public static func sixMonthReform(_ input: ReportInput) throws(AppError) -> OfficialReport {
        try build(BuiltInReportKinds.sixMonthReform, input: input)
    }

    /// The annual digital-transformation report.
    public static func annualDigitalTransformation(_ input: ReportInput) throws(AppError) -> OfficialReport {
        try build(BuiltInReportKinds.annualDigitalTransformation, input: input)
    }

    /// The progress report on a plan's tasks.
    public static func planProgress(_ input: ReportInput) throws(AppError) -> OfficialReport {
        try build(BuiltInReportKinds.planProgress, input: input)
    }

    public static func build(_ kind: ReportKindDefinition, input: ReportInput) throws(AppError) -> OfficialReport {
        guard kind.periodKinds.contains(input.period.kind) else {
            let allowed = kind.periodKinds.map(\.rawValue).joined(separator: ", ")
            throw AppError(.invalid, code: .reportPeriodNotAllowed,
                           message: "report kind '\(kind.code)' is written for periods of kind \(allowed), not \(input.period)",
                           vietnamese: "Loại báo cáo “\(kind.name)” không lập cho kỳ \(input.period.vietnameseName).")
        }
        // A kind issued by a department (a province's Sở) heads the report with it and signs as it.
        var input = input
        if let issuer = kind.issuer, input.unit.office == nil { input.unit.office = VietnameseText.normalized(issuer) }
        let variables = ReportVariables.values(for: input)
        func fill(_ text: String) throws(AppError) -> String {
            ReportWording.collapsingRepeatedVerb(VietnameseText.normalized(try ReportVariables.fill(text, variables)))
        }

        var context = ReportGeneratorContext(input: input)
        var numbering = HeadingNumbering()
        var sections: [ReportSection] = []
        for template in kind.sections {
            var heading: String?
            if let title = template.title {
                let prefix = numbering.next(level: template.level, numbered: template.numbered,
                                            restart: template.restartNumbering)
                heading = prefix + (try fill(title))
            }
            var blocks: [ReportBlock] = []
            for (index, item) in template.content.enumerated() {
                let id = item.id ?? "\(template.id).\(index + 1)"
                if let codes = item.figures {
                    blocks += context.figureSentences(codes, id: id, asDashes: item.dash != nil, variables: variables)
                } else if let text = item.text {
                    blocks.append(.paragraph(id, try fill(text), origin: .narrative))
                } else if let dash = item.dash {
                    blocks.append(.dash(id, try fill(dash), origin: .narrative))
                } else if let code = item.generate {
                    guard let generator = ReportGenerator(rawValue: code) else {
                        throw ReportKindRegistry.unknownGenerator(code, kind: kind.code)
                    }
                    context.idPrefix = "\(template.id).\(code)"
                    blocks += context.generate(generator)
                }
            }
            sections.append(ReportSection(id: template.id, heading: heading, level: template.level,
                                          origin: template.origin, blocks: blocks,
                                          inlineHeading: template.inline ? true : nil))
        }
        if let closing = kind.closing {
            sections.append(ReportSection(id: "ket-thuc", heading: nil, level: 1, origin: .generated,
                                          blocks: [.paragraph("ket-thuc.1", try fill(closing))]))
        }
        var recipients: [String] = []
        for line in input.recipients ?? kind.recipients { recipients.append(try fill(line)) }
        var summary: [String] = []
        for line in kind.summary { summary.append(try fill(line)) }

        let report = OfficialReport(
            identity: ReportIdentity(unitCode: input.unit.code, unitName: input.unit.fullName, kindCode: kind.code,
                                     period: input.period),
            issuingBody: input.unit.issuingBody,
            number: DocumentNumber(number: input.number, symbol: input.symbol ?? kind.symbol),
            placeDate: PlaceDate(place: input.unit.placeName, date: input.documentDate),
            typeName: kind.typeName,
            summary: summary + input.summaryNotes,
            sections: sections,
            recipients: recipients,
            signature: input.signature,
            draft: input.isDraft
        ).applyingOverrides(input.overrides)
        do {
            try report.validate()
        } catch {
            throw AppError(.invalid, code: error.code, message: "the report cannot be laid out: \(error.code)",
                           vietnamese: error.message)
        }
        return report
    }
}

/// Heading numbers as the references write them: "PHẦN I: ", "I. ", "1. ", "1.1. ", "a) ".
struct HeadingNumbering {
    private var counters = [0, 0, 0, 0, 0]

    mutating func next(level: Int, numbered: Bool, restart: Bool) -> String {
        let level = min(max(level, 0), 4)
        if restart { counters[level] = 0 }
        guard numbered else {
            // An unnumbered heading starts a new group: numbering below it begins again.
            for deeper in (level + 1)..<counters.count { counters[deeper] = 0 }
            return ""
        }
        counters[level] += 1
        for deeper in (level + 1)..<counters.count { counters[deeper] = 0 }
        let n = counters[level]
        switch level {
        case 0: return "PHẦN \(ReportWording.roman(n)): "
        case 1: return "\(ReportWording.roman(n)). "
        case 2: return "\(n). "
        case 3: return "\(max(counters[2], 1)).\(n). "
        default: return "\(ReportWording.letter(n))) "
        }
    }
}
