package io.netlink4j.route.tc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The kernel's packet scheduler clock as {@code /proc/net/psched} states it, and iproute2's
 * conversions over it (tc/tc_core.c): times in ticks for rate tables, buffers and netem delays,
 * and the timer frequency htb sizes its default bursts by. Read once, as {@code tc} reads it at
 * start; the four numbers are the same on every kernel with high-resolution timers
 * ({@code 000003e8 00000040 000f4240 3b9aca00}).
 *
 * @param tickInUsec  ticks per microsecond ({@code tick_in_usec}: 15.625 on current kernels)
 * @param clockFactor {@code clock_factor}
 * @param hz          the timer frequency {@code get_hz()} reports
 */
record Psched(double tickInUsec, double clockFactor, long hz) {
    private static final double TIME_UNITS_PER_SEC = 1000000;
    private static final Psched MODERN = of(0x3e8, 0x40, 0xf4240, 0x3b9aca00);
    private static volatile Psched system;

    /** The values of this machine's kernel; those of a high-resolution kernel if the file is unreadable. */
    static Psched system() {
        Psched p = system;
        if (p == null) {
            p = read(Path.of("/proc/net/psched"));
            system = p;
        }
        return p;
    }

    static Psched read(Path file) {
        try {
            String[] f = Files.readString(file).trim().split("\\s+");
            return of(Long.parseLong(f[0], 16), Long.parseLong(f[1], 16), Long.parseLong(f[2], 16),
                    Long.parseLong(f[3], 16));
        } catch (IOException | RuntimeException e) {
            return MODERN;
        }
    }

    /** From the four hex fields of {@code /proc/net/psched}, as tc_core_init and __get_hz compute. */
    static Psched of(long t2us, long us2t, long clockRes, long fourth) {
        // tc_core_init: a kernel with nanosecond resolution advertises t2us 1000 meaning 1.
        if (clockRes == 1000000000) {
            t2us = us2t;
        }
        double clockFactor = (double) clockRes / TIME_UNITS_PER_SEC;
        double tick = (double) t2us / us2t * clockFactor;
        long hz = clockRes == 1000000 ? fourth : 100;
        return new Psched(tick, clockFactor, hz);
    }

    /** {@code tc_core_time2tick}: microseconds (a C unsigned int) to ticks. */
    long time2tick(long usec) {
        return (long) (((double) (usec & 0xffffffffL)) * tickInUsec) & 0xffffffffL;
    }

    /** {@code tc_core_tick2time}: ticks to microseconds (a C unsigned int). */
    long tick2time(long ticks) {
        return (long) ((ticks & 0xffffffffL) / tickInUsec) & 0xffffffffL;
    }

    /** {@code tc_core_time2big}: whether {@code usec} in ticks overflows 32 bits. */
    boolean time2big(long usec) {
        return (long) ((double) usec * tickInUsec) >>> 32 != 0;
    }

    /** {@code tc_calc_xmittime}: ticks to send {@code size} bytes at {@code rate} bytes/s. */
    long xmittime(long rate, long size) {
        double usec = TIME_UNITS_PER_SEC * ((double) size / (double) rate);
        return time2tick(toUnsignedInt(usec));
    }

    /** {@link #xmittime} without C's 32-bit wrap-around, so that it never decreases as the size grows. */
    long xmittimeWide(long rate, long size) {
        double usec = TIME_UNITS_PER_SEC * ((double) size / (double) rate);
        return (long) ((double) (long) usec * tickInUsec);
    }

    /** {@code tc_calc_xmitsize}: bytes sent in {@code ticks} at {@code rate} bytes/s. */
    long xmitsize(long rate, long ticks) {
        return toUnsignedInt(((double) rate * tick2time(ticks)) / TIME_UNITS_PER_SEC);
    }

    /** C's conversion of a double to {@code unsigned int}, as the values tc handles here stay in range. */
    private static long toUnsignedInt(double v) {
        return ((long) v) & 0xffffffffL;
    }
}
