/// A plain-text table that fits a width: columns are sized to their content and
/// the widest wrappable column gives way, its cells wrapped onto more lines.
public struct TextTable: Sendable {
    /// One column's heading and behaviour.
    public struct Column: Sendable {
        /// The heading, shown in capitals.
        public var title: String
        /// Right-align (numbers).
        public var alignRight: Bool
        /// May wrap onto several lines when the table is too wide.
        public var wraps: Bool

        /// Creates a column.
        public init(_ title: String, alignRight: Bool = false, wraps: Bool = false) {
            self.title = title
            self.alignRight = alignRight
            self.wraps = wraps
        }
    }

    /// The columns.
    public var columns: [Column]
    /// The rows; each has one cell per column.
    public var rows: [[String]]

    /// Creates a table.
    public init(columns: [Column], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// Renders the table within `width` characters: wrapping columns first, then the other
    /// text columns at spaces, then any column with its words cut; only a table of more
    /// columns than the width can hold (four characters each) comes out wider.
    ///
    /// Every 256 rows it asks ``Rendering/cancellation`` and, once that is requested,
    /// stops with what it has (which the session then drops).
    public func render(width: Int, color: Bool = false) -> String {
        let n = columns.count
        guard n > 0 else { return "" }
        // Cells are measured as they will be shown: a control character takes its visible form.
        var rows: [[String]] = []
        rows.reserveCapacity(self.rows.count)
        for (r, row) in self.rows.enumerated() {
            if r & 255 == 0, Rendering.stopped { return "" }
            rows.append(row.map(TerminalText.neutralised))
        }
        var widths = columns.map { $0.title.count }
        for row in rows {
            for (i, cell) in row.prefix(n).enumerated() {
                widths[i] = max(widths[i], cell.split(separator: "\n").map(\.count).max() ?? 0)
            }
        }
        let gap = 2
        var total = widths.reduce(0, +) + gap * (n - 1)
        // Shrink wrapping columns, widest first, down to a floor of 12; then, if the table
        // still does not fit, the other text columns down to 8 (their cells wrap too).
        // Text columns wrap at spaces only: never narrower than their longest word (an id stays whole).
        var longestWord = columns.map { $0.title.count }
        for row in rows {
            for (i, cell) in row.prefix(n).enumerated() {
                longestWord[i] = max(longestWord[i], cell.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(\.count).max() ?? 0)
            }
        }
        var wrapping = columns.map(\.wraps)
        // Last, when even that is too wide for the width asked for, any column down to 4,
        // its words cut across lines: the width is kept.
        for phase in 0..<3 {
            let floorOf = { (i: Int) in phase == 0 ? 12 : phase == 1 ? max(8, longestWord[i]) : 4 }
            let candidate = { (i: Int) in phase == 0 ? columns[i].wraps : phase == 1 ? !columns[i].alignRight : true }
            while total > width {
                guard let i = (0..<n).filter({ candidate($0) && widths[$0] > floorOf($0) }).max(by: { widths[$0] < widths[$1] }) else { break }
                let cut = min(total - width, widths[i] - floorOf(i))
                widths[i] -= cut
                total -= cut
                wrapping[i] = true
            }
        }
        var lines: [String] = []
        let header = (0..<n).map { pad(TextTable.truncate(columns[$0].title.uppercased(), widths[$0]), widths[$0], right: columns[$0].alignRight) }
        lines.append(trimEnd(header.joined(separator: String(repeating: " ", count: gap))).bolded(color))
        for (r, row) in rows.enumerated() {
            if r & 255 == 0, Rendering.stopped { break }
            let cells: [[String]] = (0..<n).map { i in
                let cell = i < row.count ? row[i] : ""
                return wrapping[i] ? TextTable.wrap(cell, width: widths[i]) : cell.split(separator: "\n", omittingEmptySubsequences: false).map { TextTable.truncate(String($0), widths[i]) }
            }
            let height = cells.map(\.count).max() ?? 1
            for k in 0..<height {
                let parts = (0..<n).map { i in pad(k < cells[i].count ? cells[i][k] : "", widths[i], right: columns[i].alignRight) }
                lines.append(trimEnd(parts.joined(separator: String(repeating: " ", count: gap))))
            }
        }
        return lines.joined(separator: "\n")
    }

    func pad(_ s: String, _ w: Int, right: Bool) -> String {
        let c = s.count
        if c >= w { return s }
        let fill = String(repeating: " ", count: w - c)
        return right ? fill + s : s + fill
    }

    func trimEnd(_ s: String) -> String {
        var t = Substring(s)
        while t.last == " " { t.removeLast() }
        return String(t)
    }

    /// Cuts a string to `width` characters, ending with `…` when cut.
    public static func truncate(_ s: String, _ width: Int) -> String {
        guard s.count > width, width > 1 else { return s }
        return String(s.prefix(width - 1)) + "…"
    }

    /// Wraps text at spaces into lines of at most `width` characters; a word longer than
    /// `width` is cut into pieces. Linear in the length of the text, however long a word is.
    public static func wrap(_ s: String, width: Int) -> [String] {
        guard width > 0 else { return [s] }
        var lines: [String] = []
        for paragraph in s.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineCount = 0
            for word in paragraph.split(separator: " ") {
                var rest = word[...]
                var count = rest.count
                while count > width {
                    if lineCount > 0 { lines.append(line); line = ""; lineCount = 0 }
                    let cut = rest.index(rest.startIndex, offsetBy: width)
                    lines.append(String(rest[..<cut]))
                    rest = rest[cut...]
                    count -= width
                }
                if lineCount == 0 {
                    line = String(rest)
                    lineCount = count
                } else if lineCount + 1 + count <= width {
                    line += " " + rest
                    lineCount += 1 + count
                } else {
                    lines.append(line)
                    line = String(rest)
                    lineCount = count
                }
            }
            lines.append(line)
        }
        return lines
    }
}

extension String {
    /// The string in bold when `on`, for terminals.
    func bolded(_ on: Bool) -> String { on ? "\u{1B}[1m" + self + "\u{1B}[0m" : self }
    /// The string dimmed when `on`, for terminals.
    func dimmed(_ on: Bool) -> String { on ? "\u{1B}[2m" + self + "\u{1B}[0m" : self }
}
