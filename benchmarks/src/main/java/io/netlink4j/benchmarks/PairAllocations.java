package io.netlink4j.benchmarks;

import java.lang.management.ManagementFactory;

/**
 * Heap bytes the measured code allocates on the benchmark thread, per pair (or pod), counted
 * with the JVM's per-thread allocation counter around the measured section only. JMH's GC
 * profiler ({@code gc.alloc.rate.norm}) counts the whole iteration instead, including each
 * invocation's namespace setup and teardown; {@link PairAllocationProfiler} reports this one.
 */
final class PairAllocations {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static long bytes;
    private static long units;
    private static long startedAt = -1;

    private PairAllocations() {}

    /** Marks the start of a measured section. */
    static void start() {
        startedAt = THREADS.getCurrentThreadAllocatedBytes();
    }

    /** Marks its end: {@code count} pairs were made or deleted in it. */
    static void stop(int count) {
        long now = THREADS.getCurrentThreadAllocatedBytes();
        if (startedAt >= 0) {
            bytes += now - startedAt;
            units += count;
        }
        startedAt = -1;
    }

    /** Forgets what was counted (at the start of an iteration). */
    static synchronized void reset() {
        bytes = 0;
        units = 0;
        startedAt = -1;
    }

    /** Bytes per pair since {@link #reset}, or NaN if nothing was counted. */
    static synchronized double perUnit() {
        return units == 0 ? Double.NaN : (double) bytes / units;
    }
}
