import Foundation
import Testing
import XaSoCore

/// Issue #15 items 1 and 6: no figure that a report, chart or JSON cannot show gets in, and the
/// formatter is total so that rows stored before the rules cannot crash a page.
@Suite struct FigureRulesTests {
    @Test func formattingIsTotalOverEveryDouble() {
        #expect(VietnameseFormat.number(1e20) == "100.000.000.000.000.000.000")
        #expect(VietnameseFormat.number(-12_345_678_901_234_567) == "-12.345.678.901.234.568")
        #expect(VietnameseFormat.number(.infinity) == "∞")
        #expect(VietnameseFormat.number(-.infinity) == "-∞")
        #expect(VietnameseFormat.number(.nan) == "—")
        #expect(VietnameseFormat.number(.greatestFiniteMagnitude).hasPrefix("179.769.313.486.231.57"))
        // Unchanged for ordinary figures.
        #expect(VietnameseFormat.number(99.2) == "99,2")
        #expect(VietnameseFormat.number(5892.5) == "5.892,5")
        #expect(VietnameseFormat.number(-0.04) == "0")
        #expect(MeasuredValue(number: 1e20).formatted(unitKind: .count) == "100.000.000.000.000.000.000")
    }

    @Test func overflowingDigitsAreNotAFigure() {
        #expect(MeasuredValue.parse(String(repeating: "9", count: 400)) == nil)
        #expect(MeasuredValue.parse("99999999999999999999")?.number == 1e20)
    }

    @Test func rangesByUnitKind() {
        func code(_ n: Double, _ kind: UnitKind) -> ErrorCode? { FigureRules.problem(number: n, unitKind: kind)?.code }
        #expect(code(0, .percent) == nil)
        #expect(code(100, .percent) == nil)
        #expect(code(36.7, .percent) == nil)
        #expect(code(150, .percent) == "value.out_of_range")
        #expect(code(-5, .percent) == "value.out_of_range")
        #expect(code(-1, .count) == "value.out_of_range")
        #expect(code(887, .count) == nil)
        #expect(code(1e12, .count) == nil)
        #expect(code(1e12 + 1, .count) == "value.out_of_range")
        #expect(code(1e20, .count) == "value.out_of_range")
        #expect(code(.infinity, .text) == "value.out_of_range")
        #expect(code(0, .rank) == "value.out_of_range")
        #expect(code(2.5, .rank) == "value.out_of_range")
        #expect(code(50, .rank) == nil)
        #expect(code(-0.1, .index) == "value.out_of_range")
        #expect(code(0.77, .index) == nil)
    }

    @Test func fractionsNotesAndBodies() {
        let base = IndicatorValue(unitCode: "11713", indicatorCode: "X", period: .half(1, 2026), value: MeasuredValue(number: 75))
        var v = base
        v.numerator = 20; v.denominator = 15
        #expect(FigureRules.problems(of: v, unitKind: .percent).map(\.code) == ["numerator.above_denominator"])
        #expect(FigureRules.problems(of: v, unitKind: .count).isEmpty)
        v.numerator = 15; v.denominator = 0
        #expect(FigureRules.problems(of: v, unitKind: .percent).map(\.code) == ["denominator.zero"])
        v = base
        v.note = String(repeating: "a", count: FigureRules.maxNoteLength + 1)
        v.reportingBody = String(repeating: "b", count: FigureRules.maxReportingBodyLength + 1)
        #expect(FigureRules.problems(of: v, unitKind: .percent).map(\.code) == ["note.too_long", "reporting_body.too_long"])
        v.note = String(repeating: "a", count: FigureRules.maxNoteLength)
        v.reportingBody = "Ngân hàng Agribank chi nhánh Nghi Dương"
        #expect(FigureRules.problems(of: v, unitKind: .percent).isEmpty)
    }
}

/// The value import parser — the one path for files, API items and (through `FigureRules`) the form.
@Suite struct ValueParserTests {
    static let parser = ValueImportParser(knownUnits: ["11713"],
                                          unitKinds: ["CL411.01": .percent, "CL411.07": .percent, "NQ71.1": .rank,
                                                      "P2.III.14": .index])
    static let header = ["unit_code", "indicator_code", "period", "value", "note"]

    func codes(_ rows: [[String]], commaSeparated: Bool = false) -> [String] {
        do {
            _ = try Self.parser.parse(rows: rows, commaSeparated: commaSeparated, enteredBy: nil, at: Date())
            return []
        } catch let f as ImportFailure {
            return f.issues.map { "\($0.row):\($0.field):\($0.code)" }
        } catch {
            return ["\(error)"]
        }
    }

