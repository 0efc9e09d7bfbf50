package io.netlink4j.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the measured section of a benchmark costs per operation, beyond its wall time: heap
 * bytes allocated on the benchmark thread, and CPU time split into user and system, counting
 * the benchmark thread and the child processes it waited for (the forked {@code ip}).
 *
 * <p>JMH's GC profiler ({@code gc.alloc.rate.norm}) counts the whole iteration instead, each
 * invocation's namespace setup and teardown included. CPU time, unlike wall time, hardly moves
 * when other processes compete for the machine's two cores, so it shows where the time goes.
 * {@link MeasuredProfiler} reports both.
 */
final class Measured {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    /** {@code USER_HZ}: the unit of {@code /proc/self/stat}'s times, 100 on every Linux ABI. */
    private static final long NANOS_PER_TICK = 10_000_000L;
    private static final Path STAT = Path.of("/proc/self/stat");

    private static long bytes;
    private static long userNanos;
    private static long sysNanos;
    private static long units;

    private static long allocAt = -1;
    private static long cpuAt;
    private static long userAt;
    private static long childUserAt;
    private static long childSysAt;

    private Measured() {}

    /** Marks the start of a measured section. */
    static void start() {
        long[] children = childTicks();
        childUserAt = children[0];
        childSysAt = children[1];
        userAt = THREADS.getCurrentThreadUserTime();
        cpuAt = THREADS.getCurrentThreadCpuTime();
        allocAt = THREADS.getCurrentThreadAllocatedBytes();
    }

    /** Marks its end: {@code count} operations (pairs, namespaces, pods) were done in it. */
    static void stop(int count) {
        long alloc = THREADS.getCurrentThreadAllocatedBytes();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long user = THREADS.getCurrentThreadUserTime();
        long[] children = childTicks();
        if (allocAt < 0) {
            return;
        }
        synchronized (Measured.class) {
            bytes += alloc - allocAt;
            userNanos += (user - userAt) + (children[0] - childUserAt) * NANOS_PER_TICK;
            sysNanos += (cpu - cpuAt) - (user - userAt) + (children[1] - childSysAt) * NANOS_PER_TICK;
            units += count;
        }
        allocAt = -1;
    }

    /** Forgets what was counted (at the start of an iteration). */
    static synchronized void reset() {
        bytes = 0;
        userNanos = 0;
        sysNanos = 0;
        units = 0;
        allocAt = -1;
    }

    static synchronized long units() {
        return units;
    }

    static synchronized double bytesPerUnit() {
        return (double) bytes / units;
    }

    static synchronized double userMicrosPerUnit() {
        return userNanos / 1e3 / units;
    }

    static synchronized double sysMicrosPerUnit() {
        return sysNanos / 1e3 / units;
    }

    /** {@code cutime} and {@code cstime} of {@code /proc/self/stat}: reaped children's CPU. */
    private static long[] childTicks() {
        try {
            String s = Files.readString(STAT);
            // Fields after the parenthesised command name, which may itself hold spaces.
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[13]), Long.parseLong(f[14])};
        } catch (IOException e) {
            return new long[2];
        }
    }
}
