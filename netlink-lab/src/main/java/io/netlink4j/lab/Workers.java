package io.netlink4j.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Work on many namespaces at once. Creating a namespace is the kernel's slowest step
 * ({@code setup_net}) and runs in parallel on separate threads, so the lab spreads per-node work
 * over a few platform threads of the JVM's own namespace (they never enter another: the library
 * makes descriptors inside on threads of its own).
 */
final class Workers {
    /**
     * Four per CPU (at least 4, at most 16): the work mostly waits — for the kernel's namespace
     * set-up, for the library's threads that enter a namespace — so more threads than CPUs keep
     * the CPUs busy (measured on 2 CPUs: linear,50 up in ~260 ms with 8, ~370 ms with 2 or 4).
     */
    static final int THREADS = Math.max(4, Math.min(16, 4 * Runtime.getRuntime().availableProcessors()));
    private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS,
            Thread.ofPlatform().daemon().name("netlink-lab-", 0).factory());

    private Workers() {}

    /**
     * Runs {@code work} on every item, {@link #THREADS} at a time, and waits for all. If some fail,
     * the first failure is thrown with the others suppressed in it, after every item has run.
     */
    static <T> void each(List<T> items, Consumer<T> work) {
        if (items.size() <= 1) {
            for (T t : items) {
                work.accept(t);
            }
            return;
        }
        List<Future<?>> futures = new ArrayList<>(items.size());
        for (T t : items) {
            futures.add(POOL.submit(() -> work.accept(t)));
        }
        RuntimeException failure = null;
        boolean interrupted = false;
        for (Future<?> f : futures) {
            while (true) {
                try {
                    f.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the work must end before the caller goes on
                } catch (ExecutionException e) {
                    RuntimeException r = e.getCause() instanceof RuntimeException re ? re
                            : e.getCause() instanceof Error err ? throwError(err)
                            : new IllegalStateException(e.getCause());
                    if (failure == null) {
                        failure = r;
                    } else if (failure != r) {
                        failure.addSuppressed(r);
                    }
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Work on one item that may wait and be interrupted. */
    @FunctionalInterface
    interface Waiting<T> {
        void accept(T item) throws InterruptedException;
    }

    /**
     * {@link #each} for work that waits (pings): when the caller is interrupted, every item's work
     * is interrupted too, and once all have ended this throws {@link InterruptedException}.
     */
    static <T> void eachInterruptibly(List<T> items, Waiting<T> work) throws InterruptedException {
        List<Future<?>> futures = new ArrayList<>(items.size());
        for (T t : items) {
            futures.add(POOL.submit(() -> {
                work.accept(t);
                return null;
            }));
        }
        RuntimeException failure = null;
        for (int i = 0; i < futures.size(); i++) {
            try {
                futures.get(i).get();
            } catch (InterruptedException e) {
                futures.forEach(f -> f.cancel(true));
                for (Future<?> f : futures) {
                    awaitEnd(f);
                }
                throw e;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof InterruptedException ie) {
                    throw ie;
                }
                RuntimeException r = e.getCause() instanceof RuntimeException re ? re
                        : e.getCause() instanceof Error err ? throwError(err) : new IllegalStateException(e.getCause());
                if (failure == null) {
                    failure = r;
                } else if (failure != r) {
                    failure.addSuppressed(r);
                }
            } catch (java.util.concurrent.CancellationException e) {
                // cancelled above
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Waits, without being interrupted, until a cancelled task has stopped running. */
    private static void awaitEnd(Future<?> f) {
        boolean interrupted = false;
        while (!f.isDone()) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static RuntimeException throwError(Error e) {
        throw e;
    }
}
