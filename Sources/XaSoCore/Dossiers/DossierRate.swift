import Foundation

/// A share kept as its two counts, so that roll-ups add counts and recompute
/// the share instead of averaging percentages.
public struct DossierRate: Sendable, Hashable, Codable {
    public var numerator: Int
    public var denominator: Int

    public init(numerator: Int, denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// numerator ÷ denominator × 100; nil when there is nothing to divide by
    /// (no dossier is not the same as 0%).
    public var percent: Double? {
        denominator == 0 ? nil : Double(numerator) / Double(denominator) * 100
    }

    /// "99,2%", or "—" when undefined.
    public func formatted(maxFractionDigits: Int = 1) -> String {
        percent.map { VietnameseFormat.percent($0, maxFractionDigits: maxFractionDigits) } ?? "—"
    }

    enum CodingKeys: String, CodingKey {
        case numerator, denominator, percent
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        numerator = try c.decode(Int.self, forKey: .numerator)
        denominator = try c.decode(Int.self, forKey: .denominator)
    }

    /// `percent` is written (null when undefined) for readers of the JSON; it is
    /// recomputed, never read back.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(numerator, forKey: .numerator)
        try c.encode(denominator, forKey: .denominator)
        if let percent { try c.encode(percent, forKey: .percent) } else { try c.encodeNil(forKey: .percent) }
    }
}
