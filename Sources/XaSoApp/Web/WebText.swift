import Foundation
import XaSoCore

/// Every label and message the web pages show, in one place so that another locale can follow
/// (an English `L` would be a second file with the same names). Vietnamese, NFC, with diacritics.
/// Words that belong to the domain (verdicts, roles, value states, period names) come from XaSoCore.
enum L {
    static let lang = "vi"
    static let appName = "XaSo – Xã số"
    static let skipToContent = "Bỏ qua, đến nội dung chính"
    static let mainNav = "Điều hướng chính"
    static let footer = "XaSo – theo dõi chuyển đổi số và cải cách hành chính cấp xã"

    // Navigation
    static let navDashboard = "Tổng quan"
    static let navEntry = "Nhập số liệu"
    static let navReview = "Duyệt số liệu"
    static let navImport = "Tải tệp số liệu"
    static let navProvince = "Bảng tổng hợp tỉnh"
    static let navFrameworks = "Bộ chỉ tiêu"
    static let navTargets = "Mục tiêu của xã"
    static let navDepartments = "Phòng, ban"
    static let navUsers = "Người dùng"
    static let navUnits = "Tra cứu đơn vị"
    static let navDossiers = "Hồ sơ TTHC"
    static let navTasks = "Nhiệm vụ kế hoạch"
    static let logout = "Đăng xuất"
    static func signedInAs(_ user: String, _ role: Role) -> String { "\(user) · \(role.vietnamese)" }

    // Login
    static let loginTitle = "Đăng nhập"
    static let loginIntro = "Đăng nhập để xem và nhập số liệu chuyển đổi số của đơn vị."
    static let username = "Tên đăng nhập"
    static let password = "Mật khẩu"
    static let loginButton = "Đăng nhập"
    static let loginFailed = "Sai tên đăng nhập hoặc mật khẩu."
    static let loginExpired = "Trang đăng nhập đã hết hạn. Vui lòng đăng nhập lại."
    static let loggedOut = "Bạn đã đăng xuất."

    // Errors
    static let forbiddenTitle = "Không có quyền truy cập"
    static let forbiddenText = "Bạn không có quyền xem hoặc thay đổi dữ liệu của đơn vị này."
    static let notFoundTitle = "Không tìm thấy"
    static let pageNotFound = "Không có trang này. Hãy kiểm tra lại địa chỉ hoặc quay về trang chủ."
    static let invalidTitle = "Dữ liệu chưa hợp lệ"
    static let conflictTitle = "Không thực hiện được"
    static let errorTitle = "Đã có lỗi"
    static let errorText = "Hệ thống gặp lỗi khi xử lý yêu cầu. Vui lòng thử lại sau."
    static let csrfFailed = "Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang và gửi lại."
    static let backHome = "Về trang chủ"

    // Period and filters
    static let period = "Kỳ báo cáo"
    static let framework = "Bộ chỉ tiêu"
    static let allFrameworks = "Tất cả bộ chỉ tiêu"
    static let show = "Xem"
    static let filter = "Lọc"
    static let print = "In trang"
    static func periodTitle(_ p: ReportingPeriod) -> String { ReportWording.capitalizedFirst(p.vietnameseName) }

    // Dashboard
    static func dashboardTitle(_ unit: String) -> String { "Tổng quan – \(unit)" }
    static let verdictSummary = "Kết quả đánh giá"
    static func achievedRate(_ rate: String) -> String { "Tỷ lệ chỉ tiêu đạt: \(rate)" }
    static let byFramework = "Theo bộ chỉ tiêu"
    static let changes = "Thay đổi so với kỳ trước"
    static func changesIntro(_ previous: ReportingPeriod) -> String { "So với \(previous.vietnameseName):" }
    static let improved = "Cải thiện"
    static let worsened = "Giảm"
    static let unchanged = "Không đổi"
    static let newData = "Mới có số liệu"
    static let noChanges = "Chưa có số liệu kỳ trước để so sánh."
    static let indicatorColumn = "Chỉ tiêu"
    static let numberColumn = "TT"
    static let targetColumn = "Mục tiêu"
    static let resultColumn = "Kết quả"
    static let previousColumn = "Kỳ trước"
    static let changeColumn = "Thay đổi"
    static let verdictColumn = "Đánh giá"
    static let stateColumn = "Trạng thái"
    static let noteColumn = "Ghi chú, nguyên nhân"
    static let noValue = "—"
    static let verdictChartTitle = "Số chỉ tiêu theo kết quả đánh giá"
    static func countOf(_ n: Int) -> String { "\(n) chỉ tiêu" }

