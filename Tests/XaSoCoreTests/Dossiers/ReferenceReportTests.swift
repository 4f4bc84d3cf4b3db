import Foundation
import Testing
@testable import XaSoCore

/// Rebuilds, row by row, a ledger whose figures are those of the six-month
/// report of xã Nghi Dương ("Kết quả giải quyết thủ tục hành chính từ ngày
/// 15/12/2025 đến hết ngày 14/6/2026"), imports it through the parsers and
/// checks every figure the report states.
@Suite struct ReferenceReportTests {
    static let from = day(2025, 12, 15)
    static let to = day(2026, 6, 14)

    static let catalogueRows: [[String]] = [
        // Columns in another order, headings without diacritics, an extra column: all accepted.
        ["STT", "Ma thu tuc", "Ten thu tuc", "LINH VUC", "Co phi", "Thanh toan truc tuyen", "Muc do DVC"],
        ["1", "R.HT.01", "Đăng ký khai sinh", "Hộ tịch", "Không", "", "Toàn trình"],
        ["2", "R.HT.02", "Cấp bản sao trích lục hộ tịch", "Hộ tịch", "Có", "x", "DVC trực tuyến toàn trình"],
        ["3", "R.HT.03", "Cấp Giấy xác nhận tình trạng hôn nhân", "Hộ tịch", "Có", "x", "Mức độ 4"],
        ["4", "R.HT.04", "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch", "Hộ tịch", "có", "X", "Một phần"],
        ["5", "R.CT.01", "Chứng thực bản sao từ bản chính", "Chứng thực", "Có", "Có", "mot phan"],
        ["6", "R.CT.02", "Chứng thực chữ ký", "Chứng thực", "Có", "Có", "Mức độ 3"],
        ["7", "R.CT.03", "Chứng thực hợp đồng, giao dịch", "Chứng thực", "Có", "Có", "Một phần"],
        ["8", "R.DD.01", "Đăng ký đất đai lần đầu", "Đất đai", "Có", "Có", "Một phần"],
        ["9", "R.DD.02", "Đăng ký biến động đất đai", "Đất đai", "Có", "Có", "Một phần"],
        ["10", "R.DD.03", "Hòa giải tranh chấp đất đai", "Đất đai", "Không", "", "Trực tiếp"],
        ["11", "R.BT.01", "Trợ giúp xã hội thường xuyên", "Bảo trợ xã hội", "Không", "", "Toàn trình"],
        ["12", "R.BT.02", "Hỗ trợ chi phí mai táng", "Bảo trợ xã hội", "", "", "Toàn trình"],
        ["13", "R.KD.01", "Đăng ký thành lập hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh", "Có", "Có", "Toàn trình"],
        ["14", "R.XD.01", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Hoạt động xây dựng", "Có", "Có", "Một phần"],
    ]

    static let feeCodes: Set<String> = ["R.HT.02", "R.HT.03", "R.HT.04", "R.CT.01", "R.CT.02", "R.CT.03",
                                        "R.DD.01", "R.DD.02", "R.KD.01", "R.XD.01"]
    static let fullCodes: Set<String> = ["R.HT.01", "R.HT.02", "R.HT.03", "R.BT.01", "R.BT.02", "R.KD.01"]
    /// The procedures that can be submitted online (all but the direct-only R.DD.03).
    static let onlineCodes = ["R.HT.01", "R.HT.02", "R.HT.03", "R.HT.04", "R.CT.01", "R.CT.02", "R.CT.03",
                              "R.DD.01", "R.DD.02", "R.BT.01", "R.BT.02", "R.KD.01", "R.XD.01"]

    /// The ledger rows plus tallies kept while writing them, independent of the library.
    struct Ledger {
        var rows: [[String]] = [ledgerHeader]
        var early = 0, onTime = 0
        var feeDossiers = 0, paidOnline = 0, lateEntry = 0
        var fullDossiers = 0, partialDossiers = 0

        mutating func inPeriod(_ procedure: String, paid: Bool) {
            if ReferenceReportTests.fullCodes.contains(procedure) { fullDossiers += 1 } else { partialDossiers += 1 }
            if ReferenceReportTests.feeCodes.contains(procedure) {
                feeDossiers += 1
                if paid { paidOnline += 1 }
            }
        }
    }

    static func iso(_ d: LocalDay, _ hour: Int, _ minute: Int) -> String {
        d.description + " " + pad2(hour) + ":" + pad2(minute) + ":00"
    }

    static func build() -> Ledger {
        var l = Ledger()
        let channels = ["Trực tuyến", "truc tuyen", "TRỰC TUYẾN", "Nộp trực tuyến"]
        let resolvedWords = ["Đã trả kết quả", "da tra ket qua", "Đã giải quyết"]
        func paidCell(_ procedure: String, _ paid: Bool) -> String {
            feeCodes.contains(procedure) ? (paid ? "Có" : "Không") : ""
        }

        // 87 carried over: received 1–14/12/2025 at the counter, finished 15–24/12/2025, early.
        for i in 0..<87 {
            let received = day(2025, 12, 1 + i % 14)
            let result = from.adding(days: i % 10)  // i = 0 ends exactly on 15/12: still this period
            let p = onlineCodes[i % onlineCodes.count]
            l.rows.append(ledgerRow("A-\(i)", p, "Trực tiếp", vn(received) + " 08:00", vn(received.adding(days: 30)),
                                    vn(result) + " 00:05", "Đã trả kết quả", paidCell(p, false), vn(received) + " 08:00"))
            l.early += 1
        }
        // 5705 received in the period, online, finished early or on the due day.
        for i in 0..<5705 {
            let received = from.adding(days: i % 160)
            let due = received.adding(days: 5)
            let onDueDay = i % 7 == 0
            let result = onDueDay ? due : received.adding(days: i % 5)
            if onDueDay { l.onTime += 1 } else { l.early += 1 }
            let p = onlineCodes[i % onlineCodes.count]
            let paid = i % 3 != 0
            let minutes = 7 * 60 + i % 600
            let receivedText = i % 2 == 0
                ? vn(received) + " " + pad2(minutes / 60) + ":" + pad2(minutes % 60)
                : iso(received, minutes / 60, minutes % 60)
            // Keyed in a day late once in a hundred.
            let entered = i % 100 == 0 ? vn(received.adding(days: 1)) + " 09:00" : receivedText
            if i % 100 == 0 { l.lateEntry += 1 }
            l.rows.append(ledgerRow("B-\(i)", p, channels[i % channels.count], receivedText, vn(due),
                                    result.description + "T16:30", resolvedWords[i % resolvedWords.count],
                                    paidCell(p, paid), entered))
            l.inPeriod(p, paid: paid)
        }
        // 5 late: 02 đất đai, 01 bảo trợ xã hội, 02 hộ tịch. The last is due 13/06 and done 14/06.
        let late: [(String, LocalDay, LocalDay)] = [
            ("R.DD.01", day(2026, 3, 12), day(2026, 3, 13)),
            ("R.DD.02", day(2026, 3, 12), day(2026, 3, 20)),
            ("R.BT.01", day(2026, 4, 1), day(2026, 4, 2)),
            ("R.HT.01", day(2026, 5, 5), day(2026, 5, 6)),
            ("R.HT.03", day(2026, 6, 13), day(2026, 6, 14)),
        ]
        for (i, (p, due, result)) in late.enumerated() {
            let received = due.adding(days: -10)
            l.rows.append(ledgerRow("C-\(i)", p, "Trực tuyến", vn(received) + " 10:00", vn(due) + " 17:00",
                                    vn(result) + " 08:00", "Đã trả kết quả", paidCell(p, true), vn(received) + " 10:00"))
            l.inPeriod(p, paid: true)
        }
        // 13 refused, 29 withdrawn.
        for i in 0..<13 {
            let received = day(2026, 2, 1).adding(days: i)
            let p = onlineCodes[i % onlineCodes.count]
            l.rows.append(ledgerRow("D-\(i)", p, "Trực tuyến", vn(received), vn(received.adding(days: 10)),
                                    vn(received.adding(days: 3)), i % 2 == 0 ? "Từ chối" : "Từ chối, không giải quyết (có lý do)",
                                    paidCell(p, false)))
            l.inPeriod(p, paid: false)
        }
        for i in 0..<29 {
            let received = day(2026, 3, 1).adding(days: i)
            let p = onlineCodes[i % onlineCodes.count]
            l.rows.append(ledgerRow("E-\(i)", p, "Trực tuyến", vn(received), vn(received.adding(days: 10)),
                                    vn(received.adding(days: 1)), i % 2 == 0 ? "Rút hồ sơ" : "Công dân rút hồ sơ",
                                    paidCell(p, false)))
            l.inPeriod(p, paid: false)
        }
        // 53 still being handled at the end of 14/06/2026, all within deadline: a third due exactly
        // on 14/06, and three finished on 20/06 (the ledger was exported later).
        for i in 0..<53 {
            let received = day(2026, 6, 1 + i % 14)
            let due = i % 3 == 0 ? to : received.adding(days: 15)
            let p = onlineCodes[i % onlineCodes.count]
            let finishedLater = i < 3
            l.rows.append(ledgerRow("F-\(i)", p, "Trực tuyến", vn(received) + " 14:00", vn(due),
                                    finishedLater ? "20/06/2026 09:00" : "",
                                    finishedLater ? "Đã trả kết quả" : "Đang xử lý", paidCell(p, false)))
            l.inPeriod(p, paid: false)
        }
        // Not in this report: finished before 15/12/2025 (one at 23:59 on 14/12), or received after 14/06/2026.
        for i in 0..<40 {
            let received = day(2025, 11, 1 + i % 30)
            let result = i == 0 ? "14/12/2025 23:59" : vn(day(2025, 12, 5 + i % 9)) + " 10:00"
            l.rows.append(ledgerRow("G-\(i)", "R.DD.03", "Trực tiếp", vn(received), vn(day(2025, 12, 31)),
                                    result, "Đã trả kết quả"))
        }
        for i in 0..<10 {
            l.rows.append(ledgerRow("H-\(i)", "R.HT.01", "Trực tiếp", "15/06/2026 07:30", "16/06/2026", "", "Đang xử lý"))
        }
        // A blank line, as spreadsheets often end with.
        l.rows.append(["", "", "", "", "", "", "", "", ""])
        return l
    }

    static func statistics() throws -> (DossierStatistics, Ledger) {
        let ledger = build()
        let procedures = try ProcedureCatalogParser.parse(rows: catalogueRows)
        let dossiers = try DossierLedgerParser.parse(rows: ledger.rows, knownProcedures: procedures)
        #expect(dossiers.count == 87 + 5805 + 40 + 10)
        let range = ReportingPeriod.half(1, 2026).cutOffRange
        #expect(range == DayRange(from: from, to: to))
        return (DossierStatistics.compute(procedures: procedures, dossiers: dossiers, range: range), ledger)
    }

    @Test func receivedFiguresMatchTheReport() throws {
        let (s, _) = try Self.statistics()
        // "Tổng số hồ sơ tiếp nhận là 5892 hồ sơ, trong đó: 5805 hồ sơ trong kỳ, 87 hồ sơ từ kỳ trước."
        #expect(s.receivedTotal == 5892)
        #expect(s.receivedInPeriod == 5805)
        #expect(s.carriedOver == 87)
        #expect(s.receivedTotal == s.receivedInPeriod + s.carriedOver)
        let sentence = "- Tổng số hồ sơ tiếp nhận là \(s.receivedTotal) hồ sơ, trong đó: \(s.receivedInPeriod) hồ sơ trong kỳ, \(s.carriedOver) hồ sơ từ kỳ trước."
        #expect(sentence == "- Tổng số hồ sơ tiếp nhận là 5892 hồ sơ, trong đó: 5805 hồ sơ trong kỳ, 87 hồ sơ từ kỳ trước.")
    }

    @Test func onlineShareMatchesTheReport() throws {
        let (s, _) = try Self.statistics()
        // "Tỷ lệ hồ sơ trực tuyến/tổng hồ sơ tiếp nhận trong kỳ là 5805/5805 hồ sơ, đạt 100%; hồ sơ trực tiếp 0 hồ sơ."
        // The 87 carried over were handed in at the counter: the share looks only at this period's receipts.
        #expect(s.online == 5805)
        #expect(s.direct == 0)
        #expect(s.post == 0)
        #expect(s.onlineRate.numerator == 5805)
        #expect(s.onlineRate.denominator == 5805)
        #expect(s.onlineRate.formatted() == "100%")
        let sentence = "- Tỷ lệ hồ sơ trực tuyến/tổng hồ sơ tiếp nhận trong kỳ là \(s.onlineRate.numerator)/\(s.onlineRate.denominator) hồ sơ, đạt \(VietnameseFormat.percent(s.onlineRate.percent!)); hồ sơ trực tiếp \(s.direct) hồ sơ."
        #expect(sentence == "- Tỷ lệ hồ sơ trực tuyến/tổng hồ sơ tiếp nhận trong kỳ là 5805/5805 hồ sơ, đạt 100%; hồ sơ trực tiếp 0 hồ sơ.")
    }

    @Test func resolvedFiguresMatchTheReport() throws {
        let (s, ledger) = try Self.statistics()
        // "Tổng số hồ sơ đã giải quyết là 5839 hồ sơ, trong đó: 5792 hồ sơ được giải quyết trước hạn và
        // đúng hạn, đạt tỷ lệ 99,2%; 05 hồ sơ quá hạn (gồm: 02 hồ sơ đất đai; 01 hồ sơ bảo trợ xã hội;
        // 02 hồ sơ lĩnh vực hộ tịch); 13 hồ sơ từ chối, không giải quyết (có lý do); 29 hồ sơ rút."
        #expect(s.resolved == 5839)
        #expect(s.resolved == 5792 + 5 + 13 + 29)
        #expect(s.earlyOrOnTime == 5792)
        #expect(s.early == ledger.early)
        #expect(s.onTime == ledger.onTime)
        #expect(s.late == 5)
        #expect(s.lateByField == ["Đất đai": 2, "Bảo trợ xã hội": 1, "Hộ tịch": 2])
        #expect(s.rejected == 13)
        #expect(s.withdrawn == 29)
        // 99,2% = 5792 / 5839: refused and withdrawn dossiers are in the denominator.
        #expect(s.onTimeRate.numerator == 5792)
        #expect(s.onTimeRate.denominator == 5839)
        #expect(VietnameseFormat.percent(s.onTimeRate.percent!) == "99,2%")
        #expect(s.onTimeRate.formatted() == "99,2%")
        #expect(VietnameseFormat.count(s.late, padded: true) == "05")
        #expect(VietnameseFormat.count(s.lateByField["Đất đai"]!, padded: true) == "02")
        #expect(VietnameseFormat.count(s.lateByField["Bảo trợ xã hội"]!, padded: true) == "01")
    }

    @Test func inProgressMatchesTheReport() throws {
        let (s, _) = try Self.statistics()
        // "Số lượng hồ sơ đang giải quyết là 53 hồ sơ (Trong hạn)." 53 = 5892 − 5839.
        #expect(s.inProgress == 53)
        #expect(s.inProgress == s.receivedTotal - s.resolved)
        #expect(s.inProgressLate == 0)
        #expect(s.inProgressWithinDeadline == 53)
    }

    @Test func onlinePaymentMatchesTheReport() throws {
        let (s, ledger) = try Self.statistics()
        // "tổng số TTHC có yêu cầu nghĩa vụ tài chính … là 10 thủ tục. Số TTHC đã được tích hợp,
        // triển khai thanh toán trực tuyến trên Cổng DVC quốc gia là 10 thủ tục."
        #expect(s.onlinePayment.feeProcedures == 10)
        #expect(s.onlinePayment.feeProceduresWithOnlinePayment == 10)
        #expect(s.onlinePayment.procedureRate.formatted() == "100%")
        #expect(s.onlinePayment.feeDossiers == ledger.feeDossiers)
        #expect(s.onlinePayment.dossiersPaidOnline == ledger.paidOnline)
    }

    @Test func levelsAndLateEntryMatchTheLedger() throws {
        let (s, ledger) = try Self.statistics()
        #expect(s.byLevel.toanTrinh == .init(procedures: 6, proceduresWithDossiers: 6, dossiers: ledger.fullDossiers))
        #expect(s.byLevel.motPhan == .init(procedures: 7, proceduresWithDossiers: 7, dossiers: ledger.partialDossiers))
        #expect(s.byLevel.trucTiep == .init(procedures: 1, proceduresWithDossiers: 0, dossiers: 0))
        #expect(ledger.fullDossiers + ledger.partialDossiers == 5805)
        #expect(s.lateEntry == ledger.lateEntry)
        #expect(s.lateEntry == 58)
    }
}

extension ReferenceReportTests {
    @Test func lateDossiersAreListedWithTheirReason() throws {
        let ledger = Self.build()
        let procedures = try ProcedureCatalogParser.parse(rows: Self.catalogueRows)
        let dossiers = try DossierLedgerParser.parse(rows: ledger.rows, knownProcedures: procedures)
        let late = DossierStatistics.lateDossiers(procedures: procedures, dossiers: dossiers,
                                                  range: ReportingPeriod.half(1, 2026).cutOffRange)
        // The report's "05 hồ sơ quá hạn (gồm: 02 hồ sơ đất đai; 01 hồ sơ bảo trợ xã hội; 02 hồ sơ lĩnh vực hộ tịch)".
        #expect(late.map(\.code) == ["C-0", "C-1", "C-2", "C-3", "C-4"])
        #expect(late.allSatisfy { $0.kind == .resolvedLate })
        #expect(late.map(\.field) == ["Đất đai", "Đất đai", "Bảo trợ xã hội", "Hộ tịch", "Hộ tịch"])
        #expect(late.map(\.daysLate) == [1, 8, 1, 1, 1])
        #expect(late[1].procedureName == "Đăng ký biến động đất đai")
        #expect(late[1].reason == "Hạn xử lý 12/03/2026, có kết quả ngày 20/03/2026: quá hạn 8 ngày.")
    }

