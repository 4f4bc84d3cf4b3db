import Foundation

/// Reads a commune's dossier ledger (sổ theo dõi hồ sơ TTHC) from a table of
/// strings, row 1 being the header, as `CSVReader`/`XLSXReader` return it.
/// All-or-nothing: any problem throws `DossierImportFailure` listing every issue
/// found (up to the cap) and nothing is returned. Built for exports of a million
/// rows: dates are read by hand and the few distinct spellings of channels,
/// outcomes and yes/no are folded once and cached.
public enum DossierLedgerParser {
    enum Column: CaseIterable {
        case code, procedureCode, channel, receivedAt, dueAt, resultAt, outcome, paidOnline, enteredAt
        case digitised, reusedDigitalData
    }

    static let columns: [ImportColumn<Column>] = [
        ImportColumn(key: .code, name: "Mã hồ sơ", aliases: ["Số hồ sơ", "Mã HS"]),
        ImportColumn(key: .procedureCode, name: "Mã thủ tục", aliases: ["Mã TTHC", "Mã thủ tục hành chính"]),
        ImportColumn(key: .channel, name: "Hình thức nộp", aliases: ["Kênh nộp", "Hình thức tiếp nhận", "Kênh tiếp nhận"]),
        ImportColumn(key: .receivedAt, name: "Ngày tiếp nhận", aliases: ["Ngày nhận", "Thời điểm tiếp nhận"]),
        ImportColumn(key: .dueAt, name: "Hạn xử lý", aliases: ["Hạn giải quyết", "Ngày hẹn trả", "Ngày hẹn trả kết quả"]),
        ImportColumn(key: .resultAt, name: "Ngày có kết quả", aliases: ["Ngày trả kết quả", "Ngày kết thúc xử lý"]),
        ImportColumn(key: .outcome, name: "Kết quả", aliases: ["Trạng thái", "Kết quả xử lý", "Tình trạng"]),
        ImportColumn(key: .paidOnline, name: "Thanh toán trực tuyến", aliases: ["Đã thanh toán trực tuyến"]),
        ImportColumn(key: .enteredAt, name: "Ngày cập nhật hệ thống", aliases: ["Ngày nhập hệ thống", "Ngày cập nhật"]),
        // Decision 766's digitisation group reads these two where an export has them.
        ImportColumn(key: .digitised, name: "Số hóa hồ sơ", aliases: ["Số hoá hồ sơ", "Đã số hóa", "Hồ sơ được số hóa"],
                     optional: true),
        ImportColumn(key: .reusedDigitalData, name: "Tái sử dụng dữ liệu số hóa",
                     aliases: ["Tái sử dụng dữ liệu số hoá", "Tái sử dụng kết quả số hóa"], optional: true),
    ]

    /// The header of the import template, in template order (optional columns left out).
    public static let headerNames: [String] = columns.filter { !$0.optional }.map(\.name)

    /// The dossiers of `rows`, in file order. `knownProcedures` is the unit's catalogue:
    /// a dossier for a procedure not in it is an error.
    public static func parse(rows: [[String]], knownProcedures: [Procedure]) throws -> [Dossier] {
        try parse(rows: rows, knownProcedures: knownProcedures, codeHash: CodeTable<Int>.hash)
    }

    static func parse(rows: [[String]], knownProcedures: [Procedure], codeHash: @escaping (String) -> UInt64) throws -> [Dossier] {
        var stream = try Stream(header: rows.first, knownProcedures: knownProcedures, expectedRows: rows.count - 1, codeHash: codeHash)
        var dossiers: [Dossier] = []
        dossiers.reserveCapacity(max(rows.count - 1, 0))
        func rescan() {
            for r in 1..<min(rows.count, stream.rescanEnd) { stream.rescan(rows[r], line: r + 1) }
            stream.endRescan()
        }
        for r in rows.indices.dropFirst() {
            if let dossier = stream.read(rows[r], line: r + 1) { dossiers.append(dossier) }
            if stream.mustRescan { rescan() }
            if stream.isFull { break }
        }
        if stream.needsRescan { rescan() }
        try stream.finish()
        return dossiers
    }

