package hub.parallel;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Runs an action for every item of a list on the calling thread and the common pool's workers, each thread taking
 * the next batch of items when it has done its last (a batch is a 64th of a thread's share, so no thread is left with
 * much when the others run out). Results and the order in which callers see them are those of a loop: what runs in
 * parallel is only the order in which items are worked on.
 */
public final class Parallel {
    /** Batches per thread: small enough that the last one is short, large enough that taking one costs nothing. */
    private static final int BATCHES_PER_THREAD = 64;

    private Parallel() {
    }

    /** {@code action} for every index from 0 to {@code n - 1}. The first exception any of them throws is thrown here, as it was thrown. */
    public static void forEach(int n, IntConsumer action) {
        int threads = n <= 1 ? 1 : Math.min(n, ForkJoinPool.getCommonPoolParallelism() + 1);
        if (threads == 1) {
            for (int i = 0; i < n; i++) action.accept(i);
            return;
        }
        int batch = Math.max(1, n / (threads * BATCHES_PER_THREAD));
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Runnable drain = () -> {
            try {
                for (int from; (from = next.getAndAdd(batch)) < n; ) {
                    for (int i = from, to = Math.min(n, from + batch); i < to; i++) action.accept(i);
                }
            } catch (Throwable t) {
                next.set(n); // the others stop at their next batch
                if (!failed.compareAndSet(null, t) && failed.get() != t) failed.get().addSuppressed(t);
            }
        };
        // Helpers are asked of the common pool; one that starts after the work is done does nothing. This thread waits
        // only for helpers that started, never for one still queued behind other work of the pool.
        Helpers helpers = new Helpers();
        for (int k = 1; k < threads; k++) ForkJoinPool.commonPool().execute(() -> helpers.run(drain));
        drain.run();
        helpers.close();
        Throwable t = failed.get();
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        if (t != null) throw new IllegalStateException(t); // (an action cannot throw a checked exception; a sneaky one)
    }

    /** The helpers that started and have not ended; after {@link #close}, none starts. */
    private static final class Helpers {
        private int running;
        private boolean closed;

        void run(Runnable drain) {
            synchronized (this) {
                if (closed) return;
                running++;
            }
            try {
                drain.run();
            } finally {
                synchronized (this) {
                    running--;
                    notifyAll();
                }
            }
        }

        /** Waits until no helper runs (what they wrote is then seen by this thread), and lets no other start. */
        synchronized void close() {
            closed = true;
            boolean interrupted = false;
            while (running > 0) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true; // the items' actions must end before the caller goes on
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /** {@code action} for every item. */
    public static <T> void forEach(List<T> items, Consumer<? super T> action) {
        forEach(items.size(), i -> action.accept(items.get(i)));
    }

    /** {@code f} of every item, in the items' order (unmodifiable; nulls kept). */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
        return map(items.size(), i -> f.apply(items.get(i)));
    }

    /** {@code f} of every index from 0 to {@code n - 1}, in that order (unmodifiable; nulls kept). */
    @SuppressWarnings("unchecked")
    public static <R> List<R> map(int n, IntFunction<? extends R> f) {
        Object[] out = new Object[n];
        forEach(n, i -> out[i] = f.apply(i));
        return (List<R>) Collections.unmodifiableList(Arrays.asList(out));
    }

    /**
     * The keys of {@code map} in their natural order, sorted on every core. A build writes its memos and its output
     * manifest in path order: at 100,000 documents the manifest alone holds 690,000 paths, and putting them into a
     * TreeMap to walk them in order was 4.7 s on one thread. Keys are distinct, so the order is the same however the sort
     * is split.
     */
    public static String[] sortedKeys(java.util.Map<String, ?> map) {
        String[] keys = map.keySet().toArray(new String[0]);
        Arrays.parallelSort(keys);
        return keys;
    }
}
