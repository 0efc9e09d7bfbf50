package io.netlink4j.route.tc;

import java.util.Locale;

/**
 * A rate as {@code tc} takes one: written {@code "8mbit"}, {@code "1.5gbit"}, {@code "100kbps"},
 * kept as the whole bytes per second the kernel receives ({@code tc} divides by 8 and drops the
 * fraction, and so does this).
 *
 * <p>Units, case-insensitive, as iproute2 6.1 reads them: {@code bit} (also a bare number),
 * {@code kbit}, {@code mbit}, {@code gbit}, {@code tbit} (powers of 1000), {@code kibit},
 * {@code mibit}, {@code gibit}, {@code tibit} (powers of 1024), and the same in bytes:
 * {@code bps}, {@code kbps}, {@code mbps}, {@code gbps}, {@code tbps}, {@code kibps}, ...
 * ({@code bps} is bytes per second, as in {@code tc}, not bits).
 *
 * @param bytesPerSecond at least 1
 */
public record Rate(long bytesPerSecond) implements Comparable<Rate> {
    private static final String UNITS = "bit, kbit, mbit, gbit, tbit, kibit, mibit, gibit, tibit, bps, kbps, mbps, gbps, "
            + "tbps, kibps, mibps, gibps, tibps";
    /** tc's table, searched in this order with strcasecmp. */
    private static final String[] NAMES = {"bit", "kibit", "kbit", "mibit", "mbit", "gibit", "gbit", "tibit", "tbit",
        "bps", "kibps", "kbps", "mibps", "mbps", "gibps", "gbps", "tibps", "tbps"};
    private static final double[] SCALES = {1., 1024., 1000., 1024. * 1024., 1000000., 1024. * 1024. * 1024.,
        1000000000., 1024. * 1024. * 1024. * 1024., 1000000000000., 8., 8. * 1024., 8000., 8. * 1024 * 1024, 8000000.,
        8. * 1024. * 1024. * 1024., 8000000000., 8. * 1024. * 1024. * 1024. * 1024., 8000000000000.};

    /** Checks that the rate is at least one byte per second. */
    public Rate {
        if (bytesPerSecond < 1) {
            throw new IllegalArgumentException("rate of " + bytesPerSecond + " bytes/s: at least 1 byte per second");
        }
    }

    /**
     * Parses a rate as {@code tc} does ({@code get_rate64}): {@code "8mbit"} is 1,000,000 bytes/s.
     *
     * @param text e.g. {@code "8mbit"}, {@code "1.5gbit"}, {@code "100kbps"}, {@code "64000"} (bits per second)
     * @return the rate, in whole bytes per second
     * @throws IllegalArgumentException naming the text and the rule it breaks
     */
    public static Rate parse(String text) {
        Units.Quantity q = Units.split(text, "rate", UNITS);
        double bits = q.number();
        if (!q.unit().isEmpty()) {
            int i = unit(q.unit());
            if (i < 0) {
                throw new IllegalArgumentException("rate '" + text + "': unknown unit '" + q.unit() + "' (" + UNITS + ")");
            }
            bits *= SCALES[i];
        }
        double bytes = bits / 8;
        if (bytes >= 0x1p63) {
            throw new IllegalArgumentException("rate '" + text + "' exceeds 2^63 bytes per second");
        }
        if (bytes < 1) {
            throw new IllegalArgumentException("rate '" + text + "' is less than 1 byte per second");
        }
        return new Rate((long) bytes);
    }

    private static int unit(String u) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equalsIgnoreCase(u)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code bits} per second, rounded down to whole bytes as {@code tc} does.
     *
     * @param bits bits per second, at least 8
     * @return the rate, {@code bits / 8} bytes per second
     * @throws IllegalArgumentException if {@code bits} is below 8
     */
    public static Rate ofBitsPerSecond(long bits) {
        if (bits < 8) {
            throw new IllegalArgumentException("rate of " + bits + " bit/s: at least 8 bit/s (1 byte per second)");
        }
        return new Rate(bits / 8);
    }

    /**
     * {@code bytes} per second.
     *
     * @param bytes bytes per second, at least 1
     * @return the rate
     * @throws IllegalArgumentException if {@code bytes} is below 1
     */
    public static Rate ofBytesPerSecond(long bytes) {
        return new Rate(bytes);
    }

    /**
     * Bits per second.
     *
     * @return the rate in bits per second ({@code bytesPerSecond * 8}; wraps above 2^60 bytes per second)
     */
    public long bitsPerSecond() {
        return bytesPerSecond * 8;
    }

    @Override
    public int compareTo(Rate o) {
        return Long.compare(bytesPerSecond, o.bytesPerSecond);
    }

    /** As {@code tc} prints it: {@code 8Mbit}, {@code 1500Kbit}, {@code 12345bit} (powers of 1000). */
    @Override
    public String toString() {
        return format(false);
    }

    /**
     * As {@code tc -iec} prints it: {@code 8Mibit} for 8 x 1024 x 1024 bit/s.
     *
     * @return the rate in powers of 1024: {@code bit}, {@code Kibit}, {@code Mibit}, {@code Gibit}, {@code Tibit}
     */
    public String toIecString() {
        return format(true);
    }

    /** A rate that may be 0 (an idle estimator), printed as tc prints rates. */
    static String formatBytes(long bytesPerSecond) {
        return bytesPerSecond == 0 ? "0bit" : new Rate(bytesPerSecond).toString();
    }

    private String format(boolean iec) {
        long kilo = iec ? 1024 : 1000;
        String[] units = {"", "K", "M", "G", "T"};
        long r = bytesPerSecond << 3;
        int i = 0;
        for (; i < units.length - 1; i++) {
            if (Long.compareUnsigned(r, kilo) < 0) {
                break;
            }
            if (r % kilo != 0 && Long.compareUnsigned(r, 1000 * kilo) < 0) {
                break;
            }
            r /= kilo;
        }
        return String.format(Locale.ROOT, "%d%s%sbit", r, units[i], i > 0 && iec ? "i" : "");
    }
}
