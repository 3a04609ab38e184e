import Foundation
import Parley

/// A comparison as one self-contained HTML page: no scripts, fonts or images from
/// elsewhere, so it opens offline and can be mailed or archived as one file.
enum CompareHTML {
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    static let style = """
    body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#1d2330;background:#fff}
    h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:28px 0 8px;border-bottom:1px solid #dde;padding-bottom:4px}
    .meta{color:#5a6275;margin-bottom:16px}table{border-collapse:collapse;margin:6px 0}
    th,td{border:1px solid #d8dbe5;padding:4px 8px;vertical-align:top;text-align:left}
    th{background:#f3f4f8;font-weight:600}td.n{text-align:right;color:#5a6275}
    table.heat td.cell{width:64px;text-align:center;font-size:12px}
    td.fact{max-width:560px}td.kind{color:#5a6275;font-size:12px}
    .k-agreed{background:#2e8b57;color:#fff}.k-signed{background:#6a4c9c;color:#fff}
    .k-proposed{background:#d9822b;color:#fff}.k-pledged{background:#3b6fb6;color:#fff}
    .k-told{background:#8fa6c7;color:#fff}.absent{background:#fafafb;color:#c5c8d2}
    .legend span{display:inline-block;padding:2px 8px;margin-right:6px;border-radius:3px;font-size:12px}
    .t-agree{color:#2e8b57;font-weight:600}.t-refinement{color:#b7791f;font-weight:600}.t-contradiction{color:#c53030;font-weight:600}
    .bar{display:inline-block;height:10px;background:#3b6fb6;vertical-align:middle;margin-right:6px}
    ul.only li{margin:2px 0}
    """

    static func statusClass(_ f: Fact, _ report: String) -> (String, String) {
        if let s = f.statuses.first(where: { $0.report == report }) {
            return ("k-" + s.status.rawValue, s.status.rawValue + (s.by.map { " by \($0.name)" } ?? "") + " — “\(s.verb)”")
        }
        return ("k-told", "told")
    }

