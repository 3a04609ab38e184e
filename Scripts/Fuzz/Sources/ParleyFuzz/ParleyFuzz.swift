import Foundation
import Parley
import ParleyShell

/// One fuzz input through read → clean → extract → merge → compare, and the shell's
/// renderers: the first byte chooses the format (text, JSON Lines, CSV); a 0x1E byte
/// separates reports of a text input. A second report is made from the first with its
/// last sentences dropped, so that merging, diff and compare have two witnesses.
@_cdecl("LLVMFuzzerTestOneInput")
public func parleyFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let all = Array(UnsafeBufferPointer(start: data, count: size))
    let formats = ["txt", "jsonl", "csv"]
    let ext = formats[Int(all[0]) % formats.count]
    let body = Array(all.dropFirst())
    let loader = ReportLoader(options: LoadOptions(maxReportBytes: 1 << 20, parallel: false))
    var inputs: [[UInt8]] = ext == "txt" ? body.split(separator: 0x1E, omittingEmptySubsequences: true).map(Array.init) : [body]
    if let first = inputs.first, inputs.count == 1, ext == "txt" {
        inputs.append(Array(first.prefix(first.count * 9 / 10)))
    }
    var reports: [Report] = []
    for (i, bytes) in inputs.prefix(4).enumerated() {
        reports += loader.load(bytes: bytes, name: "fuzz\(i).\(ext)").reports
    }
    var corpus = Corpus(loader: loader)
    corpus.add(reports)
    for m in corpus.meetings.prefix(3) {
        _ = try? corpus.compare(meeting: m.id)
    }
    if corpus.reports.count >= 2 {
        _ = try? corpus.diff(corpus.reports[0].id, corpus.reports[1].id)
    }
    // The renderers, as the shell would show them.
    let session = Session(corpus: corpus, format: .table, color: true, writeOut: { _ in }, writeErr: { _ in })
    session.width = 40 + Int(all[0] % 60)
    var commands = ["reports", "meetings", "agreements", "orientations", "conflicts", "witnesses", "leaders"]
    if let m = corpus.meetings.first { commands += ["meeting \(m.id) --evidence", "compare \(m.id)", "meeting \(m.id) --markdown"] }
    if corpus.reports.count >= 2 { commands.append("diff \(ShellWords.quote(corpus.reports[0].id)) \(ShellWords.quote(corpus.reports[1].id))") }
    if let r = corpus.reports.first { commands.append("report \(ShellWords.quote(r.id)) --noise") }
    for c in commands { session.run(c) }
    session.format = .json
    for c in commands.prefix(4) { session.run(c) }
    return 0
}

/// libFuzzer's driver, which runs `callback` over the corpus and mutations as its `main` would.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The entry point SwiftPM links an executable target's `main` to: hands over to libFuzzer.
@_cdecl("ParleyFuzz_main")
func parleyFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        guard let data else { return 0 }
        return parleyFuzz(data, size)
    }
}
