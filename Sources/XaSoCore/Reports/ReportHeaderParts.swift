import Foundation

/// The issuing body in the left header column: an optional superior body on the first line
/// (regular), then the body itself (bold), e.g. "ỦY BAN NHÂN DÂN" / "XÃ NGHI DƯƠNG".
public struct IssuingBody: Codable, Sendable, Equatable {
    public var superior: String?
    public var lines: [String]

    public init(superior: String? = nil, lines: [String]) {
        self.superior = superior
        self.lines = lines
    }
}

/// "Số: 219/BC-UBND". The number is left out ("Số:      /BC-UBND") while the document waits
/// for the clerk's office to register it.
public struct DocumentNumber: Codable, Sendable, Equatable {
    public var number: Int?
    /// The part after the slash: "BC-UBND".
    public var symbol: String

    public init(number: Int?, symbol: String) {
        self.number = number
        self.symbol = symbol
    }

    /// Decree 30/2020: numbers under 10 take a leading zero ("05"); a blank number leaves
    /// room for the clerk to write it in by hand.
    public var text: String {
        guard let number else { return "Số:      /\(symbol)" }
        return "Số: \(VietnameseFormat.count(number, padded: true))/\(symbol)"
    }
}

/// A date that may still be partly blank: drafts are dated "ngày    tháng    năm 2026" and
/// the day and month are written in when the report is signed.
public struct DocumentDate: Codable, Sendable, Equatable {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// "ngày 21 tháng 10 năm 2025", or with blanks "ngày    tháng    năm 2026".
    public var text: String {
        if let month, let day {
            return VietnameseFormat.longDate(year: year, month: month, day: day)
        }
        // Two spaces plus the separators leave four blanks where the clerk writes the figure.
        let blank = "  "
        let d = day.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? blank
        let m = month.map { $0 < 3 ? "0\($0)" : "\($0)" } ?? blank
        return "ngày \(d) tháng \(m) năm \(year)"
    }
}

/// "Nghi Dương, ngày 21 tháng 10 năm 2025".
public struct PlaceDate: Codable, Sendable, Equatable {
    public var place: String
    public var date: DocumentDate

    public init(place: String, date: DocumentDate) {
        self.place = place
        self.date = date
    }

    public var text: String { "\(place), \(date.text)" }
}

/// The signing block on the right of "Nơi nhận": authority lines such as
/// "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", space for signature and seal,
/// then the signer's name.
public struct SignatureBlock: Codable, Sendable, Equatable {
    public var authorityLines: [String]
    public var signerName: String

    public init(authorityLines: [String], signerName: String) {
        self.authorityLines = authorityLines
        self.signerName = signerName
    }
}
