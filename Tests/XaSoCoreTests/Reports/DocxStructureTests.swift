import Foundation
import Testing
@testable import XaSoCore
@testable import XaSoDocuments

/// The DOCX read back from its bytes: unzip, parse each XML part, check what a reader sees.
@Suite struct DocxStructureTests {
    typealias F = ReportFixtures

    func quarterlyDocx() throws -> [String: Data] {
        let report = try ReportBuilder.quarterlyDigitalSociety(F.quarterlyInput())
        let bytes = try DocxWriter.write(report)
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        return Dictionary(uniqueKeysWithValues: try DocxArchive.unzip(bytes).map { ($0.path, $0.data) })
    }

    @Test func everyPartIsWellFormedAndDeclared() throws {
        let parts = try quarterlyDocx()
        for (path, data) in parts where path.hasSuffix(".xml") || path.hasSuffix(".rels") {
            #expect(DocxReadBack.parse(data).error == nil, "\(path)")
        }
        let types = String(decoding: parts["[Content_Types].xml"]!, as: UTF8.self)
        #expect(types.contains("PartName=\"/word/document.xml\""))
        #expect(types.contains("PartName=\"/word/charts/chart1.xml\""))
        let rels = String(decoding: parts["word/_rels/document.xml.rels"]!, as: UTF8.self)
        #expect(rels.contains("Target=\"charts/chart1.xml\""))
        #expect(parts["word/charts/chart1.xml"] != nil)
    }

    @Test func bodyReadsAsParagraphsAndTables() throws {
        let parts = try quarterlyDocx()
        let doc = DocxReadBack.parse(parts["word/document.xml"]!)
        #expect(doc.error == nil)
        let tables = doc.tablesRead
        // Header, indicator table, "Nơi nhận" beside the signature.
        #expect(tables.count == 3)
        let header = tables[0]
        #expect(header[0][0] == "ỦY BAN NHÂN DÂN\nXÃ GIA PHÚC\n")
        #expect(header[0][1] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n")
        #expect(header[1] == ["Số: 219/BC-UBND", "Gia Phúc, ngày 21 tháng 10 năm 2025"])

        let indicators = tables[1]
        #expect(indicators.count == 11)
        #expect(indicators[0] == ["STT", "Chỉ tiêu", "Cơ quan báo cáo", "Kết quả 2025", "Mục tiêu 2025", "Đánh giá"])
        for (row, reference) in zip(indicators.dropFirst(), F.giaPhucTable) {
            #expect(row[1] == reference.name)
            #expect(row[3] == reference.result)
            #expect(row[4] == reference.target)
            #expect(row[5].hasPrefix(reference.verdict.vietnamese))
        }

        let end = tables[2]
        #expect(end[0][0].hasPrefix("Nơi nhận:\n- Sở KH&CN (để báo cáo);"))
        #expect(end[0][1].hasPrefix("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"))
        #expect(end[0][1].hasSuffix("Đỗ Thế Ngọc"))

        let paragraphs = doc.paragraphs.filter { !$0.isEmpty }
        #expect(paragraphs.first == "BÁO CÁO")
        #expect(paragraphs[1].hasPrefix("Tình hình thực hiện Chiến lược quốc gia"))
        #expect(paragraphs.contains("I. ĐÁNH GIÁ TÌNH HÌNH"))
        #expect(paragraphs.contains("- Tỷ lệ dân số trưởng thành có sử dụng dịch vụ công trực tuyến mới đạt 35%, còn cách xa mục tiêu trên 50%; phấn đấu đạt trên 50%."))
        #expect(paragraphs.last?.hasSuffix("của Ủy ban nhân dân xã Gia Phúc./.") == true)
        #expect(paragraphs.contains("Biểu đồ 1. Số chỉ tiêu theo mức độ đạt mục tiêu, quý III/2025"))
    }

    @Test func pageLayoutFollowsDecree30() throws {
        let parts = try quarterlyDocx()
        let doc = DocxReadBack.parse(parts["word/document.xml"]!)
        let size = try #require(doc.firstAttributes["w:pgSz"])
        #expect(size["w:w"] == "11906" && size["w:h"] == "16838")  // A4
        let margins = try #require(doc.firstAttributes["w:pgMar"])
        func mm(_ key: String) -> Double { Double(margins[key] ?? "0")! * 25.4 / 1440 }
        #expect((20...25).contains(mm("w:top").rounded()))
        #expect((20...25).contains(mm("w:bottom").rounded()))
        #expect((30...35).contains(mm("w:left").rounded()))
        #expect((15...20).contains(mm("w:right").rounded()))
        #expect(doc.elementCounts["w:titlePg"] == 1)  // no number on page 1

        let styles = String(decoding: parts["word/styles.xml"]!, as: UTF8.self)
        #expect(styles.contains("w:ascii=\"Times New Roman\""))
        #expect(styles.contains("<w:sz w:val=\"28\"/>"))  // 14 pt body
        let header = String(decoding: parts["word/header1.xml"]!, as: UTF8.self)
        #expect(header.contains(" PAGE "))
        #expect(header.contains("<w:jc w:val=\"center\"/>"))

        let xml = String(decoding: parts["word/document.xml"]!, as: UTF8.self)
        #expect(xml.contains("<w:jc w:val=\"both\"/>"))  // justified body
        #expect(xml.contains("w:firstLine=\"720\""))  // 1,27 cm indent
        #expect(xml.contains("<w:tblHeader/>"))  // indicator header repeats on each page
    }

    @Test func sameReportGivesSameBytes() throws {
        let report = try ReportBuilder.quarterlyDigitalSociety(F.quarterlyInput())
        #expect(try DocxWriter.write(report) == DocxWriter.write(report))
    }

    @Test func allBuiltInKindsWriteReadableDocuments() throws {
        let reports = [
            try ReportBuilder.sixMonthReform(F.sixMonthInput()),
            try ReportBuilder.planProgress(F.planInput()),
        ]
        for report in reports {
            let parts = try DocxArchive.unzip(try DocxWriter.write(report))
            for part in parts where part.path.hasSuffix(".xml") {
                #expect(DocxReadBack.parse(part.data).error == nil, "\(part.path)")
            }
            let doc = DocxReadBack.parse(parts.first { $0.path == "word/document.xml" }!.data)
            #expect(doc.paragraphs.contains { $0.contains("Trên đây là Báo cáo") })
        }
        // "<LAN> & wifi" in a task title arrives escaped and reads back intact.
        let plan = try DocxArchive.unzip(try DocxWriter.write(reports[1]))
        let xml = String(decoding: plan.first { $0.path == "word/document.xml" }!.data, as: UTF8.self)
        #expect(xml.contains("Rà soát hạ tầng mạng &lt;LAN&gt; &amp; wifi"))
        let tables = DocxReadBack.parse(Data(xml.utf8)).tablesRead
        #expect(tables.contains { $0.contains { $0.contains("Rà soát hạ tầng mạng <LAN> & wifi") } })
    }
}
