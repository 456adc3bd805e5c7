import Foundation

/// Objects that cost much to make and nothing to reuse, kept by key for the next user: a lease hands one out and
/// gives it back when it ends. Thread-safe; at most `limit` idle objects per key.
final class ObjectPool<Object: AnyObject>: @unchecked Sendable {
    private let lock = NSLock()
    /// Idle objects by key, guarded by `lock`.
    private var idle: [String: [Object]] = [:]
    private let limit: Int

    /// A pool that keeps at most `limit` idle objects per key.
    init(limit: Int) {
        self.limit = limit
    }

    /// An idle object for `key`, or a new one from `make`.
    func lease<Failure: Error>(key: String, make: () throws(Failure) -> Object) throws(Failure) -> Lease {
        lock.lock()
        let object = idle[key]?.popLast()
        lock.unlock()
        if let object { return Lease(object, key: key, pool: self) }
        return Lease(try make(), key: key, pool: self)
    }

    fileprivate func giveBack(_ object: Object, key: String) {
        lock.lock()
        defer { lock.unlock() }
        if idle[key, default: []].count < limit { idle[key, default: []].append(object) }
    }

    /// One object borrowed from the pool, returned to it when the lease ends. Not Sendable: one owner at a time.
    final class Lease {
        /// The borrowed object.
        let object: Object
        private let key: String
        private let pool: ObjectPool

        fileprivate init(_ object: Object, key: String, pool: ObjectPool) {
            self.object = object
            self.key = key
            self.pool = pool
        }

        deinit {
            pool.giveBack(object, key: key)
        }
    }
}
