import Testing

@testable import PressAlign

@Suite("Object pools")
struct ObjectPoolTests {
    final class Box {}

    @Test("A returned object is lent again; overlapping leases get different objects; the limit holds")
    func reuse() {
        let pool = ObjectPool<Box>(limit: 1)
        var made = 0
        func make() -> Box {
            made += 1
            return Box()
        }
        var first: ObjectPool<Box>.Lease? = pool.lease(key: "ru", make: make)
        let firstObject = first!.object
        let second = pool.lease(key: "ru", make: make)
        #expect(second.object !== firstObject)
        first = nil
        #expect(pool.lease(key: "ru", make: make).object === firstObject)
        // Another key has its own objects.
        #expect(pool.lease(key: "en", make: make).object !== firstObject)
        #expect(made == 3)
        // A pool without room keeps nothing.
        let empty = ObjectPool<Box>(limit: 0)
        let object = empty.lease(key: "ru", make: make).object
        #expect(empty.lease(key: "ru", make: make).object !== object)
        #expect(first == nil)
    }
}
