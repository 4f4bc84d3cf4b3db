import Foundation

/// Page and type settings for the DOCX writer. The defaults follow Decree 30/2020 Appendix I;
/// each figure can be changed where a province's own rules differ.
public struct DocxLayout: Sendable, Equatable {
    public var pageWidthTwips = 11906   // A4, 210 mm
    public var pageHeightTwips = 16838  // A4, 297 mm
    public var marginTopMM = 20.0
    public var marginBottomMM = 20.0
    public var marginLeftMM = 30.0
    public var marginRightMM = 15.0
    /// Distance from the paper's top edge to the page number.
    public var headerDistanceMM = 10.0

    public var fontName = "Times New Roman"
    public var bodyPointSize = 14.0
    /// Issuing body, national name, number.
    public var headerPointSize = 13.0
    public var mottoPointSize = 14.0
    public var placeDatePointSize = 14.0
    public var titlePointSize = 14.0
    public var tablePointSize = 13.0
    public var captionPointSize = 13.0
    public var recipientsTitlePointSize = 12.0
    public var recipientsPointSize = 11.0
    public var pageNumberPointSize = 13.0

    public var firstLineIndentCM = 1.27
    public var spaceAfterPoints = 6.0
    /// Multiple of single spacing for body text.
    public var lineSpacing = 1.2
    /// Empty lines between the title of the signer and the name: room for signature and seal.
    public var signatureBlankLines = 4
    /// Length of the rule under the issuing body and under the summary, as a share of the line
    /// above it (Decree 30/2020: one third to one half).
    public var shortRuleFraction = 0.4
    /// Charts are this wide on paper; their height follows the SVG's aspect ratio.
    public var chartWidthCM = 15.0

    public init() {}

    public static let decree30 = DocxLayout()

    var marginTopTwips: Int { Self.twips(mm: marginTopMM) }
    var marginBottomTwips: Int { Self.twips(mm: marginBottomMM) }
    var marginLeftTwips: Int { Self.twips(mm: marginLeftMM) }
    var marginRightTwips: Int { Self.twips(mm: marginRightMM) }
    var headerDistanceTwips: Int { Self.twips(mm: headerDistanceMM) }
    var textWidthTwips: Int { pageWidthTwips - marginLeftTwips - marginRightTwips }
    var firstLineIndentTwips: Int { Self.twips(mm: firstLineIndentCM * 10) }
    var spaceAfterTwips: Int { Int((spaceAfterPoints * 20).rounded()) }
    var lineSpacing240: Int { Int((lineSpacing * 240).rounded()) }

    // Rounded up, so a 15 mm minimum margin never comes out as 14,99 mm.
    static func twips(mm: Double) -> Int { Int((mm * 1440 / 25.4 - 1e-9).rounded(.up)) }
    static func twips(points: Double) -> Int { Int((points * 20).rounded()) }
    static func halfPoints(_ points: Double) -> Int { Int((points * 2).rounded()) }
}
