import Foundation

/// The bytes of a finished PDF, read by position: an array, or a file read a window at a time.
package protocol PDFBytes {
    var count: Int { get }
    subscript(_ i: Int) -> UInt8 { get }
    func slice(_ range: Range<Int>) -> [UInt8]
    /// Where `needle` first occurs at or after `from`.
    func firstIndex(of needle: [UInt8], from: Int) -> Int?
}

extension PDFBytes {
    package func firstIndex(of needle: [UInt8], from: Int) -> Int? {
        guard needle.count <= count, let first = needle.first else { return nil }
        var i = max(0, from)
        let last = count - needle.count
        outer: while i <= last {
            if self[i] != first { i += 1; continue }
            for j in 1..<needle.count where self[i + j] != needle[j] { i += 1; continue outer }
            return i
        }
        return nil
    }

    package func matches(_ needle: [UInt8], at i: Int) -> Bool {
        guard i >= 0, i + needle.count <= count else { return false }
        for j in needle.indices where self[i + j] != needle[j] { return false }
        return true
    }
}

extension Array: PDFBytes where Element == UInt8 {
    package func slice(_ range: Range<Int>) -> [UInt8] { Array(self[range]) }

    /// memchr for the first byte, then memcmp: the whole file is searched on every build.
    package func firstIndex(of needle: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, from >= 0, from + needle.count <= count else { return nil }
        return withUnsafeBytes { haystack -> Int? in
            needle.withUnsafeBytes { pattern -> Int? in
                guard let base = haystack.baseAddress, let pattern = pattern.baseAddress else { return nil }
                let last = count - needle.count
                var i = from
                while i <= last {
                    guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return nil }
                    let at = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + at, pattern, needle.count) == 0 { return at }
                    i = at + 1
                }
                return nil
            }
        }
    }
}

/// A file read through a one-megabyte window, so scanning a large PDF costs a megabyte of memory.
package final class PDFFileBytes: PDFBytes {
    private let handle: FileHandle
    package let count: Int
    private var window: [UInt8] = []
    private var windowStart = 0
    private let windowSize: Int

    /// `windowSize`: bytes read at a time (a megabyte; tests use small windows to cross their edges).
    package init(_ url: URL, windowSize: Int = 1 << 20) throws {
        handle = try FileHandle(forReadingFrom: url)
        count = Int(try handle.seekToEnd())
        self.windowSize = max(16, windowSize)
    }

    deinit { try? handle.close() }

    package subscript(_ i: Int) -> UInt8 {
        if i < windowStart || i >= windowStart + window.count { load(around: i) }
        let k = i - windowStart
        return window.indices.contains(k) ? window[k] : 0
    }

    /// The bytes of `range`, copied from the window a window-load at a time (not byte by byte).
    package func slice(_ range: Range<Int>) -> [UInt8] {
        let range = range.clamped(to: 0..<count)
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            if i < windowStart || i >= windowStart + window.count { load(around: i) }
            let k = i - windowStart
            guard window.indices.contains(k) else { break }
            let take = min(range.upperBound - i, window.count - k)
            out += window[k..<(k + take)]
            i += take
        }
        return out
    }

    /// The whole file in one read (for a file small enough to hold).
    package func contents() throws -> [UInt8] {
        try handle.seek(toOffset: 0)
        return [UInt8](try handle.read(upToCount: count) ?? Data())
    }

    private func load(around i: Int) {
        windowStart = (i / windowSize) * windowSize
        do {
            try handle.seek(toOffset: UInt64(windowStart))
            window = [UInt8](try handle.read(upToCount: windowSize) ?? Data())
        } catch {
            window = []
        }
    }
}
