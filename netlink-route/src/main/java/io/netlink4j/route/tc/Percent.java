package io.netlink4j.route.tc;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A probability as netem carries it: {@code "1%"}, {@code "0.1%"}, {@code "25%"}, kept as the
 * kernel's 32-bit fixed point where 2^32-1 is 100% ({@code tc} rounds to the nearest step, and
 * so does this). Two percents are equal when the kernel cannot tell them apart.
 *
 * @param value 0 (never) .. 4294967295 (always)
 */
public record Percent(long value) {
    private static final double ONE = 4294967295.0;
    /** 0%. */
    public static final Percent ZERO = new Percent(0);

    /** Checks the 32-bit range. */
    public Percent {
        if (value < 0 || value > 0xffffffffL) {
            throw new IllegalArgumentException("probability " + value + " is out of range 0..4294967295 (0..100%)");
        }
    }

    /**
     * {@code percent} per cent, 0..100, as {@code tc} scales it ({@code rint(p / 100 * (2^32-1))}).
     *
     * @param percent 0..100, fractions allowed
     * @return the probability, rounded to the kernel's nearest step
     * @throws IllegalArgumentException if {@code percent} is out of range or not a number
     */
    public static Percent of(double percent) {
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("percentage " + percent + " is out of range 0..100");
        }
        return new Percent((long) Math.rint(percent / 100. * ONE));
    }

    /**
     * Parses {@code "1%"}, {@code "0.1%"} or a bare {@code "25"} (per cent), as {@code tc} does.
     *
     * @param text e.g. {@code "1%"}, {@code "0.1%"}, {@code "25"}
     * @return the probability, rounded to the kernel's nearest step
     * @throws IllegalArgumentException naming the text and the rule it breaks
     */
    public static Percent parse(String text) {
        Units.Quantity q = Units.split(text, "percentage", "%");
        if (!q.unit().isEmpty() && !q.unit().equals("%")) {
            throw new IllegalArgumentException("percentage '" + text + "': '" + q.unit() + "' after the number, only '%' may follow");
        }
        if (q.number() > 100) {
            throw new IllegalArgumentException("percentage '" + text + "' is out of range 0..100%");
        }
        return of(q.number());
    }

    /**
     * The shortest decimal percentage that {@link #of(double)} turns into this value: 1.0 for the
     * kernel's 42949673, as the user wrote it.
     *
     * @return the percentage, 0..100, in the fewest digits that give back this value
     */
    public double percent() {
        double exact = value * 100. / ONE;
        for (int digits = 1; digits < 17; digits++) {
            double candidate = new BigDecimal(exact).round(new MathContext(digits)).doubleValue();
            if (candidate <= 100 && of(candidate).value == value) {
                return candidate;
            }
        }
        return exact;
    }

    /** {@code tc}'s form: {@code 1%}, {@code 0.1%}. */
    @Override
    public String toString() {
        return Units.g(percent(), 6) + "%";
    }
}
