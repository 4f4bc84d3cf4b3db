import Foundation

/// A share the dossier statistics yield for an indicator. `indicatorCode` names the
/// indicator of `Resources/frameworks.json` it feeds, or is nil for a figure reports
/// quote that no indicator set has (the on-time rate, for one).
public struct DossierIndicatorFigure: Sendable, Hashable, Codable {
    public var indicatorCode: String?
    /// Vietnamese, as a report names the figure.
    public var name: String
    /// Percent (0–100); nil when the denominator is 0 (no dossier is not 0%).
    public var value: Double?
    public var numerator: Int
    public var denominator: Int

    public init(indicatorCode: String?, name: String, rate: DossierRate) {
        self.indicatorCode = indicatorCode
        self.name = name
        self.value = rate.percent
        self.numerator = rate.numerator
        self.denominator = rate.denominator
    }

    enum CodingKeys: String, CodingKey {
        case name, value, numerator, denominator
        case indicatorCode = "indicator_code"
    }
}

extension DossierStatistics {
    /// `IndicatorValue.source` of values computed here.
    public static let indicatorSource = "dossier_ledger"

    /// The shares of these statistics, mapped to the indicators they measure. Only indicators
    /// whose definition is the share computed here carry a code (docs/dossiers.md, "Indicators"):
    /// - P2.III.20 "Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến" and NQ71.7.1 "Tỷ lệ sử dụng
    ///   dịch vụ công trực tuyến của người dân và doanh nghiệp": online ÷ received in the period,
    ///   the share the six-month report gives as "Tỷ lệ hồ sơ trực tuyến/tổng hồ sơ tiếp nhận trong kỳ".
    /// - NQ71.7.5 "Tỷ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính, dịch vụ công":
    ///   fee dossiers paid online ÷ fee dossiers received in the period.
    public var indicatorFigures: [DossierIndicatorFigure] {
        [
            DossierIndicatorFigure(indicatorCode: "P2.III.20",
                                   name: "Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến", rate: onlineRate),
            DossierIndicatorFigure(indicatorCode: "NQ71.7.1",
                                   name: "Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp",
                                   rate: onlineRate),
            DossierIndicatorFigure(indicatorCode: "NQ71.7.5",
                                   name: "Tỷ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính, dịch vụ công",
                                   rate: onlinePayment.dossierRate),
            DossierIndicatorFigure(indicatorCode: nil,
                                   name: "Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn", rate: onTimeRate),
            DossierIndicatorFigure(indicatorCode: nil,
                                   name: "Tỷ lệ thủ tục hành chính có yêu cầu nghĩa vụ tài chính được tích hợp thanh toán trực tuyến",
                                   rate: onlinePayment.procedureRate),
            DossierIndicatorFigure(indicatorCode: nil,
                                   name: "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình",
                                   rate: byLevel.fullOnlineProcedureRate),
        ]
    }

    /// The coded figures with a value, as indicator values of `unitCode` for `period`,
    /// drafts marked as computed from the ledger (`source` = `indicatorSource`).
    public func indicatorValues(unitCode: String, period: ReportingPeriod) -> [IndicatorValue] {
        indicatorFigures.compactMap { figure in
            guard let code = figure.indicatorCode, let value = figure.value else { return nil }
            return IndicatorValue(unitCode: unitCode, indicatorCode: code, period: period,
                                  value: MeasuredValue(number: value),
                                  numerator: Double(figure.numerator), denominator: Double(figure.denominator),
                                  note: "Tính từ sổ theo dõi hồ sơ: \(figure.numerator)/\(figure.denominator) hồ sơ.",
                                  source: DossierStatistics.indicatorSource)
        }
    }
}
