import CFolioSystem
import Dispatch
import Foundation

/// Settings of the process for a short, two-core run: see `folio_tune_allocator`. Call first thing in `main`.
public func tuneAllocator() {
    folio_tune_allocator()
}

/// Runs `body` on a new thread, on other CPUs than the caller's (see `folio_thread_start`), or right here
/// if no thread can be started.
public func startThread(_ body: @escaping @Sendable () -> Void) {
    start(body, idle: false)
}

/// A value computed on a thread of idle priority (see `folio_thread_start_idle`), or right away when
/// `inBackground` is false. Reading it takes the value, or waits while the thread computes it, or computes
/// it there and then if the thread has not begun (on a machine busy elsewhere, an idle-priority thread may
/// not run for a long time).
public final class Deferred<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var compute: (@Sendable () -> Value)?
    private var result: Value?
    private let ready = DispatchSemaphore(value: 0)

    public init(inBackground: Bool, _ compute: @escaping @Sendable () -> Value) {
        guard inBackground else { result = compute(); return }
        self.compute = compute
        start({ [self] in
            if let work = claim() { finish(work()) }
        }, idle: true)
    }

    public var value: Value {
        if let work = claim() { finish(work()) }
        if let known = lock.withLock({ result }) { return known }
        ready.wait()
        ready.signal()
        guard let known = lock.withLock({ result }) else { preconditionFailure("Deferred signalled before its value was set") }
        return known
    }

    /// The computation, for the first thread to ask.
    private func claim() -> (@Sendable () -> Value)? {
        lock.withLock {
            defer { compute = nil }
            return compute
        }
    }

    private func finish(_ value: Value) {
        lock.withLock { result = value }
        ready.signal()
    }
}

private func start(_ body: @escaping @Sendable () -> Void, idle: Bool) {
    final class Body {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }
    let box = Unmanaged.passRetained(Body(body)).toOpaque()
    let entry: @convention(c) (UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? = { raw in
        guard let raw else { return nil }
        Unmanaged<Body>.fromOpaque(raw).takeRetainedValue().run()
        return nil
    }
    let error = idle ? folio_thread_start_idle(entry, box) : folio_thread_start(entry, box)
    if error != 0 {
        Unmanaged<Body>.fromOpaque(box).release()
        body()
    }
}

/// Runs `body` with this thread kept on the CPU it runs on (see `folio_hold_cpu`): for the calling
/// thread's share of work done beside threads from `startThread`.
public func holdingCPU<T>(_ body: () throws -> T) rethrows -> T {
    folio_hold_cpu()
    defer { folio_release_cpu() }
    return try body()
}

/// Runs `body(0)` on this thread and `body(1)` to `body(count - 1)` on threads of their own (see
/// `startThread`), and returns once all have.
public func runConcurrently(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
    let done = DispatchGroup()
    for i in 1..<max(1, count) {
        done.enter()
        startThread { body(i); done.leave() }
    }
    if count > 1 { holdingCPU { body(0) } } else { body(0) }
    done.wait()
}
