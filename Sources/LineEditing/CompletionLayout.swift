/// Pure helpers for presenting completion candidates.
public enum CompletionLayout {
    /// The longest common prefix of `candidates`, compared by Unicode scalars and case-sensitively.
    ///
    /// Returns the empty string for no candidates and the candidate itself for one.
    public static func commonPrefix(_ candidates: [String]) -> String {
        guard var prefix = candidates.first.map({ Array($0.unicodeScalars) }) else { return "" }
        for candidate in candidates.dropFirst() {
            var length = 0
            for scalar in candidate.unicodeScalars {
                guard length < prefix.count, prefix[length] == scalar else { break }
                length += 1
            }
            prefix.removeSubrange(length...)
            if prefix.isEmpty { break }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: prefix)
        return String(view)
    }

    /// Lays `candidates` out in columns that fit `width` terminal cells, one string per row.
    ///
    /// Candidates run down the columns, then across (as `ls` does), in the order given.
    /// Columns are separated by at least two spaces; rows carry no trailing spaces.
    /// A candidate wider than `width` gets a row of its own.
    public static func columns(_ candidates: [String], width: Int) -> [String] {
        guard !candidates.isEmpty else { return [] }
        let widths = candidates.map(displayWidth)
        let gap = 2
        let columnWidth = (widths.max() ?? 0) + gap
        let columnCount = max(1, min(candidates.count, (max(width, 1) + gap) / columnWidth))
        let rowCount = (candidates.count + columnCount - 1) / columnCount

        var rows: [String] = []
        rows.reserveCapacity(rowCount)
        for row in 0..<rowCount {
            var line = ""
            for column in 0..<columnCount {
                let index = column * rowCount + row
                guard index < candidates.count else { break }
                line += candidates[index]
                let next = (column + 1) * rowCount + row
                if column + 1 < columnCount, next < candidates.count {
                    line += String(repeating: " ", count: columnWidth - widths[index])
                }
            }
            rows.append(line)
        }
        return rows
    }

    /// The number of terminal cells `text` occupies: combining marks and zero-width
    /// characters take none, East Asian wide and emoji-presentation characters take two.
    public static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + cellWidth($1) }
    }

    /// The number of cells one scalar occupies (an approximation of `wcwidth` that needs no locale).
    static func cellWidth(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value == 0 { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return 0
        default:
            break
        }
        if scalar.properties.isEmojiPresentation { return 2 }
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