    // Indicator page
    static let definition = "Định nghĩa"
    static let code = "Mã"
    static let unit = "Đơn vị tính"
    static let direction = "Chiều đánh giá"
    static func directionText(_ d: Direction) -> String { d == .higher ? "Càng cao càng tốt" : "Càng thấp càng tốt" }
    static let leadBody = "Cơ quan chủ trì"
    static let partners = "Cơ quan phối hợp"
    static let output = "Sản phẩm đầu ra"
    static let legalBasis = "Căn cứ"
    static let milestoneTargets = "Mục tiêu theo mốc"
    static let year = "Năm"
    static let nationalTarget = "Mục tiêu chung"
    static let communeTarget = "Mục tiêu của xã"
    static let valuesOverTime = "Số liệu qua các kỳ"
    static let trendChartTitle = "Diễn biến số liệu"
    static let noValuesYet = "Chưa có số liệu nào cho chỉ tiêu này."
    static let history = "Lịch sử thay đổi"
    static let noHistory = "Chưa có thay đổi nào trong kỳ này."
    static let when = "Thời gian"
    static let who = "Người thực hiện"
    static let whatHappened = "Thao tác"
    static func historyAction(_ action: String) -> String {
        switch action {
        case "create": return "Tạo mới"
        case "update": return "Cập nhật"
        case "submitted": return "Gửi duyệt"
        case "approved": return "Duyệt"
        case "returned": return "Trả lại"
        default: return action
        }
    }
    static let reviewComment = "Lý do trả lại"
    static let enteredBy = "Người nhập"

    // Entry form
    static func entryTitle(_ unit: String) -> String { "Nhập số liệu – \(unit)" }
    static let entryIntro = "Ghi giá trị như báo cáo: 85%, ~15% (số ước tính), 36,7%. Để trống những chỉ tiêu chưa có số liệu."
    static let entryOnlyYours = "Bạn chỉ thấy các chỉ tiêu do phòng, ban của mình phụ trách."
    static let valueLabel = "Giá trị"
    static let valueHint = "Ví dụ: 85% hoặc ~15%"
    static let noteLabel = "Ghi chú, nguyên nhân"
    static let saveDraft = "Lưu nháp"
    static let submit = "Gửi duyệt"
    static let nothingToEnter = "Không có chỉ tiêu nào bạn được phép nhập trong bộ chỉ tiêu này."
    static func saved(_ n: Int) -> String { "Đã lưu \(n) số liệu." }
    static func submitted(_ n: Int) -> String { "Đã gửi duyệt \(n) số liệu." }
    static func imported(_ n: Int) -> String { "Đã nhập \(n) số liệu từ tệp." }
    static let nothingChanged = "Không có thay đổi nào để lưu."
    static func invalidValue(_ text: String) -> String {
        "Giá trị \"\(text)\" không phải là số (ví dụ: 85%, ~15%, 36,7%)."
    }
    /// "Giá trị “150%” không lưu được: tỷ lệ phần trăm phải từ 0 đến 100."
    static func figureProblem(_ text: String, _ problem: String) -> String {
        "Giá trị \"\(text)\" không lưu được: \(problem)."
    }
    static func formHasErrors(_ n: Int) -> String { "Có \(n) ô chưa hợp lệ; chưa có gì được lưu. Vui lòng sửa các ô được đánh dấu." }
    static func returnedBecause(_ comment: String) -> String { "Bị trả lại: \(comment)" }

    // Review
    static func reviewTitle(_ unit: String) -> String { "Duyệt số liệu – \(unit)" }
    static let reviewIntro = "Duyệt các số liệu đã gửi, hoặc trả lại kèm lý do để phòng, ban nhập lại."
    static let nothingToReview = "Không có số liệu nào chờ duyệt trong kỳ này."
    static let approve = "Duyệt"
    static let approveAll = "Duyệt tất cả số liệu đang chờ"
    static let sendBack = "Trả lại"
    static let sendBackComment = "Lý do trả lại"
    static let commentRequired = "Cần ghi rõ lý do trả lại."
    static func approved(_ n: Int) -> String { "Đã duyệt \(n) số liệu." }
    static let returnedDone = "Đã trả lại số liệu."
    static let approvedSection = "Đã duyệt"
    static let waitingSection = "Chờ duyệt"