    func values(_ rows: [[String]], commaSeparated: Bool = false) throws -> [IndicatorValue] {
        try Self.parser.parse(rows: rows, commaSeparated: commaSeparated, enteredBy: nil, at: Date())
    }

    @Test func anUnquotedDecimalCommaIsNamedNotSplitIntoANote() throws {
        // "11713,CL411.07,2026-H1,36,7" read by a comma CSV reader: five cells for a five-column header.
        let split = [Self.header, ["11713", "CL411.07", "2026-H1", "36", "7"]]
        #expect(codes(split, commaSeparated: true) == ["2:value:value.decimal_comma"])
        // "36,7%" split the same way, and a split past the header's last column.
        #expect(codes([Self.header, ["11713", "CL411.07", "2026-H1", "36", "7%"]], commaSeparated: true)
                == ["2:value:value.decimal_comma"])
        #expect(codes([Array(Self.header.prefix(4)), ["11713", "CL411.07", "2026-H1", "36", "7"]], commaSeparated: true)
                == ["2:value:value.decimal_comma"])
        // The same cells from XLSX (or a semicolon file) are a figure and its note, as typed.
        let v = try values(split)
        #expect(v.first?.value.number == 36 && v.first?.note == "7")
        // Quoted, the comma is a decimal comma; a real note after a whole figure is kept.
        #expect(try values([Self.header, ["11713", "CL411.07", "2026-H1", "36,7", ""]], commaSeparated: true).first?.value.number == 36.7)
        #expect(try values([Self.header, ["11713", "CL411.07", "2026-H1", "36", "do thiếu máy"]], commaSeparated: true).first?.note == "do thiếu máy")
    }

    @Test func rangesAreCheckedPerRowAndNamed() {
        let rows = [Self.header,
                    ["11713", "CL411.01", "2026-H1", "150%", ""],
                    ["11713", "CL411.07", "2026-H1", "-5", ""],
                    ["11713", "NQ71.1", "2026-H1", "99999999999999999999", ""],
                    ["11713", "P2.III.14", "2026-H1", "0,77", "=HYPERLINK(\"http://x\")"]]
        #expect(codes(rows) == ["2:value:value.out_of_range", "3:value:value.out_of_range",
                                "4:value:value.out_of_range", "5:note:note.formula"])
    }

    @Test func fractionsAndOptionalColumns() throws {
        let header = Self.header + ["numerator", "denominator", "reporting_body"]
        let rows = [header,
                    ["11713", "CL411.01", "2026-H1", "15/20", "", "", "", "Ngân hàng Agribank chi nhánh Nghi Dương"],
                    ["11713", "CL411.07", "2026-H1", "", "", "887", "1020", ""]]
        let v = try values(rows)
        #expect(v[0].value.number == 75 && v[0].numerator == 15 && v[0].denominator == 20)
        #expect(v[0].reportingBody == "Ngân hàng Agribank chi nhánh Nghi Dương")
        #expect(v[1].value.number == 87 && v[1].numerator == 887 && v[1].denominator == 1020)  // 86,96…% → 87,0
        #expect(codes([header, ["11713", "CL411.01", "2026-H1", "20/15", "", "", "", ""]])
                == ["2:numerator:numerator.above_denominator"])
        #expect(codes([header, ["11713", "CL411.01", "2026-H1", "15/20", "", "16", "", ""]])
                == ["2:numerator:numerator.conflict"])
        #expect(codes([header, ["11713", "CL411.01", "2026-H1", "", "", "", "", ""]]) == ["2:value:value.missing"])
        #expect(codes([header, ["11713", "CL411.01", "2026-H1", "80", "", "mười", "", ""]]) == ["2:numerator:numerator.invalid"])
    }

    @Test func apiItemsAreNumberedAsItems() {
        var parser = Self.parser
        parser.positionWord = "Mục"
        let records = [ValueRecord(position: 1, unitCode: "11713", indicatorCode: "CL411.01", period: "2026-H1", value: "85%"),
                       ValueRecord(position: 2, unitCode: "11713", indicatorCode: "CL411.01", period: "2026-Q9", value: "85%")]
        do {
            _ = try parser.parse(records: records, enteredBy: nil, at: Date())
            Issue.record("expected a failure")
        } catch let f as ImportFailure {
            #expect(f.issues.map(\.row) == [2])
            #expect(f.issues.first?.message.hasPrefix("Mục 2: kỳ báo cáo") == true)
        } catch {
            Issue.record("\(error)")
        }
    }
}
