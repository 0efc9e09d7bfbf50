package io.netlink4j.lab.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a link does to the traffic crossing it, in both directions: a rate limit, a delay with
 * jitter, a random loss. Each part is optional; the lab makes each with the kernel's tool for it
 * (see {@code Lab.impair}).
 *
 * <pre>{@code
 * Impairment.rate("1mbit").withLoss(0.01).withDelay("20ms")   // rate 1mbit, delay 20ms, loss 1%
 * Impairment.loss(0.5)                                         // half of the packets dropped
 * }</pre>
 *
 * @param rate  the rate limit in bits per second, 0 for none
 * @param delay the delay added to every packet, {@link Duration#ZERO} for none
 * @param jitter the random variation of the delay, {@link Duration#ZERO} for none
 * @param loss  the fraction of packets dropped, from 0 (none) to 1 (all)
 */
public record Impairment(long rate, Duration delay, Duration jitter, double loss) {
    /** No impairment at all. */
    public static final Impairment NONE = new Impairment(0, Duration.ZERO, Duration.ZERO, 0);

    /** Checks every part: none negative, loss at most 1, jitter only with a delay it does not exceed. */
    public Impairment {
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(jitter, "jitter");
        if (rate < 0) {
            throw new IllegalArgumentException("rate " + rate + " bit/s is negative");
        }
        if (delay.isNegative() || jitter.isNegative()) {
            throw new IllegalArgumentException("delay " + delay + " and jitter " + jitter + " must not be negative");
        }
        if (!(loss >= 0 && loss <= 1)) {
            throw new IllegalArgumentException("loss " + loss + " is not a fraction from 0 to 1 (0.01 is 1%)");
        }
        if (!jitter.isZero() && jitter.compareTo(delay) > 0) {
            throw new IllegalArgumentException("jitter " + Units.formatTime(jitter) + " is larger than the delay "
                    + Units.formatTime(delay) + ": it must not exceed it");
        }
    }

    /**
     * A rate limit, in tc's words: {@code "1mbit"}, {@code "512kbit"}, {@code "10mbps"} (bytes).
     *
     * @param rate the rate
     * @return a rate limit, in tc's words
     */
    public static Impairment rate(String rate) {
        return NONE.withRate(rate);
    }

    /**
     * A delay, in tc's words: {@code "20ms"}.
     *
     * @param delay the delay
     * @return a delay, in tc's words
     */
    public static Impairment delay(String delay) {
        return NONE.withDelay(delay);
    }

    /**
     * A random loss, as a fraction from 0 to 1: {@code 0.01} drops one packet in a hundred.
     *
     * @param fraction the fraction of packets dropped, from 0 to 1
     * @return a random loss
     */
    public static Impairment loss(double fraction) {
        return NONE.withLoss(fraction);
    }

    /**
     * A copy with the rate limit {@code rate} ({@code "1mbit"}).
     *
     * @param rate the rate
     * @return a copy with the rate limit {@code rate}
     */
    public Impairment withRate(String rate) {
        return withRate(Units.rate(rate));
    }

    /**
     * A copy with the rate limit {@code bitsPerSecond} (0: none).
     *
     * @param bitsPerSecond the rate in bits per second
     * @return a copy with the rate limit {@code bitsPerSecond}
     */
    public Impairment withRate(long bitsPerSecond) {
        return new Impairment(bitsPerSecond, delay, jitter, loss);
    }

    /**
     * A copy with the delay {@code delay} ({@code "20ms"}).
     *
     * @param delay the delay
     * @return a copy with the delay {@code delay}
     */
    public Impairment withDelay(String delay) {
        return withDelay(Units.time(delay));
    }

    /**
     * A copy with the delay {@code delay}.
     *
     * @param delay the delay
     * @return a copy with the delay {@code delay}
     */
    public Impairment withDelay(Duration delay) {
        return new Impairment(rate, delay, jitter, loss);
    }

    /**
     * A copy with the jitter {@code jitter} ({@code "5ms"}); needs a delay at least as large.
     *
     * @param jitter the jitter
     * @return a copy with the jitter {@code jitter}
     */
    public Impairment withJitter(String jitter) {
        return withJitter(Units.time(jitter));
    }

    /**
     * A copy with the jitter {@code jitter}.
     *
     * @param jitter the jitter
     * @return a copy with the jitter {@code jitter}
     */
    public Impairment withJitter(Duration jitter) {
        return new Impairment(rate, delay, jitter, loss);
    }

    /**
     * A copy with the loss {@code fraction} (0 to 1).
     *
     * @param fraction the fraction of packets dropped, from 0 to 1
     * @return a copy with the loss {@code fraction}
     */
    public Impairment withLoss(double fraction) {
        return new Impairment(rate, delay, jitter, fraction);
    }

    /**
     * A copy with the loss {@code "1%"}.
     *
     * @param percent a percentage such as {@code 1%}
     * @return a copy with the loss {@code "1%"}
     */
    public Impairment withLoss(String percent) {
        return withLoss(Units.percent(percent));
    }

    /**
     * Whether this impairs nothing.
     *
     * @return whether this impairs nothing
     */
    public boolean isNone() {
        return rate == 0 && delay.isZero() && jitter.isZero() && loss == 0;
    }

    /**
     * The rate as tc writes it ({@code 1mbit}), or {@code null} without a rate.
     *
     * @return the rate as tc writes it
     */
    public String rateText() {
        return rate == 0 ? null : Units.formatRate(rate);
    }

    /**
     * The delay as tc writes it ({@code 20ms}), or {@code null} without a delay.
     *
     * @return the delay as tc writes it
     */
    public String delayText() {
        return delay.isZero() ? null : Units.formatTime(delay);
    }

    /**
     * The jitter as tc writes it ({@code 5ms}), or {@code null} without a jitter.
     *
     * @return the jitter as tc writes it
     */
    public String jitterText() {
        return jitter.isZero() ? null : Units.formatTime(jitter);
    }

    /**
     * The loss as a percentage ({@code 1%}), or {@code null} without a loss.
     *
     * @return the loss as a percentage
     */
    public String lossText() {
        return loss == 0 ? null : Units.formatPercent(loss);
    }

    /** In tc's words: {@code rate 1mbit delay 20ms 5ms loss 1%}, or {@code none}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (rate > 0) {
            parts.add("rate " + Units.formatRate(rate));
        }
        if (!delay.isZero()) {
            parts.add("delay " + Units.formatTime(delay) + (jitter.isZero() ? "" : " " + Units.formatTime(jitter)));
        }
        if (loss > 0) {
            parts.add("loss " + Units.formatPercent(loss));
        }
        return parts.isEmpty() ? "none" : String.join(" ", parts);
    }
}
