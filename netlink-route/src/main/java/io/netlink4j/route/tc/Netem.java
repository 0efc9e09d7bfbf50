package io.netlink4j.route.tc;

import java.time.Duration;
import java.util.Objects;

/**
 * {@code netem}, the network emulator: delays, drops, duplicates, reorders and corrupts a
 * device's egress packets, and may cap its rate. Probabilities are {@link Percent}s, each with
 * an optional correlation to the previous packet's.
 *
 * <pre>{@code
 * // tc qdisc add dev veth-a root netem delay 50ms loss 1%
 * QdiscSpec.root("veth-a", Netem.of().withDelay("50ms").withLoss("1%"))
 * // tc qdisc add dev veth-a root netem delay 50ms 10ms 25% reorder 25% 50%
 * Netem.of().withDelay("50ms").withJitter("10ms").withDelayCorrelation("25%").withReorder("25%").withReorderCorrelation("50%")
 * }</pre>
 *
 * <p>Rules, as {@code tc} has them: reordering needs a delay (a reordered packet is one sent
 * without it) and gets a gap of 1 when none is given; a gap needs reordering; ECN marking needs
 * a loss. Delay and jitter travel in scheduler ticks, which hold a little under 275 s. Unlike
 * {@code tc} 6.1, a duplicate correlation given alone is sent (tc drops it).
 *
 * @param limit                queue limit in packets (tc's default 1000)
 * @param delay                added delay ({@code Duration.ZERO} for none)
 * @param jitter               random variation of the delay
 * @param delayCorrelation     correlation of the jitter
 * @param loss                 random loss probability
 * @param lossCorrelation      its correlation
 * @param duplicate            duplication probability
 * @param duplicateCorrelation its correlation
 * @param reorder              probability that a packet is sent at once, ahead of delayed ones
 * @param reorderCorrelation   its correlation
 * @param gap                  reorder every gap-th packet (0 without reordering)
 * @param corrupt              probability of a flipped bit
 * @param corruptCorrelation   its correlation
 * @param rate                 rate cap, or {@code null} for none
 * @param ecn                  mark ECN-capable packets instead of dropping them
 */
