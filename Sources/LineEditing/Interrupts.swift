#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibedit
import Synchronization

/// Set by the SIGINT handler. A global `let` initialised before the handler is
/// installed, because lazy global initialisation is not async-signal-safe.
private let interruptRequested = Atomic<Bool>(false)
/// Whether ``Interrupts/install()`` has run.
private let interruptHandlerInstalled = Atomic<Bool>(false)

/// Ctrl-C handling for running commands: a SIGINT handler that sets an atomic flag.
///
/// The handler is installed with `sigaction` and without `SA_RESTART`, so a
/// blocking `read` (including libedit's) fails with `EINTR` instead of
/// restarting. Long-running commands poll ``isRequested`` and stop early;
/// the shell calls ``clear()`` before each command.
public enum Interrupts {
    /// Installs the SIGINT handler (once per process) and unblocks SIGINT in the calling thread.
    ///
    /// Call it from the thread that reads lines: a thread that blocks SIGINT (as libdispatch's
    /// worker threads do) is never interrupted, so its reads would not return on Ctrl-C.
    public static func install() {
        // Touch the flag first so its storage exists before any signal arrives.
        _ = interruptRequested.load(ordering: .sequentiallyConsistent)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        sigaddset(&unblocked, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
        guard interruptHandlerInstalled.compareExchange(
            expected: false, desired: true, ordering: .sequentiallyConsistent
        ).exchanged else { return }

        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { _ in
            interruptRequested.store(true, ordering: .relaxed)
        }
        #elseif canImport(Darwin)
        action.__sigaction_u.__sa_handler = { _ in
            interruptRequested.store(true, ordering: .relaxed)
        }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: interrupted reads return EINTR
        sigaction(SIGINT, &action, nil)
    }

    /// Whether ``install()`` has run in this process.
    public static var isInstalled: Bool {
        interruptHandlerInstalled.load(ordering: .sequentiallyConsistent)
    }

    /// Whether Ctrl-C was pressed since the last ``clear()``.
    public static var isRequested: Bool {
        interruptRequested.load(ordering: .sequentiallyConsistent)
    }

    /// Forgets a pending Ctrl-C.
    public static func clear() {
        interruptRequested.store(false, ordering: .sequentiallyConsistent)
    }

    /// Whether a SIGINT waits, blocked, for this thread.
    private static func sigintPending() -> Bool {
        var pending = sigset_t()
        return sigpending(&pending) == 0 && sigismember(&pending, SIGINT) == 1
    }

    /// What ``waitForInput(on:)`` saw.
    public enum InputWait: Sendable, Equatable {
        /// `fd` can be read without blocking (it may also be at its end or in error).
        case ready
        /// Ctrl-C was pressed, before the wait or during it.
        case interrupted
        /// Another signal ended the wait (a window resize, job control); wait again.
        case otherSignal
    }

    /// Waits until `fd` can be read, unless Ctrl-C is pressed first.
    ///
    /// Checking ``isRequested`` and then calling `read` leaves a gap: a Ctrl-C that lands
    /// between the two sets the flag but interrupts no system call, and the read then blocks
    /// until the next key. Here SIGINT is blocked while the flag is checked and unblocked by
    /// `ppoll` itself, atomically, so a Ctrl-C pressed at any moment ends the wait.
    public static func waitForInput(on fd: Int32) -> InputWait {
        var sigint = sigset_t()
        sigemptyset(&sigint)
        sigaddset(&sigint, SIGINT)
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &sigint, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        if isRequested { return .interrupted }
        #if canImport(Glibc)
        var during = previous
        sigdelset(&during, SIGINT)
        let waited = parley_ppoll_readable(fd, &during)
        let failure = waited < 0 ? errno : 0
        #else
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        // No ppoll: unblock first, which leaves the gap described above open.
        pthread_sigmask(SIG_SETMASK, &previous, nil)
        let waited = poll(&descriptor, 1, -1)
        let failure = waited < 0 ? errno : 0
        #endif
        // A SIGINT can be left pending here, where it is blocked: by a handler that passes it
        // on (libedit's re-raises it), or when it came with input and ppoll returned for the
        // input. It is delivered as the mask is restored; the key pressed first wins.
        if isRequested || sigintPending() { return .interrupted }
        if failure == EINTR { return .otherSignal }
        return .ready
    }
}
