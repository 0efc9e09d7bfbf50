package io.netlink4j.route.tc;

import java.time.Duration;
import java.util.Locale;

/**
 * Times as {@code tc} reads and prints them: {@code "50ms"}, {@code "1.5s"}, {@code "200us"}.
 * Times are {@link Duration}s in this package's signatures; this class holds the one rule for
 * the text form. {@code tc} keeps times in whole microseconds in 32 bits, and so does this.
 *
 * <p>Units, case-insensitive: {@code s}/{@code sec}/{@code secs}, {@code ms}/{@code msec}/
 * {@code msecs}, {@code us}/{@code usec}/{@code usecs}; a bare number is microseconds.
 */
public final class TcTime {
    private static final String UNITS = "s, sec, secs, ms, msec, msecs, us, usec, usecs";
    /** The longest time {@code tc} carries: 2^32-1 microseconds (about 71 minutes). */
    public static final Duration MAX = Duration.ofNanos(0xffffffffL * 1000);

    private TcTime() {}

    /**
     * Parses a time as {@code tc} does ({@code get_time}), to whole microseconds.
     *
     * @param text e.g. {@code "50ms"}, {@code "1.5s"}, {@code "200us"}, {@code "200"} (microseconds)
     * @return the time, in whole microseconds, at most {@link #MAX}
     * @throws IllegalArgumentException naming the text and the rule it breaks
     */
    public static Duration parse(String text) {
        return parse(text, "time");
    }

    /** {@link #parse(String)} naming the value {@code what} in errors ({@code "latency"}). */
    static Duration parse(String text, String what) {
        Units.Quantity q = Units.split(text, what, UNITS);
        double t = q.number();
        switch (q.unit().toLowerCase(Locale.ROOT)) {
            case "" , "us", "usec", "usecs" -> { }
            case "s", "sec", "secs" -> t *= 1000000;
            case "ms", "msec", "msecs" -> t *= 1000;
            default -> throw new IllegalArgumentException(what + " '" + text + "': unknown unit '" + q.unit() + "' ("
                    + UNITS + ")");
        }
        if (t >= 0x1p32) {
            throw new IllegalArgumentException(what + " '" + text + "' exceeds " + format(MAX) + " (2^32-1 microseconds)");
        }
        return Duration.ofNanos((long) t * 1000);
    }

    /** The duration in whole microseconds, checked to fit tc's 32 bits. */
    static long micros(Duration d, String what) {
        if (d.isNegative()) {
            throw new IllegalArgumentException(what + " " + d + " is negative");
        }
        if (d.compareTo(MAX) > 0) {
            throw new IllegalArgumentException(what + " " + d + " exceeds " + format(MAX) + " (2^32-1 microseconds)");
        }
        if (d.toNanos() % 1000 != 0) {
            throw new IllegalArgumentException(what + " " + d + " is not a whole number of microseconds");
        }
        return d.toNanos() / 1000;
    }

    /**
     * As {@code tc} prints a time ({@code sprint_time}): {@code 50ms}, {@code 1.5s}, {@code 200us}.
     *
     * @param d a time, whole microseconds as {@code tc} keeps it (finer parts are dropped)
     * @return {@code tc}'s text: three significant digits in {@code s} or {@code ms}, else whole {@code us}
     */
    public static String format(Duration d) {
        long us = d.toNanos() / 1000;
        double tmp = us;
        if (tmp >= 1000000) {
            return Units.g(tmp / 1000000, 3) + "s";
        }
        if (tmp >= 1000) {
            return Units.g(tmp / 1000, 3) + "ms";
        }
        return us + "us";
    }
}