    /// The same reading one row at a time, for exports too large to hold: the caller stores each
    /// dossier as it comes (in one transaction) and calls `finish`, which throws every issue found,
    /// so the caller rolls back. Only fingerprints of the codes seen are kept, to find duplicates:
    /// a row whose code probably repeats an earlier one is a suspect, returned like any good row,
    /// until the caller reads the file again from the start (`rescan`, `endRescan`: when
    /// `mustRescan` says the list of suspects is full, and before `finish` when `needsRescan`),
    /// which turns the real repeats into `code.duplicate` issues naming the earlier row.
    public struct Stream {
        private var reader: RowReader
        private var issues = ImportIssueCollector()
        /// Rows whose code's fingerprint was seen before, in row order (at most `DossierImportFailure.cap`).
        private var suspects: [(line: Int, code: String)] = []
        /// Codes as bytes, compared as the fingerprints and the database compare them (a `String`
        /// would take two spellings of "ế" for one code).
        private var suspectCodes: Set<[UInt8]> = []
        /// While rescanning: the first row of each suspect code.
        private var firstLines: [[UInt8]: Int] = [:]

        /// Throws when the header is missing or lacks a column.
        public init(header: [String]?, knownProcedures: [Procedure], expectedRows: Int = 1024) throws {
            try self.init(header: header, knownProcedures: knownProcedures, expectedRows: expectedRows, codeHash: CodeTable<Int>.hash)
        }

        /// `codeHash` replaces the fingerprints' hash (tests make every code collide).
        init(header: [String]?, knownProcedures: [Procedure], expectedRows: Int, codeHash: @escaping (String) -> UInt64) throws {
            var issues = ImportIssueCollector()
            guard let header else {
                issues.add(row: 1, column: "", value: "", code: .fileEmpty, .init(
                    english: "The ledger file has no rows (row 1 must be the header).",
                    vietnamese: "Tệp sổ theo dõi hồ sơ không có dòng nào (dòng 1 phải là tiêu đề)."))
                try issues.throwIfAny()
                preconditionFailure("an issue was added")
            }
            guard let map = HeaderMap.resolve(header: header, columns: columns, issues: &issues) else {
                try issues.throwIfAny()
                preconditionFailure("HeaderMap.resolve returns nil only with issues")
            }
            reader = RowReader(map: map, procedures: knownProcedures, seen: CodeFingerprints(expectedCodes: expectedRows, hash: codeHash))
        }

        /// The dossier on row `line` (as the spreadsheet numbers it), or nil for a blank row or a
        /// row with issues (recorded for `finish`).
        public mutating func read(_ row: [String], line: Int) -> Dossier? {
            if ImportText.isBlankRow(row) || issues.isFull { return nil }
            var suspect = false
            let dossier = reader.read(row, line: line, issues: &issues, seenBefore: &suspect)
            if suspect {
                let code = reader.code(in: row)
                suspects.append((line, code))
                suspectCodes.insert(Array(code.utf8))
            }
            return dossier
        }

        /// Rows are expected after those read so far (a file's estimate from its size): the
        /// fingerprints get one table sized for them.
        public mutating func expect(moreRows: Int) { reader.seen.reserve(moreRows) }

        /// Some rows may repeat an earlier row's code: read the file again before `finish`.
        public var needsRescan: Bool { !suspects.isEmpty }
        /// Read the file again now: the list of suspects is full, or the issues are, so that a
        /// confirmed repeat ends the reading as any issue past the cap does.
        public var mustRescan: Bool {
            suspects.count >= DossierImportFailure.cap || (!suspects.isEmpty && issues.issues.count >= DossierImportFailure.cap)
        }
        /// The last row a rescan needs to read.
        public var rescanEnd: Int { suspects.last?.line ?? 0 }

        /// Row `line` of the file read again (rows 2… up to `rescanEnd`, blank ones included or not).
        public mutating func rescan(_ row: [String], line: Int) {
            guard !suspectCodes.isEmpty else { return }
            let code = Array(reader.code(in: row).utf8)
            if firstLines[code] == nil, suspectCodes.contains(code) { firstLines[code] = line }
        }

        /// Ends a rescan: suspects whose code is on an earlier row become `code.duplicate` issues.
        public mutating func endRescan() {
            var found: [DossierImportIssue] = []
            let column = reader.map.name(.code)
            for (line, code) in suspects {
                guard let earlier = firstLines[Array(code.utf8)], earlier < line else { continue }
                let text = ImportText.cell(line, column, "dossier code \"\(code)\" already appears on row \(earlier).",
                                           "mã hồ sơ “\(code)” trùng với dòng \(earlier).")
                found.append(DossierImportIssue(row: line, column: column, value: code, code: .codeDuplicate,
                                                message: text.english, vietnamese: text.vietnamese))
            }
            issues.merge(found)
            suspects = []
            suspectCodes = []
            firstLines = [:]
        }

