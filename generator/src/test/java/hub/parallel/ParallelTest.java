package hub.parallel;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParallelTest {
    @Test
    void everyIndexOnceWhateverTheCount() {
        for (int n : new int[] {0, 1, 2, 7, 129, 10_000}) {
            AtomicIntegerArray seen = new AtomicIntegerArray(n);
            Parallel.forEach(n, seen::incrementAndGet);
            for (int i = 0; i < n; i++) assertEquals(1, seen.get(i), "index " + i + " of " + n);
        }
    }

    /** Paths as a site has them (shared prefixes, non-ASCII, upper case), enough that the sort is split across threads. */
    @Test
    void sortedKeysAreTheTreeMapsOrder() {
        java.util.Random random = new java.util.Random(4);
        String[] parts = {"briefing/", "blog/", "search/t.", "page/", "Ē/", "é", "z", "A", "-", "/", "index.html", ""};
        java.util.Map<String, Integer> map = new java.util.concurrent.ConcurrentHashMap<>();
        for (int i = 0; i < 200_000; i++) {
            StringBuilder key = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) key.append(parts[random.nextInt(parts.length)]).append(random.nextInt(50));
            map.put(key.toString(), i);
        }
        assertEquals(List.copyOf(new java.util.TreeMap<>(map).keySet()), List.of(Parallel.sortedKeys(map)));
        assertEquals(0, Parallel.sortedKeys(java.util.Map.of()).length);
    }

    @Test
    void mapKeepsTheItemsOrder() {
        List<Integer> items = IntStream.range(0, 5_000).boxed().toList();
        List<String> out = Parallel.map(items, i -> i % 3 == 0 ? null : "#" + i);
        assertEquals(items.size(), out.size());
        for (int i = 0; i < items.size(); i++) assertEquals(i % 3 == 0 ? null : "#" + i, out.get(i));
        assertThrows(UnsupportedOperationException.class, () -> out.set(1, "x"));
    }

    @Test
    void everyActionHasEndedWhenItReturns() {
        // The slow items are the last: a helper may still be on one when this thread runs out of work.
        int n = 200;
        AtomicIntegerArray done = new AtomicIntegerArray(n);
        Parallel.forEach(n, i -> {
            if (i >= n - 4) sleep(50);
            done.set(i, 1);
        });
        for (int i = 0; i < n; i++) assertEquals(1, done.get(i), "index " + i);
    }

    @Test
    void theFirstExceptionIsThrownAsItWasAndTheRestStop() {
        IllegalArgumentException boom = new IllegalArgumentException("item 10");
        List<Integer> after = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean thrown = new AtomicBoolean();
        var e = assertThrows(IllegalArgumentException.class, () -> Parallel.forEach(100_000, i -> {
            if (i == 10) {
                thrown.set(true);
                throw boom;
            }
            if (thrown.get()) after.add(i);
        }));
        assertSame(boom, e);
        // Each thread finishes at most the batch it was in (100,000 items: batches of a few hundred).
        assertTrue(after.size() < 10_000, after.size() + " items ran after the failure");
    }

    @Test
    void aBusyPoolDoesNotHoldTheCaller() throws Exception {
        // Every worker of the common pool is blocked: the helpers wait in its queue, and the caller must do all the
        // work itself and return, not wait for a helper that has not started.
        int workers = ForkJoinPool.getCommonPoolParallelism();
        CountDownLatch blocked = new CountDownLatch(workers), release = new CountDownLatch(1);
        for (int k = 0; k < workers; k++) {
            ForkJoinPool.commonPool().execute(() -> {
                blocked.countDown();
                await(release);
            });
        }
        try {
            assertTrue(blocked.await(30, TimeUnit.SECONDS), "the pool's workers did not start");
            AtomicIntegerArray seen = new AtomicIntegerArray(1_000);
            Thread t = new Thread(() -> Parallel.forEach(1_000, seen::incrementAndGet));
            t.start();
            t.join(TimeUnit.SECONDS.toMillis(30)); // (a guard against hanging the suite, not a measure)
            assertFalse(t.isAlive(), "forEach waited for a helper the busy pool had not started");
            for (int i = 0; i < 1_000; i++) assertEquals(1, seen.get(i));
        } finally {
            release.countDown();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
