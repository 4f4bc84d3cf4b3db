/// A number held as decimal digits, as it is written in a cell's `<v>`. Excel shows at most
/// 15 significant digits, so rounding the written digits (never a binary double) is what makes
/// "36.700000000000003" read back as "36.7" and 0.3665 under "0.0%" as "36.7%", as on screen.
struct DecimalText: Equatable {
    var negative: Bool
    /// Significant digits (0...9), no leading or trailing zeros; empty means zero.
    var digits: [UInt8]
    /// Value = 0.d₁d₂d₃… × 10^pointIndex.
    var pointIndex: Int

    /// Parses `[+-]digits[.digits][(e|E)[+-]digits]`; nil for anything else (including NaN, INF).
    init?(_ text: String) {
        var bytes = Substring(text).utf8[...]
        negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        var all: [UInt8] = []
        var beforePoint = 0
        var seenPoint = false
        var exponent = 0
        var iterator = bytes.makeIterator()
        var pending = iterator.next()
        while let b = pending {
            if b >= 0x30 && b <= 0x39 {
                all.append(b - 0x30)
                if !seenPoint { beforePoint += 1 }
            } else if b == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else {
                break
            }
            pending = iterator.next()
        }
        guard !all.isEmpty else { return nil }
        if let e = pending {
            guard e == UInt8(ascii: "e") || e == UInt8(ascii: "E") else { return nil }
            var sign = 1
            var expDigits = 0
            var next = iterator.next()
            if next == UInt8(ascii: "-") || next == UInt8(ascii: "+") {
                sign = next == UInt8(ascii: "-") ? -1 : 1
                next = iterator.next()
            }
            while let b = next {
                guard b >= 0x30 && b <= 0x39 else { return nil }
                if exponent < 100_000 { exponent = exponent * 10 + Int(b - 0x30) }
                expDigits += 1
                next = iterator.next()
            }
            guard expDigits > 0 else { return nil }
            exponent *= sign
        }
        var point = beforePoint + exponent
        var start = 0
        while start < all.count && all[start] == 0 { start += 1; point -= 1 }
        var end = all.count
        while end > start && all[end - 1] == 0 { end -= 1 }
        digits = Array(all[start..<end])
        pointIndex = digits.isEmpty ? 0 : point
    }

    var isZero: Bool { digits.isEmpty }

    /// Multiplies by 10^places (a percent format shows the value × 100).
    mutating func shift(_ places: Int) {
        if !digits.isEmpty { pointIndex += places }
    }

    /// What Excel keeps: 15 significant digits, half away from zero.
    mutating func roundToSignificant(_ count: Int = 15) {
        guard digits.count > count else { return }
        roundKeeping(count)
    }

    /// Rounds to `places` digits after the point, half away from zero (Excel's display rounding).
    mutating func roundToFraction(_ places: Int) {
        let keep = pointIndex + places
        guard keep < digits.count else { return }
        if keep < 0 {
            digits = []
            pointIndex = 0
            return
        }
        roundKeeping(keep)
    }

    private mutating func roundKeeping(_ keep: Int) {
        let roundUp = digits[keep] >= 5
        digits.removeSubrange(keep...)
        if roundUp {
            var i = digits.count - 1
            while i >= 0 && digits[i] == 9 {
                digits[i] = 0
                i -= 1
            }
            if i >= 0 {
                digits[i] += 1
            } else {
                digits.insert(1, at: 0)
                pointIndex += 1
            }
        }
        while let last = digits.last, last == 0 { digits.removeLast() }
        if digits.isEmpty { pointIndex = 0 }
    }

    /// Plain notation, never an exponent: "36.7", "0.05", "120000000000000000000".
    /// `minFraction` pads with zeros ("36.70" for a "0.00%" format).
    func plain(minFraction: Int = 0) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(digits.count + max(0, pointIndex) + minFraction + 3)
        if negative && !digits.isEmpty { out.append(UInt8(ascii: "-")) }
        if pointIndex <= 0 {
            out.append(UInt8(ascii: "0"))
        } else {
            for k in 0..<pointIndex { out.append(0x30 + (k < digits.count ? digits[k] : 0)) }
        }
        var fraction: [UInt8] = []
        if pointIndex < digits.count {
            if pointIndex < 0 { fraction.append(contentsOf: repeatElement(0x30, count: -pointIndex)) }
            for d in digits[max(0, pointIndex)...] { fraction.append(0x30 + d) }
        }
        while fraction.count < minFraction { fraction.append(0x30) }
        if !fraction.isEmpty {
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: fraction)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
