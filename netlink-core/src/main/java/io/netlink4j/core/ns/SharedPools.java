package io.netlink4j.core.ns;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Starts the threads of the JVM's shared pools from a thread in the JVM's own namespace.
 *
 * <p>Linux copies the creating thread's namespaces into every new thread, and a pool creates a
 * worker on the thread that submits work to it. If the first virtual thread (or parallel stream,
 * or {@code CompletableFuture.supplyAsync}) were started from code inside a namespace, the
 * carrier or worker made for it would live in that namespace for good and later run unrelated
 * work there (seen on JDK 25: the carrier, the {@code VirtualThread-unblocker} and the common
 * pool's worker were all born inside). Starting the full set of workers beforehand, from the
 * right namespace, means code inside finds them and creates none.
 *
 * <p>Idle workers are trimmed after the pool's keep-alive (30 s for the virtual-thread
 * scheduler, 60 s for the common pool), so a warm-up counts as fresh for 10 s only; within that
 * window {@link #warm} returns at once.
 */
final class SharedPools {
    private static final long RENDEZVOUS_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    private static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(10);

    private static volatile long warmedAt;
    private static volatile boolean schedulersStarted;

    private SharedPools() {}

    /** Makes sure the shared pools have all their workers; call only from the JVM's own namespace. */
    static void warm() {
        if (isFresh()) {
            return;
        }
        synchronized (SharedPools.class) {
            if (isFresh()) {
                return;
            }
            if (!schedulersStarted) {
                startDelaySchedulers();
                schedulersStarted = true;
            }
            int carriers = Integer.getInteger("jdk.virtualThreadScheduler.parallelism",
                    Runtime.getRuntime().availableProcessors());
            rendezvous(carriers, r -> Thread.ofVirtual().start(r));
            rendezvous(ForkJoinPool.getCommonPoolParallelism(), r -> ForkJoinPool.commonPool().execute(r));
            warmedAt = System.nanoTime() | 1; // never 0, which means "not yet"
        }
    }

    private static boolean isFresh() {
        long at = warmedAt;
        return at != 0 && System.nanoTime() - at < FRESH_NANOS;
    }

    /**
     * The timer threads behind virtual-thread timeouts and {@code CompletableFuture} delays are
     * started by the first timed wait; make that happen here, once.
     */
    private static void startDelaySchedulers() {
        CountDownLatch done = new CountDownLatch(2);
        Thread.ofVirtual().start(() -> {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            done.countDown();
        });
        CompletableFuture.delayedExecutor(1, TimeUnit.MILLISECONDS).execute(done::countDown);
        try {
            done.await(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Runs {@code n} tasks that spin until all {@code n} are running at once, which forces the
     * pool to have {@code n} workers, and waits until they have met (or 200 ms have passed: the
     * workers are then busy, so they exist). Idle existing workers make this quick.
     */
    private static void rendezvous(int n, Consumer<Runnable> submit) {
        AtomicInteger arrived = new AtomicInteger();
        long deadline = System.nanoTime() + RENDEZVOUS_NANOS;
        Runnable task = () -> {
            arrived.incrementAndGet();
            while (arrived.get() < n && System.nanoTime() - deadline < 0) {
                Thread.onSpinWait();
            }
        };
        for (int i = 0; i < n; i++) {
            submit.accept(task);
        }
        while (arrived.get() < n && System.nanoTime() - deadline < 0) {
            Thread.onSpinWait();
        }
    }
}
