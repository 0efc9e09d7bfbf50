package io.netlink4j.lab.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** tc's words for rates and times, parsed and printed as tc(8) does ("1mbit", "20ms"). */
final class Units {
    private static final Pattern NUMBER = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-z%]*)");
    /** tc(8) RATES: a bare number and "bit" are bits per second; "bps" are bytes per second. */
    private static final Map<String, Long> RATES = Map.ofEntries(
            Map.entry("", 1L), Map.entry("bit", 1L), Map.entry("kbit", 1_000L), Map.entry("mbit", 1_000_000L),
            Map.entry("gbit", 1_000_000_000L), Map.entry("tbit", 1_000_000_000_000L),
            Map.entry("kibit", 1L << 10), Map.entry("mibit", 1L << 20), Map.entry("gibit", 1L << 30),
            Map.entry("tibit", 1L << 40), Map.entry("bps", 8L), Map.entry("kbps", 8_000L),
            Map.entry("mbps", 8_000_000L), Map.entry("gbps", 8_000_000_000L), Map.entry("tbps", 8_000_000_000_000L),
            Map.entry("kibps", 8L << 10), Map.entry("mibps", 8L << 20), Map.entry("gibps", 8L << 30),
            Map.entry("tibps", 8L << 40));
    /** tc(8) TIMES, in nanoseconds; a bare number is microseconds. */
    private static final Map<String, Long> TIMES = Map.of("", 1_000L, "s", 1_000_000_000L, "sec", 1_000_000_000L,
            "secs", 1_000_000_000L, "ms", 1_000_000L, "msec", 1_000_000L, "msecs", 1_000_000L, "us", 1_000L,
            "usec", 1_000L, "usecs", 1_000L);

    private Units() {}

    /** A rate such as {@code "1mbit"} in bits per second. */
    static long rate(String text) {
        Matcher m = match(text, "rate", "1mbit, 512kbit, 10mbps");
        Long unit = RATES.get(m.group(2).toLowerCase(Locale.ROOT));
        if (unit == null) {
            throw new IllegalArgumentException("rate '" + text + "' has an unknown unit '" + m.group(2)
                    + "': bit, kbit, mbit, gbit, tbit, bps, kbps, mbps, gbps (tc's units)");
        }
        BigDecimal bits = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit));
        if (bits.signum() <= 0 || bits.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException("rate '" + text + "' is out of range: more than 0 bit/s");
        }
        return bits.longValue();
    }

    /** A time such as {@code "20ms"}. */
    static Duration time(String text) {
        Matcher m = match(text, "time", "20ms, 1s, 500us");
        Long unit = TIMES.get(m.group(2).toLowerCase(Locale.ROOT));
        if (unit == null) {
            throw new IllegalArgumentException("time '" + text + "' has an unknown unit '" + m.group(2)
                    + "': s, ms, us (tc's units)");
        }
        BigDecimal nanos = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit));
        if (nanos.compareTo(BigDecimal.valueOf(Duration.ofHours(1).toNanos())) > 0) {
            throw new IllegalArgumentException("time '" + text + "' is out of range: at most 1 hour");
        }
        return Duration.ofNanos(nanos.longValue());
    }

    /** A loss such as {@code "1%"} or {@code "0.5%"} as a fraction (0.01). */
    static double percent(String text) {
        Matcher m = match(text, "percentage", "1%, 0.5%");
        if (!m.group(2).equals("%")) {
            throw new IllegalArgumentException("percentage '" + text + "' must end in '%', e.g. 1%");
        }
        return Double.parseDouble(m.group(1)) / 100;
    }

    private static Matcher match(String text, String what, String examples) {
        if (text == null) {
            throw new NullPointerException(what);
        }
        Matcher m = NUMBER.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a number with a unit, e.g. " + examples);
        }
        return m;
    }

    /** {@code 1000000} as tc prints it: {@code 1Mbit}. */
    static String formatRate(long bits) {
        if (bits % 1_000_000_000 == 0) {
            return bits / 1_000_000_000 + "gbit";
        }
        if (bits % 1_000_000 == 0) {
            return bits / 1_000_000 + "mbit";
        }
        if (bits % 1_000 == 0) {
            return bits / 1_000 + "kbit";
        }
        return bits + "bit";
    }

    /** A duration as tc prints it: {@code 20ms}, {@code 1s}, {@code 500us}. */
    static String formatTime(Duration d) {
        long ns = d.toNanos();
        if (ns % 1_000_000_000 == 0) {
            return ns / 1_000_000_000 + "s";
        }
        if (ns % 1_000_000 == 0) {
            return ns / 1_000_000 + "ms";
        }
        return BigDecimal.valueOf(ns).divide(BigDecimal.valueOf(1000)).stripTrailingZeros().toPlainString() + "us";
    }

    /** A fraction as a percentage: {@code 0.015} is {@code 1.5%}. */
    static String formatPercent(double fraction) {
        return BigDecimal.valueOf(fraction * 100).round(new java.math.MathContext(6)).stripTrailingZeros()
                .toPlainString() + "%";
    }
}