    // Import
    static func importTitle(_ unit: String) -> String { "Tải tệp số liệu – \(unit)" }
    static let importIntro = "Tệp CSV hoặc XLSX có dòng tiêu đề unit_code,indicator_code,period,value,note. Hệ thống kiểm tra toàn bộ tệp và cho xem trước; số liệu chỉ được lưu khi bạn xác nhận."
    static let chooseFile = "Chọn tệp (CSV hoặc XLSX)"
    static let checkFile = "Kiểm tra tệp"
    static let previewTitle = "Xem trước"
    static func previewOK(_ n: Int) -> String { "Tệp hợp lệ: \(n) số liệu. Kiểm tra lại rồi bấm xác nhận để lưu." }
    static func previewErrors(_ n: Int) -> String { "Tệp có \(n) lỗi; chưa có dữ liệu nào được lưu. Sửa tệp rồi tải lên lại." }
    static let confirmImport = "Xác nhận lưu số liệu"
    static let row = "Dòng"
    static let field = "Cột"
    static let valueColumn = "Giá trị"
    static let message = "Lỗi"
    static func otherUnit(_ code: String, _ expected: String) -> String {
        "Số liệu của đơn vị \(code), không phải \(expected)."
    }
    static let noFile = "Chưa chọn tệp."
    static func mayNotWrite(_ indicator: String, _ unit: String) -> String {
        "Bạn không có quyền nhập chỉ tiêu \(indicator) của đơn vị \(unit)."
    }

    // Province
    static func provinceTitle(_ name: String) -> String { "Bảng tổng hợp – \(name)" }
    static let communeColumn = "Xã, phường"
    static let rankColumn = "Hạng"
    static let rateColumn = "Tỷ lệ đạt"
    static let searchCommune = "Tìm xã, phường"
    static let onlyWithData = "Chỉ các xã đã có số liệu"
    static let sortBy = "Sắp xếp theo"
    static let rankingChartTitle = "Tỷ lệ chỉ tiêu đạt của các xã"
    static let missingTitle = "Các xã chưa có số liệu theo từng chỉ tiêu"
    static func missingCount(_ n: Int, of total: Int) -> String { "\(n)/\(total) xã chưa có số liệu" }
    static let allHaveData = "Tất cả các xã đã có số liệu."
    static func communesShown(_ n: Int, _ total: Int) -> String { "Hiển thị \(n)/\(total) xã, phường." }
    static let noCommunesWithData = "Chưa có xã nào có số liệu trong kỳ này."

    // Frameworks and targets
    static let frameworksTitle = "Bộ chỉ tiêu"
    static let indicators = "Chỉ tiêu"
    static let group = "Nhóm chỉ tiêu"
    static let remark = "Ghi chú"
    static let editTargets = "Sửa mục tiêu"
    static func editTargetsTitle(_ code: String) -> String { "Mục tiêu của chỉ tiêu \(code)" }
    static let targetsHint = "Ghi như văn bản: > 50%, ≥ 85%, 80%, ~15%, 80-90%, Top 50 của thành phố, hoặc - (không có mục tiêu)."
    static let communeTargetsHint = "Mục tiêu của xã thay cho mục tiêu chung ở mốc năm đó. Để trống nếu dùng mục tiêu chung."
    static func communeTargetsTitle(_ unit: String) -> String { "Mục tiêu của xã – \(unit)" }
    static func provinceTargetsTitle(_ unit: String) -> String { "Mục tiêu của tỉnh – \(unit)" }
    static let provinceTargetsHint = "Mục tiêu của tỉnh áp dụng cho các xã, phường trong tỉnh, thay cho mục tiêu chung ở mốc năm đó; "
        + "xã có mục tiêu riêng thì dùng mục tiêu riêng. Để trống nếu dùng mục tiêu chung."
    static let provinceTargetsLink = "Mục tiêu của tỉnh"
    static let save = "Lưu"
    static func targetsSaved(_ n: Int) -> String { "Đã lưu \(n) mục tiêu." }
    static let milestone = "Mốc năm"

