import Foundation
import Parley

/// The interactive loop: prompt, read a line, run it, until quit or end of input.
struct InteractiveShell {
    let session: Session

    func run() -> Int32 {
        while !session.quitRequested {
            FileHandle.standardOutput.write(Data("parley[\(session.corpus.reports.count)]> ".utf8))
            guard let line = Swift.readLine(strippingNewline: true) else {
                FileHandle.standardOutput.write(Data("\n".utf8))
                break
            }
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.isEmpty { continue }
            session.run(t)
        }
        return 0
    }
}
