package io.netlink4j.core.ns;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts the workers of the JVM's shared thread pools from a thread in the JVM's own namespace.
 *
 * <p>Linux copies the creating thread's namespaces into every new thread, and a pool creates a
 * worker on the thread that submits work to it. If the first virtual thread (or parallel stream,
 * or {@code CompletableFuture.supplyAsync}) were started from code inside a namespace, the
 * carrier or worker made for it would live in that namespace for good and later run unrelated
 * work there. Starting the full set of workers beforehand, from the right namespace, means code
 * inside finds idle workers and creates none. Best effort: a pool that trims idle workers (after
 * about 30 s) may create one later, from whichever thread submits then.
 */
final class SharedPools {
    private static final long RENDEZVOUS_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private SharedPools() {}

    static void warm() {
        int carriers = Integer.getInteger("jdk.virtualThreadScheduler.parallelism",
                Runtime.getRuntime().availableProcessors());
        rendezvous(carriers, r -> Thread.ofVirtual().start(r));
        int common = ForkJoinPool.getCommonPoolParallelism();
        rendezvous(common, r -> ForkJoinPool.commonPool().execute(r));
    }

    /**
     * Runs {@code n} tasks that spin until all {@code n} are running at once, which forces the
     * pool to have {@code n} workers. Idle existing workers make this quick.
     */
    private static void rendezvous(int n, java.util.function.Consumer<Runnable> submit) {
        AtomicInteger arrived = new AtomicInteger();
        AtomicInteger left = new AtomicInteger();
        long deadline = System.nanoTime() + RENDEZVOUS_NANOS;
        Runnable task = () -> {
            arrived.incrementAndGet();
            while (arrived.get() < n && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            left.incrementAndGet();
        };
        for (int i = 0; i < n; i++) {
            submit.accept(task);
        }
        while (left.get() < n && System.nanoTime() < deadline + RENDEZVOUS_NANOS) {
            Thread.onSpinWait();
        }
    }
}
