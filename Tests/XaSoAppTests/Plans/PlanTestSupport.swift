import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore

/// A reference document's text: Tests/Fixtures/reference (what CI sees), found by walking up from this file.
func planReferenceText(_ name: String) throws -> String {
    var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while dir.path != "/" {
        for folder in ["Tests/Fixtures/reference", "Fixtures/reference", "shared/reference"] {
            let candidate = dir.appendingPathComponent("\(folder)/\(name)")
            if FileManager.default.fileExists(atPath: candidate.path) {
                return try String(contentsOf: candidate, encoding: .utf8)
            }
        }
        dir = dir.deletingLastPathComponent()
    }
    Issue.record("reference file \(name) not found above \(#filePath)")
    throw CocoaError(.fileNoSuchFile)
}

/// One API response: status and body, decoded on demand with the API's date format.
struct APIResult {
    let status: HTTPStatus
    let body: Data

    func decode<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(T.self, from: body)
    }

    var errorCode: String? { (try? decode(ErrorBody.self))?.error.code }
    var text: String { String(decoding: body, as: UTF8.self) }
}

extension Application {
    /// Sends `json` (encoded) or `text` (as is) with a bearer token.
    func api(_ method: HTTPMethod, _ path: String, token: String, json: (any Encodable)? = nil,
             text: String? = nil) async throws -> APIResult {
        var headers = HTTPHeaders.bearer(token)
        var body: ByteBuffer?
        if let json {
            body = ByteBuffer(data: try JSONEncoder().encode(json))
            headers.contentType = .json
        } else if let text {
            body = ByteBuffer(string: text)
            headers.contentType = .plainText
        }
        let response = try await testing().sendRequest(method, "/api/v1/" + path, headers: headers, body: body)
        return APIResult(status: response.status, body: Data(buffer: response.body))
    }
}

/// A small plan worked by hand (dated 9/7/2025): group 1 with three tasks, and task 2 with none.
///   1.1 VH-XH, due 30/9/2025;  1.2 VH-XH, each quarter's report due 15 days after it ends;
///   1.3 Kinh tế with VH-XH as partner, due 20/9/2025;  2 no lead, "thường xuyên".
enum SmallPlan {
    static let vhxh = "Phòng Văn hóa - Xã hội"
    static let kinhTe = "Phòng Kinh tế"

    static func input() -> PlanInput {
        func task(_ number: String, _ title: String, parent: String? = nil, lead: String? = nil, partners: [String] = [],
                  deadline: String? = nil) -> PlanInput.TaskInput {
            PlanInput.TaskInput(number: number, title: title, parent_number: parent, lead: lead, partners: partners,
                                deadline: deadline)
        }
        return PlanInput(number: "28/KH-UBND", date: "2025-07-09", title: "Kế hoạch chuyển đổi số quý III/2025",
                         legal_basis: ["Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024;"], tasks: [
            task("1", "Nhóm nhiệm vụ trọng tâm"),
            // Written as a department officer might type it: abbreviated, lower case.
            task("1.1", "Tập huấn kỹ năng số cho cán bộ", parent: "1", lead: "phòng VH-XH", deadline: "30/09/2025"),
            task("1.2", "Báo cáo tiến độ hằng quý", parent: "1", lead: vhxh, deadline: "Ngày 15 của tháng đầu quý sau, hằng quý"),
            task("1.3", "Khảo sát điểm lõm sóng", parent: "1", lead: kinhTe, partners: [vhxh], deadline: "2025-09-20"),
            task("2", "Tuyên truyền về chuyển đổi số", deadline: "Thường xuyên"),
        ])
    }
}