    static func page(_ c: Comparison) -> String {
        let labels = Dictionary(uniqueKeysWithValues: c.witnesses.enumerated().map { ($0.element.report, CompareText.label($0.offset)) })
        var h = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Comparison: \(escape(c.meeting))</title><style>\(style)</style></head><body>\n"
        h += "<h1>How the witnesses told \(escape(c.meeting))</h1>\n"
        let details = c.facts.filter { $0.kind == .detail }.count
        h += "<div class=\"meta\">\(c.witnesses.count) witnesses (\(c.independentWitnesses) independent) · \(c.facts.count - details) facts · \(c.shared.count) told by more than one · \(details) added details</div>\n"
        h += "<table><tr><th></th><th>report</th><th>outlet</th><th>published</th></tr>\n"
        for w in c.witnesses {
            h += "<tr><th>\(labels[w.report] ?? "")</th><td>\(escape(w.report))</td><td>\(escape(w.outlet ?? "unknown"))\(w.independent ? "" : " (copy)")</td><td>\(w.published?.description ?? "–")</td></tr>\n"
        }
        h += "</table>\n<h2>Alignment: facts × witnesses</h2>\n"
        h += "<div class=\"legend\"><span class=\"k-agreed\">agreed</span><span class=\"k-signed\">signed</span><span class=\"k-proposed\">proposed</span><span class=\"k-pledged\">pledged</span><span class=\"k-told\">told</span><span class=\"absent\">absent</span> Hover a cell for the witness's wording.</div>\n"
        h += "<table class=\"heat\"><tr><th>#</th><th>fact</th><th>kind</th>"
        for w in c.witnesses { h += "<th title=\"\(escape(w.outlet ?? w.report))\">\(labels[w.report] ?? "")</th>" }
        h += "<th>witnesses</th></tr>\n"
        for (n, f) in c.facts.enumerated() where f.kind != .detail {
            if n & 255 == 0, Rendering.stopped { break }
            h += "<tr><td class=\"n\">\(f.index + 1)</td><td class=\"fact\">\(escape(f.summary))</td><td class=\"kind\">\(f.kind.rawValue)\(f.event.map { " (\(escape($0)))" } ?? "")</td>"
            for w in c.witnesses {
                if let v = f.variants.first(where: { $0.report == w.report }) {
                    let (cls, what) = statusClass(f, w.report)
                    h += "<td class=\"cell \(cls)\" title=\"\(escape(what + ": " + v.text))\">●</td>"
                } else {
                    h += "<td class=\"cell absent\">·</td>"
                }
            }
            h += "<td class=\"n\">\(f.reports.count)</td></tr>\n"
        }
        h += "</table>\n"
        if !c.conflicts.isEmpty {
            h += "<h2>Conflicts</h2>\n<table><tr><th>field</th><th>type</th>"
            for w in c.witnesses { h += "<th>\(labels[w.report] ?? "")</th>" }
            h += "</tr>\n"
            for x in c.conflicts {
                h += "<tr><td>\(escape(x.field + (x.subject.map { " (\($0))" } ?? "")))</td><td class=\"t-\(x.type.rawValue)\">\(x.type.rawValue)</td>"
                for w in c.witnesses { h += "<td>\(escape(x.values[w.report] ?? ""))</td>" }
                h += "</tr>\n"
            }
            h += "</table>\n"
        }
        if !c.terminology.isEmpty {
            h += "<h2>Terminology: who calls it what</h2>\n<table><tr><th>referent</th>"
            for w in c.witnesses { h += "<th>\(labels[w.report] ?? "")</th>" }
            h += "</tr>\n"
            for t in c.terminology {
                h += "<tr><td>\(escape(t.referent))</td>"
                for w in c.witnesses { h += "<td>\(escape(t.terms[w.report] ?? ""))</td>" }
                h += "</tr>\n"
            }
            h += "</table>\n"
        }
        if !c.attribution.isEmpty {
            h += "<h2>Attribution</h2>\n<table><tr><th>fact</th><th>joint</th><th>one side</th></tr>\n"
            for a in c.attribution {
                h += "<tr><td>\(escape(a.summary))</td><td>\(escape(a.joint.map { CompareText.statusText($0, labels) }.joined(separator: "; ")))</td><td>\(escape(a.oneSide.map { CompareText.statusText($0, labels) }.joined(separator: "; ")))</td></tr>\n"
            }
            h += "</table>\n"
        }
        let people = CompareText.emphasisPeople(c)
        if !people.isEmpty {
            h += "<h2>Emphasis</h2>\n<table><tr><th>witness</th>"
            for p in people { h += "<th>\(escape(p))</th>" }
            h += "</tr>\n"
            for w in c.witnesses {
                h += "<tr><td>\(labels[w.report] ?? "") \(escape(w.outlet ?? w.report))</td>"
                for p in people {
                    let v = c.emphasis[w.report]?[p] ?? 0
                    h += "<td><span class=\"bar\" style=\"width:\(Int((v * 200).rounded()))px\"></span>\(CompareText.percent(v))</td>"
                }
                h += "</tr>\n"
            }
            h += "</table>\n"
        }
        h += "<h2>Told by one witness only</h2>\n"
        for w in c.witnesses {
            let only = c.only(w.report)
            guard !only.isEmpty else { continue }
            h += "<h3>\(labels[w.report] ?? "") \(escape(w.outlet ?? w.report))</h3><ul class=\"only\">"
            for f in only {
                h += f.kind == .detail ? "<li><em>adds to #\((f.parent ?? 0) + 1):</em> \(escape(f.summary))</li>" : "<li>\(escape(f.summary))</li>"
            }
            h += "</ul>\n"
        }
        if !c.similarity.isEmpty {
            h += "<h2>Similarity</h2>\n<table><tr><th>pair</th><th>content words</th><th>3-shingles</th><th>shared facts</th></tr>\n"
            for s in c.similarity {
                h += "<tr><td>\(labels[s.a] ?? "")–\(labels[s.b] ?? "")</td><td class=\"n\">\(String(format: "%.2f", s.words))</td><td class=\"n\">\(String(format: "%.2f", s.shingles))</td><td class=\"n\">\(s.sharedFacts)</td></tr>\n"
            }
            h += "</table>\n"
        }
        h += "</body></html>\n"
        return h
    }
}