        /// Some row had an issue: nothing read from this file may be kept.
        public var hasIssues: Bool { !issues.issues.isEmpty }

        /// The issue list reached its cap: reading on would only find more of the same.
        public var isFull: Bool { issues.isFull }

        /// Throws every issue found. Suspects must have been settled by a rescan first.
        public func finish() throws {
            precondition(suspects.isEmpty, "read the file again (rescan) before finishing")
            try issues.throwIfAny()
        }
    }

    /// Per-import state: column positions, the catalogue, caches, fingerprints of the codes seen.
    private struct RowReader {
        let map: HeaderMap<Column>
        let iCode, iProcedure, iChannel, iReceived, iDue, iResult, iOutcome, iPaid, iEntered: Int
        let iDigitised, iReused: Int?
        let feeByProcedure: CodeTable<Bool>
        var seen: CodeFingerprints
        var channels = VocabularyCache(DossierVocabulary.channel)
        var outcomes = VocabularyCache(DossierVocabulary.outcome)
        var flags = VocabularyCache(DossierVocabulary.flag)

        init(map: HeaderMap<Column>, procedures: [Procedure], seen: CodeFingerprints) {
            self.map = map
            iCode = map.position(.code); iProcedure = map.position(.procedureCode)
            iChannel = map.position(.channel); iReceived = map.position(.receivedAt)
            iDue = map.position(.dueAt); iResult = map.position(.resultAt)
            iOutcome = map.position(.outcome); iPaid = map.position(.paidOnline)
            iEntered = map.position(.enteredAt)
            iDigitised = map.optionalPosition(.digitised)
            iReused = map.optionalPosition(.reusedDigitalData)
            var fees = CodeTable<Bool>(minimumCapacity: procedures.count)
            // A code listed twice in a catalogue: the last row wins, as in the statistics.
            for p in procedures.reversed() { _ = fees.insertIfAbsent(p.code, p.hasFee) }
            feeByProcedure = fees
            self.seen = seen
        }

        @inline(__always)
        private func cell(_ row: [String], _ i: Int) -> String {
            i < row.count ? row[i] : ""
        }

        /// The row's dossier code as `read` compares it.
        func code(in row: [String]) -> String { ImportText.trimmed(cell(row, iCode)) }

