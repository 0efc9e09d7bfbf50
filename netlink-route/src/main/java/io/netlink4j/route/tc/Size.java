package io.netlink4j.route.tc;

import java.util.Locale;

/**
 * Sizes in bytes as {@code tc} reads and prints them: {@code "32kb"} is 32768 bytes. Sizes are
 * {@code long} byte counts in this package's signatures; this class holds the one rule for
 * the text form.
 *
 * <p>Units, case-insensitive, as iproute2 6.1 reads them: {@code b} (also a bare number),
 * {@code k}/{@code kb} (1024), {@code m}/{@code mb} (1024²), {@code g}/{@code gb} (1024³), and
 * {@code kbit} (128), {@code mbit} (1024²/8), {@code gbit} (1024³/8). A fraction is allowed and
 * rounded down to whole bytes; the result must fit the kernel's 32 bits.
 */
public final class Size {
    private static final String UNITS = "b, k, kb, m, mb, g, gb, kbit, mbit, gbit";
    /** The largest size the kernel's 32-bit fields hold. */
    public static final long MAX = 0xffffffffL;

    private Size() {}

    /**
     * Parses a size as {@code tc} does ({@code get_size}).
     *
     * @param text e.g. {@code "32kb"}, {@code "1600"}, {@code "1.5mb"}, {@code "10kbit"}
     * @return the size in whole bytes, 0..{@link #MAX}
     * @throws IllegalArgumentException naming the text and the rule it breaks
     */
    public static long parse(String text) {
        return parse(text, "size");
    }

    /** {@link #parse(String)} naming the value {@code what} in errors ({@code "burst"}, {@code "limit"}). */
    static long parse(String text, String what) {
        Units.Quantity q = Units.split(text, what, UNITS);
        double sz = q.number();
        switch (q.unit().toLowerCase(Locale.ROOT)) {
            case "", "b" -> { }
            case "k", "kb" -> sz *= 1024;
            case "m", "mb" -> sz *= 1024 * 1024;
            case "g", "gb" -> sz *= 1024 * 1024 * 1024;
            case "kbit" -> sz *= 1024 / 8;
            case "mbit" -> sz *= 1024 * 1024 / 8;
            case "gbit" -> sz *= 1024 * 1024 * 1024 / 8;
            default -> throw new IllegalArgumentException(what + " '" + text + "': unknown unit '" + q.unit() + "' ("
                    + UNITS + ")");
        }
        if (Math.floor(sz) > MAX) {
            throw new IllegalArgumentException(what + " '" + text + "' exceeds " + MAX + " bytes (32 bits)");
        }
        return (long) sz;
    }

    /** Checks that {@code bytes} fits the kernel's 32-bit size fields; returns it. */
    static long check(long bytes, String what) {
        if (bytes < 0 || bytes > MAX) {
            throw new IllegalArgumentException(what + " of " + bytes + " bytes is out of range 0.." + MAX);
        }
        return bytes;
    }

    /**
     * As {@code tc} prints a size ({@code sprint_size}): {@code 32Kb}, {@code 1600b}, {@code 2Mb}.
     *
     * @param bytes a size in bytes
     * @return {@code tc}'s text: {@code Mb} or {@code Kb} where it is close to a whole number of them, else {@code b}
     */
    public static String format(long bytes) {
        long kilo = 1024;
        long mega = kilo * kilo;
        double tmp = bytes;
        if (bytes >= mega && Math.abs(mega * Math.rint(tmp / mega) - bytes) < 1024) {
            return Units.g(Math.rint(tmp / mega), 6) + "Mb";
        }
        if (bytes >= kilo && Math.abs(kilo * Math.rint(tmp / kilo) - bytes) < 16) {
            return Units.g(Math.rint(tmp / kilo), 6) + "Kb";
        }
        return bytes + "b";
    }
}
