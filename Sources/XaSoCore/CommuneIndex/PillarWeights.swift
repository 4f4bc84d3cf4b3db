import Foundation

/// How much each pillar counts in the index, in percent: data a province edits. Every pillar is
/// named, none is negative, and together they make 100.
public struct PillarWeights: Sendable, Equatable {
    public private(set) var weights: [IndexPillar: Double]

    /// 30 / 20 / 20 / 30, from the province DTI's points (Decision 922/QĐ-BTTTT, Appendix 1):
    /// chính quyền số 200, kinh tế số 150, xã hội số 150, hạ tầng số 100 + nhân lực số 100 — that is
    /// 28.6 / 21.4 / 21.4 / 28.6 of the 700 a commune's figures can speak to, rounded to fives (docs/rankings.md).
    public static let standard = PillarWeights(unchecked: [.government: 30, .economy: 20, .society: 20, .infrastructure: 30])

    private init(unchecked weights: [IndexPillar: Double]) { self.weights = weights }

    /// Checks weights given by pillar code ("chinh_quyen_so": 30, …); every problem is named at once.
    public init(codes: [String: Double]) throws {
        var issues: [ImportIssue] = []
        var weights: [IndexPillar: Double] = [:]
        for (code, weight) in codes.sorted(by: { $0.key < $1.key }) {
            guard let pillar = IndexPillar(rawValue: code) else {
                issues.append(ImportIssue(row: 0, field: "weights.\(code)", value: VietnameseFormat.number(weight, maxFractionDigits: 2),
                                          code: .weightsUnknownPillar,
                                          message: "Không có trụ cột \"\(code)\"; các trụ cột: \(Self.pillarList)."))
                continue
            }
            if !weight.isFinite || weight < 0 {
                issues.append(ImportIssue(row: 0, field: "weights.\(code)", value: "\(weight)", code: .weightsNegative,
                                          message: "Trọng số của trụ cột \(pillar.vietnamese) phải từ 0 trở lên."))
            }
            weights[pillar] = weight
        }
        for pillar in IndexPillar.allCases where weights[pillar] == nil {
            issues.append(ImportIssue(row: 0, field: "weights.\(pillar.rawValue)", value: "", code: .weightsMissing,
                                      message: "Thiếu trọng số của trụ cột \(pillar.vietnamese)."))
        }
        let sum = weights.values.filter(\.isFinite).reduce(0, +)
        // Hundredths are the finest weight a person types; anything closer to 100 is 100.
        if abs(sum - 100) > 0.005 {
            let written = VietnameseFormat.number(sum, maxFractionDigits: 2)
            issues.append(ImportIssue(row: 0, field: "weights", value: written, code: .weightsSum,
                                      message: "Tổng trọng số là \(written), phải bằng 100."))
        }
        guard issues.isEmpty else {
            let english = issues.contains { $0.code == .weightsSum }
                ? "the weights sum to \(Self.english(sum)), not 100; nothing was stored"
                : "the weights are not valid; nothing was stored"
            throw AppError(.invalid, code: .weightsInvalid, message: english,
                           vietnamese: "Trọng số các trụ cột chưa hợp lệ: " + issues.map(\.message).joined(separator: " ")
                               + " Chưa có dữ liệu nào được lưu.", issues: issues)
        }
        self.weights = weights
    }

    public subscript(_ pillar: IndexPillar) -> Double { weights[pillar] ?? 0 }

    /// Pillar code → weight, as stored and as the API shows them.
    public var codes: [String: Double] { Dictionary(uniqueKeysWithValues: weights.map { ($0.key.rawValue, $0.value) }) }

    private static var pillarList: String { IndexPillar.allCases.map(\.rawValue).joined(separator: ", ") }

    private static func english(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }
}
