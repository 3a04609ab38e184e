import Foundation

/// A way to stop a long operation (``Corpus/compare(meeting:witnesses:comparator:cancellation:)``,
/// ``Corpus/diff(_:_:cancellation:)``, ``Corpus/split(meeting:reports:cancellation:)``,
/// ``Corpus/join(_:_:cancellation:)``, ``Corpus/track(_:comparator:cancellation:)``,
/// ``MeetingMerger/merge(_:overrides:copies:cancellation:)``) early: the operation asks
/// now and then, and stops with ``CancelledError`` soon after the answer is `true`.
///
/// ```swift
/// let stop = Cancellation { interrupted.load(ordering: .relaxed) }
/// let comparison = try corpus.compare(meeting: id, cancellation: stop)
/// ```
public struct Cancellation: Sendable {
    private let check: @Sendable () -> Bool

    /// A cancellation asked through `check`, which may be called from any thread.
    public init(_ check: @escaping @Sendable () -> Bool) { self.check = check }

    /// Never cancels.
    public static let never = Cancellation { false }

    /// Whether the operation should stop.
    public var isRequested: Bool { check() }

    /// Throws ``CancelledError`` when the operation should stop.
    public func checkpoint() throws {
        if check() { throw CancelledError() }
    }
}

/// Thrown by an operation stopped through its ``Cancellation``; nothing it would have
/// changed was changed.
public struct CancelledError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Creates the error.
    public init() {}
    /// "cancelled".
    public var description: String { "cancelled" }
}

/// A cancellation shared by the threads of one parallel step: the first thread told to stop
/// latches the answer, so the others stop without asking again and the step asks no more
/// questions than a serial one would.
final class CancellationLatch: @unchecked Sendable {
    private let cancellation: Cancellation
    private let lock = NSLock()
    private var stopped = false

    init(_ cancellation: Cancellation) { self.cancellation = cancellation }

    /// Whether to stop: asks the cancellation only while no thread has been told to.
    var shouldStop: Bool {
        lock.lock()
        defer { lock.unlock() }
        if !stopped && cancellation.isRequested { stopped = true }
        return stopped
    }

    /// Throws ``CancelledError`` when some thread was told to stop; asks nothing.
    func rethrow() throws {
        lock.lock()
        defer { lock.unlock() }
        if stopped { throw CancelledError() }
    }
}
