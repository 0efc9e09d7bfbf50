package io.netlink4j.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the measured section of a benchmark costs per operation, beyond its wall time: heap
 * bytes allocated on the benchmark thread, and CPU time split into user and system, counting
 * every thread of the JVM (the library's own namespace threads too) and the child processes it
 * waited for (the forked {@code ip}), from {@code /proc/self/stat} in clock ticks of 10 ms,
 * summed over the iteration's many measured sections.
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
    private static long[] ticksAt;

    private Measured() {}

    /** Marks the start of a measured section. */
    static void start() {
        ticksAt = ticks();
        allocAt = THREADS.getCurrentThreadAllocatedBytes();
    }

    /** Marks its end: {@code count} operations (pairs, namespaces, pods) were done in it. */
    static void stop(int count) {
        long alloc = THREADS.getCurrentThreadAllocatedBytes();
        long[] t = ticks();
        if (allocAt < 0) {
            return;
        }
        synchronized (Measured.class) {
            bytes += alloc - allocAt;
            userNanos += (t[0] - ticksAt[0] + t[2] - ticksAt[2]) * NANOS_PER_TICK;
            sysNanos += (t[1] - ticksAt[1] + t[3] - ticksAt[3]) * NANOS_PER_TICK;
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

    /**
     * {@code utime, stime, cutime, cstime} of {@code /proc/self/stat}: all threads, live and
     * ended, and the reaped children.
     */
    private static long[] ticks() {
        try {
            String s = Files.readString(STAT);
            // Fields after the parenthesised command name, which may itself hold spaces.
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]),
                    Long.parseLong(f[14])};
        } catch (IOException e) {
            return new long[4];
        }
    }
}