    @Test func jsonHasTheIssueKeys() throws {
        let (s, _) = try Self.statistics()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(s)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let issueKeys: Set<String> = ["received_total", "received_in_period", "carried_over", "online", "direct",
                                      "online_rate", "resolved", "early", "on_time", "late", "on_time_rate",
                                      "late_by_field", "rejected", "withdrawn", "in_progress", "in_progress_late",
                                      "late_entry", "by_level", "online_payment"]
        // Beyond the issue's keys: "post" (so channels add up) and "digitisation" (Decision 766, issue 14).
        #expect(Set(object.keys) == issueKeys.union(["post", "digitisation"]))
        #expect(object["received_total"] as? Int == 5892)
        #expect(object["resolved"] as? Int == 5839)
        #expect(object["in_progress"] as? Int == 53)
        #expect(object["late_by_field"] as? [String: Int] == ["Đất đai": 2, "Bảo trợ xã hội": 1, "Hộ tịch": 2])
        let onTime = try #require(object["on_time_rate"] as? [String: Any])
        #expect(onTime["numerator"] as? Int == 5792)
        #expect(onTime["denominator"] as? Int == 5839)
        let byLevel = try #require(object["by_level"] as? [String: [String: Int]])
        #expect(Set(byLevel.keys) == ["toan_trinh", "mot_phan", "truc_tiep"])
        #expect(byLevel["truc_tiep"] == ["procedures": 1, "procedures_with_dossiers": 0, "dossiers": 0])
        #expect(Set(byLevel["toan_trinh"]!.keys) == ["procedures", "procedures_with_dossiers", "dossiers"])
        let payment = try #require(object["online_payment"] as? [String: Int])
        #expect(payment["fee_procedures"] == 10)
        #expect(payment["fee_procedures_with_online_payment"] == 10)
        // Read back: derived keys are recomputed, the counts survive.
        #expect(try JSONDecoder().decode(DossierStatistics.self, from: data) == s)
    }

    @Test func indicatorsFromTheLedger() throws {
        let (s, ledger) = try Self.statistics()
        let values = s.indicatorValues(unitCode: "31942", period: .half(1, 2026))
        #expect(values.map(\.indicatorCode) == ["P2.III.20", "NQ71.7.1", "NQ71.7.5"])
        #expect(values[0].value.number == 100)
        #expect(values[0].numerator == 5805 && values[0].denominator == 5805)
        #expect(values[2].numerator == Double(ledger.paidOnline))
        #expect(values[2].denominator == Double(ledger.feeDossiers))
        #expect(values.allSatisfy { $0.source == DossierStatistics.indicatorSource && $0.state == .draft })
        let onTime = try #require(s.indicatorFigures.first { $0.name.contains("đúng hạn") })
        #expect(onTime.indicatorCode == nil)
        #expect(onTime.numerator == 5792 && onTime.denominator == 5839)
    }
}
