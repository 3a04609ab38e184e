import Foundation

extension Extractor {
    /// The revision of the extraction rules. Raise it whenever a change to `Extraction/`
    /// changes what is extracted from the same text, so that corpus files written before
    /// are extracted again when opened. Records keep word hashes (their fingerprints), so
    /// a change to the word hash raises it too.
    public static let revision = 222

    /// What the records this extractor makes depend on: the Parley version, the
    /// extraction ``revision`` and the reference data (people and places), as
    /// `parley VERSION r REVISION data HASH`.
    ///
    /// A ``CorpusStore`` keeps the fingerprint its records were made with; a corpus opened
    /// with an extractor of another fingerprint extracts the stored text again.
    public var fingerprint: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ data: Data) {
            for b in data {
                hash ^= UInt64(b)
                hash = hash &* 0x0000_0100_0000_01b3
            }
        }
        mix((try? encoder.encode(context.gazetteer.leaders)) ?? Data())
        mix(Data([0]))
        mix((try? encoder.encode(context.places.places)) ?? Data())
        mix((try? encoder.encode(context.places.venues)) ?? Data())
        let hex = String(hash, radix: 16)
        return "parley \(ParleyLibrary.version) r\(Extractor.revision) data " + String(repeating: "0", count: max(0, 16 - hex.count)) + hex
    }
}
