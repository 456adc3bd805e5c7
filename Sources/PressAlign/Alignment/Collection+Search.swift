extension RandomAccessCollection {
    /// The first index whose element fails `belongsBefore`, for a collection partitioned so that every element that
    /// satisfies it comes first (binary search; a sorted collection's lower bound when `belongsBefore` is `< value`).
    ///
    /// - Complexity: O(log n).
    func partitioningIndex(where belongsBefore: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if belongsBefore(self[middle]) {
                low = index(after: middle)
                count -= half + 1
            } else {
                count = half
            }
        }
        return low
    }
}

extension Array where Element: Comparable {
    /// The distinct elements, ascending.
    func sortedUnique() -> [Element] {
        var sorted = Array(self)
        if sorted.count <= 32 {
            // Insertion sort: a sentence's keys are a few dozen at most, where it beats the general sort.
            sorted.withUnsafeMutableBufferPointer { buffer in
                for index in buffer.indices.dropFirst() {
                    let element = buffer[index]
                    var position = index
                    while position > 0 && element < buffer[position - 1] {
                        buffer[position] = buffer[position - 1]
                        position -= 1
                    }
                    buffer[position] = element
                }
            }
        } else {
            sorted.sort()
        }
        var write = 0
        for read in sorted.indices where read == 0 || sorted[read] != sorted[read - 1] {
            sorted[write] = sorted[read]
            write += 1
        }
        sorted.removeLast(sorted.count - write)
        return sorted
    }
}