public record Netem(long limit, Duration delay, Duration jitter, Percent delayCorrelation, Percent loss,
                    Percent lossCorrelation, Percent duplicate, Percent duplicateCorrelation, Percent reorder,
                    Percent reorderCorrelation, long gap, Percent corrupt, Percent corruptCorrelation, Rate rate,
                    boolean ecn) implements QdiscKind {
    /** Checks every field and tc's rules; gives reordering its default gap of 1. */
    public Netem {
        Size.check(limit, "netem limit");
        Size.check(gap, "netem gap");
        ticks(Objects.requireNonNull(delay, "delay"), "netem delay");
        ticks(Objects.requireNonNull(jitter, "jitter"), "netem jitter");
        for (Percent p : new Percent[] {delayCorrelation, loss, lossCorrelation, duplicate, duplicateCorrelation, reorder,
            reorderCorrelation, corrupt, corruptCorrelation}) {
            Objects.requireNonNull(p, "netem percentage");
        }
        if (reorder.value() != 0) {
            if (delay.isZero()) {
                throw new IllegalArgumentException("netem reorder " + reorder + " needs a delay: a reordered packet is one"
                        + " sent without it");
            }
            if (gap == 0) {
                gap = 1;
            }
        } else if (gap != 0) {
            throw new IllegalArgumentException("netem gap " + gap + " needs a reorder probability");
        }
        if (ecn && loss.value() == 0) {
            throw new IllegalArgumentException("netem ecn needs a loss probability to mark instead of dropping");
        }
    }

    /** Microseconds in scheduler ticks must fit 32 bits ({@code tc_core_time2big}). */
    static long ticks(Duration d, String what) {
        long us = TcTime.micros(d, what);
        if (Psched.system().time2big(us)) {
            throw new IllegalArgumentException(what + " " + TcTime.format(d) + " is too large for the scheduler's"
                    + " 32-bit ticks");
        }
        return us;
    }

    /** {@code netem}: a limit of 1000 packets and no impairment. */
    public static Netem of() {
        Percent z = Percent.ZERO;
        return new Netem(1000, Duration.ZERO, Duration.ZERO, z, z, z, z, z, z, z, 0, z, z, null, false);
    }

    /** {@code limit PACKETS}. */
    public Netem withLimit(long packets) {
        return new Netem(packets, delay, jitter, delayCorrelation, loss, lossCorrelation, duplicate, duplicateCorrelation,
                reorder, reorderCorrelation, gap, corrupt, corruptCorrelation, rate, ecn);
    }

    /** {@code delay 50ms} ({@link TcTime#parse}). */
    public Netem withDelay(String delay) {
        return withDelay(TcTime.parse(delay, "netem delay"));
    }

    /** {@code delay TIME}. */
    public Netem withDelay(Duration delay) {
        return new Netem(limit, delay, jitter, delayCorrelation, loss, lossCorrelation, duplicate, duplicateCorrelation,
                reorder, reorderCorrelation, gap, corrupt, corruptCorrelation, rate, ecn);
    }

    /** {@code delay TIME 10ms}: the jitter ({@link TcTime#parse}). */
    public Netem withJitter(String jitter) {
        return withJitter(TcTime.parse(jitter, "netem jitter"));
    }

    /** {@code delay TIME JITTER}. */
    public Netem withJitter(Duration jitter) {
        return new Netem(limit, delay, jitter, delayCorrelation, loss, lossCorrelation, duplicate, duplicateCorrelation,
                reorder, reorderCorrelation, gap, corrupt, corruptCorrelation, rate, ecn);
    }

    /** {@code delay TIME JITTER 25%}: the jitter's correlation. */
    public Netem withDelayCorrelation(String percent) {
        return withDelayCorrelation(Percent.parse(percent));
    }

    /** {@code delay TIME JITTER CORRELATION}. */
    public Netem withDelayCorrelation(Percent p) {
        return new Netem(limit, delay, jitter, p, loss, lossCorrelation, duplicate, duplicateCorrelation,
                reorder, reorderCorrelation, gap, corrupt, corruptCorrelation, rate, ecn);
    }

    /** {@code loss 1%}. */
    public Netem withLoss(String percent) {
        return withLoss(Percent.parse(percent));
    }

    /** {@code loss random PERCENT}. */
    public Netem withLoss(Percent p) {
        return new Netem(limit, delay, jitter, delayCorrelation, p, lossCorrelation, duplicate, duplicateCorrelation,
                reorder, reorderCorrelation, gap, corrupt, corruptCorrelation, rate, ecn);
    }

    /** {@code loss PERCENT 25%}: the loss correlation. */
    public Netem withLossCorrelation(String percent) {
        return withLossCorrelation(Percent.parse(percent));
    }

    /** {@code loss PERCENT CORRELATION}. */
    public Netem withLossCorrelation(Percent p) {
        return new Netem(limit, delay, jitter, delayCorrelation, loss, p, duplicate, duplicateCorrelation,
                reorder, reorderCorrelation, gap, corrupt, corruptCorrelation, rate, ecn);
    }

    /** {@code duplicate 1%}. */
    public Netem withDuplicate(String percent) {
        return withDuplicate(Percent.parse(percent));
    }

    /** {@code duplicate PERCENT}. */
    public Netem withDuplicate(Percent p) {
        return new Netem(limit, delay, jitter, delayCorrelation, loss, lossCorrelation, p, duplicateCorrelation,
                reorder, reorderCorrelation, gap, corrupt, corruptCorrelation, rate, ecn);
    }

    /** {@code duplicate PERCENT 25%}: the duplication correlation. */
    public Netem withDuplicateCorrelation(String percent) {
        return withDuplicateCorrelation(Percent.parse(percent));
    }

    /** {@code duplicate PERCENT CORRELATION}. */
    public Netem withDuplicateCorrelation(Percent p) {
        return new Netem(limit, delay, jitter, delayCorrelation, loss, lossCorrelation, duplicate, p,
                reorder, reorderCorrelation, gap, corrupt, corruptCorrelation, rate, ecn);
    }

    /** {@code reorder 25%} (needs a delay). */
    public Netem withReorder(String percent) {
        return withReorder(Percent.parse(percent));
    }

    /** {@code reorder PERCENT}. */
    public Netem withReorder(Percent p) {
        return new Netem(limit, delay, jitter, delayCorrelation, loss, lossCorrelation, duplicate, duplicateCorrelation,
                p, reorderCorrelation, p.value() == 0 ? 0 : gap, corrupt, corruptCorrelation, rate, ecn);
    }

    /** {@code reorder PERCENT 50%}: the reordering correlation. */
    public Netem withReorderCorrelation(String percent) {
        return withReorderCorrelation(Percent.parse(percent));
    }

    /** {@code reorder PERCENT CORRELATION}. */
    public Netem withReorderCorrelation(Percent p) {
        return new Netem(limit, delay, jitter, delayCorrelation, loss, lossCorrelation, duplicate, duplicateCorrelation,
                reorder, p, gap, corrupt, corruptCorrelation, rate, ecn);
    }

    /** {@code gap N}: reorder every N-th packet (needs reordering). */
    public Netem withGap(long n) {
        return new Netem(limit, delay, jitter, delayCorrelation, loss, lossCorrelation, duplicate, duplicateCorrelation,
                reorder, reorderCorrelation, n, corrupt, corruptCorrelation, rate, ecn);
    }

    /** {@code corrupt 0.1%}. */
    public Netem withCorrupt(String percent) {
        return withCorrupt(Percent.parse(percent));
    }

    /** {@code corrupt PERCENT}. */
    public Netem withCorrupt(Percent p) {
        return new Netem(limit, delay, jitter, delayCorrelation, loss, lossCorrelation, duplicate, duplicateCorrelation,
                reorder, reorderCorrelation, gap, p, corruptCorrelation, rate, ecn);
    }

    /** {@code corrupt PERCENT 25%}: the corruption correlation. */
    public Netem withCorruptCorrelation(String percent) {
        return withCorruptCorrelation(Percent.parse(percent));
    }

    /** {@code corrupt PERCENT CORRELATION}. */
    public Netem withCorruptCorrelation(Percent p) {
        return new Netem(limit, delay, jitter, delayCorrelation, loss, lossCorrelation, duplicate, duplicateCorrelation,
                reorder, reorderCorrelation, gap, corrupt, p, rate, ecn);
    }

    /** {@code rate 1mbit} ({@link Rate#parse}). */
    public Netem withRate(String rate) {
        return withRate(Rate.parse(rate));
    }

    /** {@code rate RATE}. */
    public Netem withRate(Rate rate) {
        return new Netem(limit, delay, jitter, delayCorrelation, loss, lossCorrelation, duplicate, duplicateCorrelation,
                reorder, reorderCorrelation, gap, corrupt, corruptCorrelation, Objects.requireNonNull(rate, "rate"), ecn);
    }

    /** {@code ecn}: mark instead of dropping (needs a loss). */
    public Netem withEcn() {
        return new Netem(limit, delay, jitter, delayCorrelation, loss, lossCorrelation, duplicate, duplicateCorrelation,
                reorder, reorderCorrelation, gap, corrupt, corruptCorrelation, rate, true);
    }

    /** {@code "netem"}. */
    @Override
    public String kind() {
        return "netem";
    }

    /** {@code netem limit 1000 delay 50ms 10ms 25% loss 1% ...}, as {@code tc qdisc add} takes it. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("netem limit ").append(limit);
        if (!delay.isZero() || !jitter.isZero()) {
            b.append(" delay ").append(TcTime.format(delay));
            if (!jitter.isZero()) {
                b.append(' ').append(TcTime.format(jitter));
                if (delayCorrelation.value() != 0) {
                    b.append(' ').append(delayCorrelation);
                }
            }
        }
        append(b, "loss", loss, lossCorrelation);
        append(b, "duplicate", duplicate, duplicateCorrelation);
        append(b, "reorder", reorder, reorderCorrelation);
        if (gap > 1) {
            b.append(" gap ").append(gap);
        }
        append(b, "corrupt", corrupt, corruptCorrelation);
        if (rate != null) {
            b.append(" rate ").append(rate);
        }
        if (ecn) {
            b.append(" ecn");
        }
        return b.toString();
    }

    private static void append(StringBuilder b, String what, Percent p, Percent correlation) {
        if (p.value() != 0) {
            b.append(' ').append(what).append(' ').append(p);
            if (correlation.value() != 0) {
                b.append(' ').append(correlation);
            }
        }
    }
}