        /// `seenBefore` is set when the code's fingerprint was seen on an earlier row.
        mutating func read(_ row: [String], line: Int, issues: inout ImportIssueCollector, seenBefore: inout Bool) -> Dossier? {
            var ok = true
            let map = self.map

            func fail(_ key: Column, _ value: String, _ code: ErrorCode, _ text: ImportText.Message) {
                issues.add(row: line, column: map.name(key), value: value, code: code, text)
                ok = false
            }
            func missing(_ key: Column) {
                fail(key, "", .valueMissing, ImportText.missing(line, map.name(key)))
            }
            func invalid(_ key: Column, _ raw: String, _ expected: (english: String, vietnamese: String)) {
                let shown = VietnameseText.normalized(raw)
                if shown.isEmpty { return missing(key) }
                fail(key, shown, .valueInvalid, ImportText.invalid(
                    line, map.name(key), shown, expectedEnglish: expected.english, expectedVietnamese: expected.vietnamese))
            }
            func date(_ key: Column, _ i: Int, required: Bool) -> LocalDateTime? {
                let raw = cell(row, i)
                if ImportText.isBlank(raw) {
                    if required { missing(key) }
                    return nil
                }
                if let value = LocalDateParser.parse(raw) { return value }
                let shown = VietnameseText.normalized(raw)
                fail(key, shown, .dateInvalid, ImportText.badDate(line, map.name(key), shown))
                return nil
            }
            func shown(_ i: Int) -> String { VietnameseText.normalized(cell(row, i)) }

            let code = ImportText.trimmed(cell(row, iCode))
            if code.isEmpty { missing(.code) }

            let procedureCode = ImportText.trimmed(cell(row, iProcedure))
            let hasFee: Bool? = procedureCode.isEmpty ? nil : feeByProcedure.value(for: procedureCode)
            if procedureCode.isEmpty {
                missing(.procedureCode)
            } else if hasFee == nil {
                fail(.procedureCode, procedureCode, .procedureUnknown, ImportText.cell(
                    line, map.name(.procedureCode),
                    "procedure code \"\(procedureCode)\" is not in the unit's procedure catalogue.",
                    "mã thủ tục “\(procedureCode)” không có trong danh mục thủ tục của đơn vị."))
            }

            let channelText = cell(row, iChannel)
            let channel = channels.value(channelText)
            if channel == nil { invalid(.channel, channelText, DossierVocabulary.channelExpected) }

            let received = date(.receivedAt, iReceived, required: true)
            let due = date(.dueAt, iDue, required: false)
            let result = date(.resultAt, iResult, required: false)

            let outcomeText = cell(row, iOutcome)
            let outcome = outcomes.value(outcomeText)
            if outcome == nil { invalid(.outcome, outcomeText, DossierVocabulary.outcomeExpected) }

            let paidText = cell(row, iPaid)
            let paid = flags.value(paidText)
            if paid == nil { invalid(.paidOnline, paidText, DossierVocabulary.flagExpected) }

            let entered = date(.enteredAt, iEntered, required: false)

            // Yes/no where the export has the column; an empty cell there means "not said", not "no".
            func optionalFlag(_ key: Column, _ i: Int?) -> Bool? {
                guard let i else { return nil }
                let text = cell(row, i)
                if ImportText.isBlank(text) { return nil }
                let value = flags.value(text)
                if value == nil { invalid(key, text, DossierVocabulary.flagExpected) }
                return value
            }
            let digitised = optionalFlag(.digitised, iDigitised)
            let reused = optionalFlag(.reusedDigitalData, iReused)

            // Rules between cells, judged by calendar day as timeliness is.
            if let received {
                // Formatted only for a message: formatting it for every row cost a tenth of the parsing.
                var receivedText: String { received.day.shortVietnamese }
                if let due, due.dayNumber < received.dayNumber {
                    let value = shown(iDue)
                    fail(.dueAt, value, .dateDueBeforeReceipt, ImportText.cell(
                        line, map.name(.dueAt),
                        "due date \"\(value)\" is before the day of receipt \(receivedText).",
                        "hạn xử lý “\(value)” trước ngày tiếp nhận \(receivedText)."))
                }
                if let result, result.dayNumber < received.dayNumber {
                    let value = shown(iResult)
                    fail(.resultAt, value, .dateResultBeforeReceipt, ImportText.cell(
                        line, map.name(.resultAt),
                        "result date \"\(value)\" is before the day of receipt \(receivedText).",
                        "ngày có kết quả “\(value)” trước ngày tiếp nhận \(receivedText)."))
                }
                if let entered, entered.dayNumber < received.dayNumber {
                    let value = shown(iEntered)
                    fail(.enteredAt, value, .dateEnteredBeforeReceipt, ImportText.cell(
                        line, map.name(.enteredAt),
                        "system entry date \"\(value)\" is before the day of receipt \(receivedText).",
                        "ngày cập nhật hệ thống “\(value)” trước ngày tiếp nhận \(receivedText)."))
                }
            }
            if let outcome {
                let resultBlank = ImportText.isBlank(cell(row, iResult))
                if outcome.isFinished, resultBlank {
                    fail(.resultAt, "", .resultMissing, ImportText.cell(
                        line, map.name(.resultAt),
                        "a dossier marked \"\(outcome.label)\" needs the date it ended.",
                        "hồ sơ “\(outcome.label)” phải có ngày có kết quả."))
                } else if !outcome.isFinished, !resultBlank {
                    let value = shown(iResult)
                    fail(.resultAt, value, .resultUnexpected, ImportText.cell(
                        line, map.name(.resultAt),
                        "a dossier marked \"\(outcome.label)\" cannot have a result date (\"\(value)\").",
                        "hồ sơ “\(outcome.label)” không được có ngày có kết quả (“\(value)”)."))
                }
            }
            if paid == true, hasFee == false {
                let value = shown(iPaid)
                fail(.paidOnline, value, .paymentWithoutFee, ImportText.cell(
                    line, map.name(.paidOnline),
                    "marked paid online but procedure \"\(procedureCode)\" has no fee in the catalogue.",
                    "ghi “\(value)” nhưng thủ tục “\(procedureCode)” không có phí, lệ phí trong danh mục."))
            }
            // A repeat is only suspected here; the rescan confirms it and names the earlier row.
            if !code.isEmpty, seen.insert(code) { seenBefore = true }

            guard ok, let channel, let received, let outcome, let paid else { return nil }
            return Dossier(code: code, procedureCode: procedureCode, channel: channel, receivedAt: received,
                           dueAt: due, resultAt: result, outcome: outcome, paidOnline: paid, enteredAt: entered,
                           digitised: digitised, reusedDigitalData: reused)
        }
    }
}
