import Foundation
import XaSoCore

/// Labels of the early warnings (dashboard, indicator page, province table).
extension L {
    static let atRiskTitle = "Có nguy cơ không đạt"
    static let atRiskIntro = "Dự báo đến mốc mục tiêu theo tốc độ bình quân của số liệu 8 quý gần nhất."
    static let noAtRisk = "Theo xu hướng hiện nay, chưa có chỉ tiêu nào có nguy cơ không đạt mục tiêu."
    static let notEnoughHistory = "Chưa đủ số liệu của hai kỳ trở lên để dự báo khả năng đạt mục tiêu."
    static let forecastTitle = "Dự báo đến mốc mục tiêu"
    static let atRiskColumn = "Nguy cơ không đạt"
}