    // Departments
    static func departmentsTitle(_ unit: String) -> String { "Phòng, ban và đơn vị phối hợp – \(unit)" }
    static let departmentName = "Tên phòng, ban"
    static let departmentKind = "Loại"
    static func departmentKindText(_ k: Department.Kind) -> String { k == .department ? "Phòng chuyên môn" : "Đơn vị phối hợp" }
    static let addDepartment = "Thêm phòng, ban"
    static let departmentAdded = "Đã thêm phòng, ban."

    // Users
    static let usersTitle = "Người dùng"
    static let role = "Vai trò"
    static let unitCode = "Mã đơn vị"
    static let unitCodeHint = "Mã xã (5 chữ số) hoặc mã tỉnh (2 chữ số)"
    static let department = "Phòng, ban"
    static let noDepartment = "(không)"
    static let addUser = "Thêm người dùng"
    static let passwordHint = "Ít nhất 8 ký tự"
    static let userAdded = "Đã thêm người dùng."
    static let noUsers = "Chưa có người dùng."

    // Units
    static let unitsTitle = "Tra cứu đơn vị hành chính"
    static let unitSearch = "Tên xã, phường hoặc tỉnh (không cần dấu)"
    static let search = "Tìm"
    static let noUnitsFound = "Không tìm thấy đơn vị nào."

    // Dossiers
    static func dossiersTitle(_ unit: String) -> String { "Hồ sơ thủ tục hành chính – \(unit)" }
    static func dossierRange(_ p: ReportingPeriod, _ r: DayRange) -> String {
        "\(periodTitle(p)): số liệu từ ngày \(r.from.shortVietnamese) đến ngày \(r.to.shortVietnamese)"
    }
    static let dossierSummary = "Tình hình tiếp nhận và giải quyết hồ sơ"
    static let serviceIndexTitle = "Chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg)"
    static func serviceIndexTotal(_ total: String, _ attainable: String) -> String {
        "Đạt \(total) điểm trên \(attainable) điểm của các thành phần đã có số liệu (thang điểm 100)."
    }
    static let serviceIndexComponent = "Nhóm chỉ số, thành phần"
    static let serviceIndexShort = "Chỉ số phục vụ (QĐ 766)"
    static let serviceIndexRate = "Tỷ lệ"
    static let serviceIndexPoints = "Điểm"
    static func serviceIndexOf(_ score: String, _ max: String) -> String { "\(score)/\(max)" }
    static let serviceIndexNoData = "Chưa có số liệu"
    static let serviceIndexSource = "Tính từ sổ theo dõi hồ sơ của kỳ; các thành phần sổ hồ sơ không cho biết lấy từ số liệu nhập (bộ DVC766). Điểm = điểm tối đa × tỷ lệ ÷ ngưỡng, không vượt điểm tối đa."
    static let dossierItem = "Nội dung"
    static let dossierCount = "Số lượng"
    static let dsReceivedTotal = "Tổng số hồ sơ tiếp nhận"
    static let dsCarriedOver = "Hồ sơ kỳ trước chuyển sang"
    static let dsReceived = "Hồ sơ tiếp nhận trong kỳ"
    static let dsOnline = "Hồ sơ tiếp nhận trực tuyến"
    static let dsOnlineRate = "Tỷ lệ hồ sơ trực tuyến"
    static let dsResolved = "Hồ sơ đã giải quyết"
    static let dsEarlyOnTime = "Giải quyết trước hạn và đúng hạn"
    static let dsLate = "Giải quyết quá hạn"
    static let dsRejected = "Từ chối giải quyết"
    static let dsWithdrawn = "Rút hồ sơ"
    static let dsInProgress = "Đang giải quyết"
    static let dsInProgressLate = "Đang giải quyết, đã quá hạn"
    static let dsOnTimeRate = "Tỷ lệ giải quyết đúng hạn"
    static let lateByField = "Hồ sơ quá hạn theo lĩnh vực"
    static let lateDossiers = "Danh sách hồ sơ quá hạn"
    static let noLateDossiers = "Không có hồ sơ quá hạn."
    static let dossierCode = "Mã hồ sơ"
    static let procedure = "Thủ tục"
    static let procedureField = "Lĩnh vực"
    static let daysLate = "Số ngày quá hạn"
    static let lateReason = "Lý do"
    static let dossierUpload = "Tải dữ liệu hồ sơ"
    static let dossierUploadIntro = "Tải danh mục thủ tục hành chính trước, sau đó tải tệp hồ sơ xuất từ hệ thống một cửa (CSV hoặc XLSX). Nếu tệp có lỗi, không dữ liệu nào được lưu."
    static let uploadCatalogue = "Danh mục thủ tục hành chính"
    static let uploadDossiers = "Tệp hồ sơ xuất từ hệ thống một cửa"
    static let uploadButton = "Tải lên"
    /// "%@" is the share sent so far.
    static let uploadProgress = "Đang tải tệp lên: %@%"
    static let uploadProcessing = "Đã tải lên xong, đang kiểm tra và lưu từng dòng… (tệp lớn có thể mất vài phút)"
    /// The server's own progress, polled while a large ledger is checked and stored.
    static func uploadRowsChecked(_ rows: Int, perSecond: Int, secondsLeft: Int?, done: Bool) -> String {
        if done { return "Đã kiểm tra xong \(VietnameseFormat.count(rows)) dòng, đang hoàn tất…" }
        var text = "Đã tải lên xong; đã kiểm tra \(VietnameseFormat.count(rows)) dòng"
        if perSecond > 0 { text += " (\(VietnameseFormat.count(perSecond)) dòng/giây" + (secondsLeft.map { ", còn khoảng \(L.duration($0))" } ?? "") + ")" }
        return text + "…"
    }
    /// "45 giây", "3 phút 20 giây".
    static func duration(_ seconds: Int) -> String {
        seconds < 60 ? "\(max(seconds, 1)) giây" : "\(seconds / 60) phút" + (seconds % 60 > 0 ? " \(seconds % 60) giây" : "")
    }
    static func dossierUploadFailed(_ n: Int) -> String { "Tệp có \(VietnameseFormat.count(n)) lỗi; chưa có dữ liệu nào được lưu. Vui lòng sửa và tải lại." }
    static func proceduresImported(_ n: Int) -> String { "Đã lưu danh mục gồm \(VietnameseFormat.count(n)) thủ tục." }
    static func dossiersImported(_ n: Int) -> String { "Đã lưu \(VietnameseFormat.count(n)) hồ sơ." }
    static let dossierByCommune = "Hồ sơ thủ tục hành chính theo xã, phường"
    static let commune = "Xã, phường"
    static let grandTotal = "Tổng cộng"

