import Foundation

/// How officials write levels, channels, outcomes and yes/no in their exports.
/// Every function takes text already folded by `VietnameseText.folded`
/// (lower case, no diacritics, "đ" → "d", punctuation → space), so
/// "Toàn trình", "TOAN TRINH" and "toàn-trình" read alike.
enum DossierVocabulary {
    static func level(_ f: String) -> OnlineServiceLevel? {
        if f.contains("toan trinh") { return .full }
        if f.contains("mot phan") { return .partial }
        if f.contains("truc tiep") || f.contains("khong truc tuyen") { return .direct }
        // The levels of the former Decree 61/2018: 4 was full, 3 partial, 1–2 not online.
        var digits = f
        if let prefix = ["muc do ", "md ", "muc "].first(where: { f.hasPrefix($0) }) {
            digits = String(f.dropFirst(prefix.count))
        }
        switch digits {
        case "4": return .full
        case "3": return .partial
        case "1", "2", "khong": return .direct
        default: return nil
        }
    }

    static let levelExpected = (english: "Toàn trình, Một phần, Trực tiếp or Mức độ 4/3/2",
                                vietnamese: "Toàn trình, Một phần, Trực tiếp, hoặc Mức độ 4/3/2")

    static func channel(_ f: String) -> SubmissionChannel? {
        // Post first: "qua dịch vụ bưu chính công ích" also mentions "dịch vụ".
        if f.contains("buu chinh") || f.contains("buu dien") || f == "bcci" || f == "post" { return .post }
        if f.contains("truc tuyen") || f == "online" || f.contains("qua mang")
            || f.contains("dich vu cong") || f == "dvc" || f.hasPrefix("dvc ") { return .online }
        if f.contains("truc tiep") || f == "direct" || f.contains("tai quay") || f.contains("mot cua") { return .direct }
        return nil
    }

    static let channelExpected = (english: "Trực tuyến, Trực tiếp or Bưu chính công ích",
                                  vietnamese: "Trực tuyến, Trực tiếp hoặc Bưu chính công ích")

    static func outcome(_ f: String) -> DossierOutcome? {
        let words = f.split(separator: " ")
        let first = words.first ?? ""
        // Order matters: "không giải quyết", "chưa giải quyết" and "đang giải quyết"
        // all contain "giải quyết"; "chờ trả kết quả" is processed (finished), "chưa trả kết quả" is not.
        if words.contains("rut") { return .withdrawn }
        if f.contains("tu choi") || f.contains("khong giai quyet") || f.contains("khong du dieu kien") { return .rejected }
        if first == "chua" { return .inProgress }
        if f.contains("tra ket qua") || f.contains("hoan thanh") || f.contains("da xu ly")
            || f.contains("da giai quyet") || f == "co ket qua" || f == "resolved" { return .resolved }
        if first == "dang" || first == "cho" || f == "in progress" || f.contains("bo sung")
            || f.contains("tam dung") { return .inProgress }
        if f.contains("giai quyet") { return .resolved }
        return nil
    }

    static let outcomeExpected = (english: "Đã trả kết quả, Từ chối, Rút hồ sơ or Đang xử lý",
                                  vietnamese: "Đã trả kết quả, Từ chối, Rút hồ sơ hoặc Đang xử lý")

    static func flag(_ f: String) -> Bool? {
        switch f {
        case "co", "x", "1", "true", "yes", "y", "da", "da thanh toan": return true
        case "", "khong", "0", "false", "no", "n", "chua", "chua thanh toan": return false
        default: return nil
        }
    }

    static let flagExpected = (english: "Có, Không, x or empty", vietnamese: "Có, Không, x hoặc để trống")
}
