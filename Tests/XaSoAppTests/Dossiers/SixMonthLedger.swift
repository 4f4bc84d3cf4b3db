import Foundation

/// A catalogue and ledger whose figures are those the Nghi Dương six-month report (6 tháng đầu năm 2026)
/// states, built independently of the core's test support: 87 carried over + 5,805 received, all online;
/// 5,792 early or on time, 5 late (2 Đất đai, 1 Bảo trợ xã hội, 2 Hộ tịch), 13 rejected, 29 withdrawn,
/// 53 in progress within deadline; 10 fee procedures, all with online payment.
enum SixMonthLedger {
    static let catalogueHeader = "Mã thủ tục,Tên thủ tục,Lĩnh vực,Mức độ DVC,Có phí,Thanh toán trực tuyến"
    static let ledgerHeader = "Mã hồ sơ,Mã thủ tục,Hình thức nộp,Ngày tiếp nhận,Hạn xử lý,Ngày có kết quả,Kết quả,Thanh toán trực tuyến,Ngày cập nhật hệ thống"

    static var catalogue: String {
        var lines = [catalogueHeader]
        let feeFields = ["Hộ tịch", "Hộ tịch", "Hộ tịch", "Đất đai", "Đất đai", "Chứng thực", "Chứng thực",
                         "Chứng thực", "Chứng thực", "Chứng thực"]
        for (i, field) in feeFields.enumerated() {
            lines.append("F\(i + 1),Thủ tục có phí \(i + 1),\(field),Toàn trình,Có,Có")
        }
        lines.append("BT01,Trợ cấp xã hội hằng tháng,Bảo trợ xã hội,Một phần,Không,Không")
        lines.append("HT99,Đăng ký khai sinh,Hộ tịch,Toàn trình,Không,Không")
        lines.append("TT01,Thủ tục chưa có hồ sơ,Chứng thực,Trực tiếp,Không,Không")
        return lines.joined(separator: "\n") + "\n"
    }

    static var ledger: String {
        var lines = [ledgerHeader]
        var n = 0
        func add(_ procedure: String, received: String, due: String, result: String, outcome: String, paid: String = "") {
            n += 1
            lines.append("HS\(n),\(procedure),Trực tuyến,\(received),\(due),\(result),\(outcome),\(paid),\(received)")
        }
        // Carried over from before 15/12/2025, resolved early in the period.
        for _ in 0..<87 { add("HT99", received: "01/12/2025 08:00", due: "20/12/2025", result: "18/12/2025 10:00", outcome: "Đã trả kết quả") }
        // 5,705 received in the period and resolved early, or on the due day (every 8th: 714); fee ones paid online.
        for i in 0..<5705 {
            let procedure = i % 3 == 0 ? "F\(i % 10 + 1)" : "HT99"
            let onDueDay = i % 8 == 0
            add(procedure, received: "10/01/2026 09:00", due: "20/01/2026", result: onDueDay ? "20/01/2026 15:00" : "15/01/2026 15:00",
                outcome: "Đã trả kết quả", paid: procedure.hasPrefix("F") ? "Có" : "")
        }
        // Five late, by field.
        for procedure in ["F4", "F5", "BT01", "HT99", "HT99"] {
            add(procedure, received: "10/02/2026", due: "20/02/2026", result: "25/02/2026", outcome: "Đã trả kết quả",
                paid: procedure.hasPrefix("F") ? "Có" : "")
        }
        for _ in 0..<13 { add("HT99", received: "03/03/2026", due: "13/03/2026", result: "05/03/2026", outcome: "Từ chối") }
        for _ in 0..<29 { add("BT01", received: "03/04/2026", due: "23/04/2026", result: "06/04/2026", outcome: "Rút hồ sơ") }
        // Still open on 14/06/2026, due after it: within deadline.
        for _ in 0..<53 { add("HT99", received: "10/06/2026", due: "20/06/2026", result: "", outcome: "Đang xử lý") }
        return lines.joined(separator: "\n") + "\n"
    }
}