    // Plan tasks
    static func tasksTitle(_ unit: String) -> String { "Nhiệm vụ theo kế hoạch – \(unit)" }
    static let dueSoon = "Sắp đến hạn"
    static let leadDepartment = "Cơ quan chủ trì"
    static let allDepartments = "Tất cả cơ quan chủ trì"
    static let noLead = "Chưa phân công"
    static let taskColumn = "Nhiệm vụ"
    static let deadline = "Thời hạn"
    static let percentDone = "Tỷ lệ hoàn thành (%)"
    static let latestUpdate = "Cập nhật gần nhất"
    static let noTasks = "Chưa có nhiệm vụ nào."
    static let postProgress = "Cập nhật tiến độ"
    static let progressState = "Tình trạng"
    static let progressText = "Kết quả thực hiện"
    static let progressSaved = "Đã cập nhật tiến độ."
    static let progressStateInvalid = "Tình trạng không hợp lệ."
    static func progressPercentInvalid(_ s: String) -> String { "Tỷ lệ hoàn thành “\(s)” không phải là số." }
    static let taskNotFound = "Không tìm thấy nhiệm vụ."
    static func nextDue(_ d: LocalDay) -> String { "Hạn tiếp theo: \(d.shortVietnamese)" }

    /// "99,2%" for a share, "—" when there is none.
    static func percent(_ v: Double?) -> String { v.map { VietnameseFormat.percent($0) } ?? noValue }

    /// "14:05 ngày 09/01/2026", in Vietnam's time.
    static func dateTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = LocalDay.vietnamTimeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%02d:%02d ", c.hour ?? 0, c.minute ?? 0)
            + VietnameseFormat.shortDate(year: c.year ?? 0, month: c.month ?? 0, day: c.day ?? 0)
    }
}
