import Foundation
import Testing
@testable import Parley

@Suite struct ResourceLookupTests {
    @Test func theBundledDataIsFoundWithoutSwiftPMsTrappingLookup() throws {
        let folder = try #require(ReferenceData.resourceDirectory)
        for name in ["leaders", "places", "outlets", "terminology", "spellings", "titles"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(name).json").path), "\(name).json")
            #expect(throws: Never.self) { try ReferenceData.resource(name) }
        }
        #expect(LeaderGazetteer.bundled.leaders.count > 1000)
    }
}
