import Foundation

/// The plan parts: tasks counted by status and by lead department, and the overdue tasks.
extension ReportGeneratorContext {
    static let noPlanData = "(Chưa có dữ liệu nhiệm vụ của kế hoạch.)"
    static let unassignedLead = "Chưa phân công chủ trì"

    private func n(_ value: Int) -> String { ReportWording.count(value) }

    mutating func planSummary() -> [ReportBlock] {
        guard let plan = input.plan, !plan.tasks.isEmpty else { return [paragraph(Self.noPlanData)] }
        let tasks = plan.tasks
        func count(_ statuses: ReportTaskStatus...) -> Int { tasks.filter { statuses.contains($0.status) }.count }
        let done = count(.completed, .completedLate)
        var doneText = "\(n(done)) nhiệm vụ hoàn thành"
        if count(.completedLate) > 0 { doneText += " (trong đó \(n(count(.completedLate))) nhiệm vụ hoàn thành quá hạn)" }
        let parts = [doneText, "\(n(count(.inProgress))) nhiệm vụ đang thực hiện",
                     "\(n(count(.notStarted))) nhiệm vụ chưa triển khai", "\(n(count(.overdue))) nhiệm vụ quá hạn"]
        let rate = VietnameseFormat.percent(Double(done) * 100 / Double(tasks.count))
        var out = [paragraph("Tính đến ngày \(ReportWording.shortDate(plan.asOf)), \(plan.planTitle) có \(n(tasks.count)) nhiệm vụ, trong đó: \(parts.joined(separator: "; ")). Tỷ lệ nhiệm vụ hoàn thành đạt \(rate).")]

        // One row per lead department, in the order they first appear; unassigned tasks last.
        var leads: [String] = []
        for task in tasks {
            let lead = task.lead ?? Self.unassignedLead
            if !leads.contains(lead) { leads.append(lead) }
        }
        if let i = leads.firstIndex(of: Self.unassignedLead) { leads.append(leads.remove(at: i)) }
        func cells(_ label: String, _ group: [ReportTaskRow], number: String, bold: Bool = false) -> [TableCell] {
            func c(_ statuses: [ReportTaskStatus]) -> TableCell {
                TableCell(RichText(n(group.filter { statuses.contains($0.status) }.count), bold: bold))
            }
            return [TableCell(RichText(number, bold: bold)), TableCell(RichText(label, bold: bold)),
                    TableCell(RichText(n(group.count), bold: bold)), c([.completed, .completedLate]), c([.inProgress]),
                    c([.notStarted]), c([.overdue])]
        }
        var body: [[TableCell]] = leads.enumerated().map { i, lead in
            cells(lead, tasks.filter { ($0.lead ?? Self.unassignedLead) == lead }, number: String(i + 1))
        }
        body.append(cells("Tổng cộng", tasks, number: "", bold: true))
        let table = ReportTable(
            id: nextID(),
            columns: [TableColumn(width: 0.75, alignment: .center), TableColumn(width: 3.25), TableColumn(width: 1, alignment: .center),
                      TableColumn(width: 1.1, alignment: .center), TableColumn(width: 1.1, alignment: .center),
                      TableColumn(width: 1.1, alignment: .center), TableColumn(width: 1, alignment: .center)],
            headerRows: [["STT", "Cơ quan chủ trì", "Tổng số", "Hoàn thành", "Đang thực hiện", "Chưa triển khai", "Quá hạn"]],
            rows: body)
        out.append(.table(table))
        return out
    }

    /// Overdue tasks, most days late first, with their lead departments.
    mutating func planOverdue() -> [ReportBlock] {
        guard let plan = input.plan, !plan.tasks.isEmpty else { return [paragraph(Self.noPlanData)] }
        func daysLate(_ t: ReportTaskRow) -> Int? { t.dueDate.map { $0.days(until: plan.asOf) } }
        let overdue = plan.tasks.filter { $0.status == .overdue }
            .sorted { (daysLate($0) ?? 0) > (daysLate($1) ?? 0) }
        guard !overdue.isEmpty else {
            return [paragraph("Tính đến ngày \(ReportWording.shortDate(plan.asOf)), không có nhiệm vụ quá hạn.")]
        }
        var out = [paragraph("Tính đến ngày \(ReportWording.shortDate(plan.asOf)), còn \(n(overdue.count)) nhiệm vụ quá hạn:")]
        let body = overdue.map { t -> [TableCell] in
            [TableCell(RichText(t.number)), TableCell(RichText(t.title)), TableCell(RichText(t.lead ?? Self.unassignedLead)),
             TableCell(RichText(t.deadlineText)), TableCell(RichText(daysLate(t).map { n(max($0, 0)) } ?? "-"))]
        }
        out.append(.table(ReportTable(
            id: nextID(),
            columns: [TableColumn(width: 0.7, alignment: .center), TableColumn(width: 4), TableColumn(width: 2),
                      TableColumn(width: 1.3, alignment: .center), TableColumn(width: 1, alignment: .center)],
            headerRows: [["Số TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Số ngày quá hạn"]],
            rows: body)))
        return out
    }

    mutating func planTasks() -> [ReportBlock] {
        guard let plan = input.plan, !plan.tasks.isEmpty else { return [paragraph(Self.noPlanData)] }
        let body = plan.tasks.map { t -> [TableCell] in
            [TableCell(RichText(t.number)), TableCell(RichText(t.title)), TableCell(RichText(t.lead ?? Self.unassignedLead)),
             TableCell(RichText(t.deadlineText)), TableCell(RichText(t.status.label))]
        }
        return [.table(ReportTable(
            id: nextID(),
            columns: [TableColumn(width: 0.7, alignment: .center), TableColumn(width: 4), TableColumn(width: 2),
                      TableColumn(width: 1.3, alignment: .center), TableColumn(width: 1.3, alignment: .center)],
            headerRows: [["Số TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Tình trạng"]],
            rows: body))]
    }
}
