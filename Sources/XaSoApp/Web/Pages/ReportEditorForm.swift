import Foundation
import XaSoCore
import XaSoPersistence

/// Turns the report editor's fields into a `ReportSettingsChange`: only what differs from the page as
/// it was shown is changed (so a signer set through the API with its own authority lines survives a
/// narrative edit), and a paragraph put back to its default text drops its edit.
enum ReportEditorForm {
    static func change(_ form: ReportsPage.Form, prepared: ReportService.Prepared) throws -> ReportSettingsChange {
        let shown = ReportsPage.Form(prepared)
        var change = ReportSettingsChange()

        let number = form.number.trimmingCharacters(in: .whitespaces)
        if number != shown.number {
            if number.isEmpty {
                change.number = .clear
            } else if let n = Int(number), n >= 1 {
                change.number = .set(n)
            } else {
                throw AppError(.invalid, code: .reportNumberInvalid, message: "report number '\(number)' is not a positive integer",
                               vietnamese: L.reportNumberInvalid(number))
            }
        }
        let date = form.date.trimmingCharacters(in: .whitespaces)
        if date != shown.date {
            change.date = date.isEmpty ? .clear : .set(try DocumentDateText.parse(date))
        }
        let signer = VietnameseText.normalized(form.signer)
        if signer != shown.signer || form.viceChairman != shown.viceChairman {
            change.signature = signer.isEmpty ? .clear : .set(form.viceChairman ? .viceChairman(signer) : .chairman(signer))
        }

        if form.framework != shown.framework {
            change.framework = form.framework.isEmpty ? .clear : .set(form.framework)
        }

        let narrativeIDs = prepared.draft.narrativeIDs
        let defaults = prepared.draft.narrativeTexts
        for (id, text) in form.texts {
            guard narrativeIDs.contains(id) else {
                throw AppError(.invalid, code: .reportNarrativeIdUnknown, message: "paragraph '\(id)' is not in this report",
                               vietnamese: L.unknownNarrativeID(id))
            }
            let clean = normalized(text)
            guard clean != normalized(shown.texts[id] ?? "") else { continue }
            // Back to the default text: drop the edit so later wording changes of the kind reach it.
            change.narrative.updateValue(clean == normalized(defaults[id] ?? "") ? nil : clean, forKey: id)
        }
        return change
    }

    /// Browsers send CRLF line ends from a text box; lines are paragraphs, so they are kept, while
    /// blank lines and spaces at either end mean nothing (the report drops them too).
    static func normalized(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: "\n")
    }
}
