import Foundation
import XaSoCore

/// The check every store makes before it saves figures, so the database and the in-memory storage
/// refuse a batch for the same reasons with the same messages: each row's indicator exists, the actor
/// may write it, and the value keeps `FigureRules`. Permission is reported before validity.
public enum FigureBatchCheck {
    /// Throws on the first kind of problem found over the whole batch (up to 50 rows named);
    /// `positions` are the rows or items the caller numbered the values by (1, 2, … when not given).
    public static func check(_ values: [IndicatorValue], positions: [Int]?, indicators: [String: Indicator],
                             actor: Principal) throws {
        var denied: [ImportIssue] = []
        var invalid: [ImportIssue] = []
        for (i, v) in values.enumerated() {
            let row = positions.flatMap { i < $0.count ? $0[i] : nil } ?? i + 1
            guard let indicator = indicators[v.indicatorCode] else {
                invalid.append(ImportIssue(row: row, field: "indicator_code", value: v.indicatorCode, code: .indicatorUnknown,
                                           message: "Mã chỉ tiêu \"\(v.indicatorCode)\" không tồn tại."))
                continue
            }
            if !AccessPolicy.canWriteValue(actor, unitCode: v.unitCode, indicatorOwners: indicator.owners) {
                denied.append(ImportIssue(row: row, field: "indicator_code", value: v.indicatorCode, code: .forbidden,
                                          message: "Bạn không có quyền nhập chỉ tiêu \(v.indicatorCode) của đơn vị \(v.unitCode)."))
            }
            for problem in FigureRules.problems(of: v, unitKind: indicator.unitKind) {
                invalid.append(ImportIssue(row: row, field: problem.field, value: VietnameseFormat.number(v.value.number),
                                           code: problem.code, message: "\(v.indicatorCode) kỳ \(v.period): \(problem.vietnamese)."))
            }
        }
        if !denied.isEmpty {
            throw AppError(.forbidden, code: .forbidden,
                           message: "you may not write \(denied.count) of these values; nothing was stored",
                           vietnamese: "Bạn không có quyền nhập \(denied.count) số liệu; chưa có dữ liệu nào được lưu.",
                           issues: Array(denied.prefix(50)))
        }
        if !invalid.isEmpty { throw AppError.importFailed(ImportFailure(issues: Array(invalid.prefix(50)))) }
    }
}
