import CFolioSystem
import Dispatch

/// Settings of the process for a short, two-core run: see `folio_tune_allocator`. Call first thing in `main`.
public func tuneAllocator() {
    folio_tune_allocator()
}

/// Runs `body` on a new thread, on other CPUs than the caller's (see `folio_thread_start`), or right here
/// if no thread can be started.
public func startThread(_ body: @escaping @Sendable () -> Void) {
    final class Body {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }
    let box = Unmanaged.passRetained(Body(body)).toOpaque()
    let error = folio_thread_start({ raw in
        guard let raw else { return nil }
        Unmanaged<Body>.fromOpaque(raw).takeRetainedValue().run()
        return nil
    }, box)
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
