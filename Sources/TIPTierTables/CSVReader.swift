/// A small RFC 4180 reader: quoted fields (with commas, quotes and line breaks inside), comment lines
/// starting with "#", and the line each record starts on.
struct CSVRecord {
    var fields: [String]
    var line: Int
}

enum CSVReader {
    static func records(_ text: String) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var recordLine = 1
        var atRecordStart = true
        var skippingComment = false
        let scalars = Array(text.unicodeScalars)
        var i = 0
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(CSVRecord(fields: fields, line: recordLine)) }
            fields = []
            field = ""
            atRecordStart = true
        }
        while i < scalars.count {
            let c = scalars[i]
            if skippingComment {
                if c == "\n" { skippingComment = false; line += 1; recordLine = line }
                i += 1
                continue
            }
            if atRecordStart {
                recordLine = line
                atRecordStart = false
                if c == "#" { skippingComment = true; atRecordStart = true; i += 1; continue }
            }
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.count && scalars[i + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == "," {
                fields.append(field)
                field = ""
            } else if c == "\n" {
                endRecord()
                line += 1
            } else if c != "\r" {
                field.unicodeScalars.append(c)
            }
            i += 1
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
