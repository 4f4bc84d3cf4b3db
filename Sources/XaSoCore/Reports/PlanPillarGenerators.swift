import Foundation

/// "Nhiệm vụ theo trụ cột" of the quarterly reference (V.3): each pillar's task, solution and
/// assignment, from the commune's plan. A plan written as pillars ("Nhiệm vụ: … Giải pháp: …
/// Phân công nhiệm vụ: …") gives them directly; a numbered plan gives its open tasks by lead body.
extension ReportGeneratorContext {
    mutating func planPillars() -> [ReportBlock] {
        guard let plan = input.plan, !plan.tasks.isEmpty else { return [paragraph(Self.noPlanData)] }
        let open = plan.tasks.filter { $0.status != .completed && $0.status != .completedLate }
        let pillars = open.filter { $0.content != nil || $0.solution != nil }
        var out: [ReportBlock] = []
        if !pillars.isEmpty {
            for (i, task) in pillars.enumerated() {
                out.append(paragraph("**\(ReportWording.letter(i + 1))) \(task.title)**"))
                if let content = task.content { out.append(paragraph("Nhiệm vụ: " + content)) }
                if let solution = task.solution { out.append(paragraph("Giải pháp: " + solution)) }
                if let assignment = Self.assignment(task) { out.append(paragraph("Phân công nhiệm vụ: " + assignment)) }
            }
            return out
        }
        guard !open.isEmpty else {
            return [paragraph("Các nhiệm vụ của \(plan.planTitle) đã hoàn thành; tiếp tục duy trì, nâng cao chất lượng thực hiện.")]
        }
        // Open tasks grouped by lead body, in the order leads first appear.
        var order: [String] = []
        var byLead: [String: [ReportTaskRow]] = [:]
        for task in open {
            let lead = task.lead ?? "Chưa phân công cơ quan chủ trì"
            if byLead[lead] == nil { order.append(lead) }
            byLead[lead, default: []].append(task)
        }
        out.append(paragraph("Tiếp tục thực hiện các nhiệm vụ chưa hoàn thành của \(plan.planTitle):"))
        for lead in order {
            let tasks = byLead[lead]!.map { task -> String in
                let partners = (task.partners ?? []).isEmpty ? "" : " (phối hợp: \(task.partners!.joined(separator: ", ")))"
                return "\(task.number). \(task.title)\(partners), thời hạn: \(task.deadlineText)"
            }
            out.append(dash("\(lead) chủ trì: " + tasks.joined(separator: "; ") + "."))
        }
        return out
    }

    /// "Phòng Văn hóa - Xã hội chủ trì; Trung tâm PVHCC, Công an xã phối hợp thực hiện."
    static func assignment(_ task: ReportTaskRow) -> String? {
        let partners = task.partners ?? []
        switch (task.lead, partners.isEmpty) {
        case (nil, true): return nil
        case (let lead?, true): return "\(lead) chủ trì thực hiện."
        case (nil, false): return "\(partners.joined(separator: ", ")) thực hiện."
        case (let lead?, false): return "\(lead) chủ trì; \(partners.joined(separator: ", ")) phối hợp thực hiện."
        }
    }

    /// "Định hướng đến năm 2030": each indicator's target at the last milestone of its framework.
    mutating func direction2030() -> [ReportBlock] {
        let later = rows.filter { row in
            guard let year = row.horizonYear, let target = row.horizonTarget, target.comparison != .none else { return false }
            return year > (row.targetYear ?? period.year)
        }
        guard let year = later.compactMap(\.horizonYear).max() else {
            return [.paragraph(nextID(), "[Nêu định hướng đến năm 2030.]", origin: .narrative)]
        }
        var out = [paragraph("Đến năm \(year), phấn đấu:")]
        for row in later where row.horizonYear == year {
            out.append(dash("\(row.name) đạt \(ReportWording.targetPhrase(row.horizonTarget!, unitKind: row.unitKind))."))
        }
        return out
    }
}
