import Foundation

/// A report the renderers cannot lay out faithfully. `code` is stable for programs; `message`
/// is Vietnamese for the person who built the report, naming the id and value at fault.
public struct ReportValidationError: Error, Equatable, Sendable, CustomStringConvertible {
    public var code: ErrorCode
    public var message: String
    /// The id of the section, paragraph, table or chart at fault, when there is one.
    public var elementID: String?

    public init(code: ErrorCode, message: String, elementID: String? = nil) {
        self.code = code
        self.message = message
        self.elementID = elementID
    }

    public var description: String { "\(code): \(message)" }
}

extension OfficialReport {
    /// Checks what the renderers rely on: unique ids (overrides are keyed by them), table rows
    /// that fill the column grid, chart series that match their categories, a real date.
    public func validate() throws(ReportValidationError) {
        var seen = Set<String>()
        func claim(_ id: String) throws(ReportValidationError) {
            if id.isEmpty {
                throw ReportValidationError(code: .reportEmptyId, message: "Có phần của báo cáo chưa có mã (id).")
            }
            if !seen.insert(id).inserted {
                throw ReportValidationError(code: .reportDuplicateId,
                                            message: "Mã “\(id)” được dùng cho hơn một phần của báo cáo.",
                                            elementID: id)
            }
        }

        try validateDate()
        for section in sections {
            try claim(section.id)
            if !(0...4).contains(section.level) {
                throw ReportValidationError(code: .reportSectionLevel,
                                            message: "Mục “\(section.id)” có cấp \(section.level); cấp hợp lệ từ 0 đến 4.",
                                            elementID: section.id)
            }
            for block in section.blocks {
                try claim(block.id)
                switch block {
                case .table(let table): try validate(table)
                case .chart(let chart): try validate(chart)
                case .paragraph, .bullet: break
                }
            }
        }
    }

    private func validateDate() throws(ReportValidationError) {
        let date = placeDate.date
        if let month = date.month, !(1...12).contains(month) {
            throw ReportValidationError(code: .reportInvalidDate,
                                        message: "Tháng \(month) không hợp lệ trong ngày ban hành.")
        }
        if let day = date.day {
            var maxDay = 31
            if let month = date.month {
                var comps = DateComponents()
                comps.year = date.year
                comps.month = month
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = TimeZone(identifier: "UTC")!
                if let start = calendar.date(from: comps),
                   let range = calendar.range(of: .day, in: .month, for: start) {
                    maxDay = range.count
                }
            }
            if !(1...maxDay).contains(day) {
                throw ReportValidationError(code: .reportInvalidDate,
                                            message: "Ngày \(day) không hợp lệ trong ngày ban hành (tháng \(date.month.map(String.init) ?? "chưa ghi")/\(date.year)).")
            }
        }
    }

    private func validate(_ table: ReportTable) throws(ReportValidationError) {
        if table.columns.isEmpty {
            throw ReportValidationError(code: .reportTableNoColumns,
                                        message: "Bảng “\(table.id)” chưa khai báo cột nào.", elementID: table.id)
        }
        if let bad = table.columns.firstIndex(where: { !($0.width > 0) }) {
            throw ReportValidationError(code: .reportTableColumnWidth,
                                        message: "Bảng “\(table.id)”: cột \(bad + 1) có độ rộng \(table.columns[bad].width), phải lớn hơn 0.",
                                        elementID: table.id)
        }
        let all = table.headerRows.map { ("dòng tiêu đề", $0) } + table.rows.map { ("dòng", $0) }
        var headerIndex = 0, rowIndex = 0
        for (kind, row) in all {
            let number: Int
            if kind == "dòng tiêu đề" { headerIndex += 1; number = headerIndex } else { rowIndex += 1; number = rowIndex }
            if let bad = row.first(where: { $0.columnSpan < 1 }) {
                throw ReportValidationError(code: .reportTableColumnSpan,
                                            message: "Bảng “\(table.id)”, \(kind) \(number): ô “\(bad.text.plainText)” gộp \(bad.columnSpan) cột.",
                                            elementID: table.id)
            }
            let width = row.reduce(0) { $0 + $1.columnSpan }
            if width != table.columns.count {
                throw ReportValidationError(code: .reportTableRowWidth,
                                            message: "Bảng “\(table.id)”, \(kind) \(number) có \(width) ô, bảng có \(table.columns.count) cột.",
                                            elementID: table.id)
            }
        }
    }

    private func validate(_ chart: ReportChart) throws(ReportValidationError) {
        if chart.pixelWidth <= 0 || chart.pixelHeight <= 0 {
            throw ReportValidationError(code: .reportChartSize,
                                        message: "Biểu đồ “\(chart.id)” có kích thước \(chart.pixelWidth)×\(chart.pixelHeight).",
                                        elementID: chart.id)
        }
        guard let data = chart.data else { return }
        for series in data.series where series.values.count != data.categories.count {
            throw ReportValidationError(code: .reportChartSeriesLength,
                                        message: "Biểu đồ “\(chart.id)”: dãy “\(series.name)” có \(series.values.count) giá trị, biểu đồ có \(data.categories.count) nhóm.",
                                        elementID: chart.id)
        }
    }
}
