/// Parley reads news reports of diplomatic meetings, cleans them, extracts
/// leaders, meetings, orientations and agreements with their evidence, merges
/// overlapping reports and compares how outlets told the same meeting.
public enum ParleyLibrary {
    /// The library's version, shown by `parley --version`.
    public static let version = "0.1.0"
}
