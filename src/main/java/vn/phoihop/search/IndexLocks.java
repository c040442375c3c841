package vn.phoihop.search;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Serialises the re-indexing of one item: listeners run in parallel, and of two that read and write the same item
 * the later must write last (it read the later state). One node only; across nodes the next change repairs a race.
 */
@Component
class IndexLocks {

    private final ReentrantLock[] stripes = new ReentrantLock[64];

    IndexLocks() {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    <T> T with(String key, Supplier<T> work) {
        ReentrantLock lock = stripes[Math.floorMod(key.hashCode(), stripes.length)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
