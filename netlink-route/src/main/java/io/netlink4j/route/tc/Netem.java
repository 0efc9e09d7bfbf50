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

    /**
     * {@code netem}: a limit of 1000 packets and no impairment.
     *
     * @return a netem with a limit of 1000 packets that changes nothing
     */
    public static Netem of() {
        Percent z = Percent.ZERO;
        return new Netem(1000, Duration.ZERO, Duration.ZERO, z, z, z, z, z, z, z, 0, z, z, null, false);
    }

    /**
     * {@code limit PACKETS}.
     *
     * @param packets the queue limit in packets, 0..4294967295
     * @return this netem with the limit
     * @throws IllegalArgumentException if {@code packets} is out of range
     */
    public Netem withLimit(long packets) {
        return new Netem(packets, delay, jitter, delayCorrelation, loss, lossCorrelation, duplicate, duplicateCorrelation,
                reorder, reorderCorrelation, gap, corrupt, corruptCorrelation, rate, ecn);
    }

    /**
     * {@code delay 50ms} ({@link TcTime#parse}).
     *
     * @param delay a time as {@code tc} writes it, e.g. {@code "50ms"}
     * @return this netem with the delay
     * @throws IllegalArgumentException if the text is malformed or the delay too large for the scheduler's ticks
     */
    public Netem withDelay(String delay) {
        return withDelay(TcTime.parse(delay, "netem delay"));
    }

    /**
     * {@code delay TIME}.
     *
     * @param delay the added delay, whole microseconds, under about 275 s; {@code Duration.ZERO} for none
     * @return this netem with the delay
     * @throws IllegalArgumentException if the delay is negative, not whole microseconds or too large
     */
    public Netem withDelay(Duration delay) {
        return new Netem(limit, delay, jitter, delayCorrelation, loss, lossCorrelation, duplicate, duplicateCorrelation,
                reorder, reorderCorrelation, gap, corrupt, corruptCorrelation, rate, ecn);
    }

    /**
     * {@code delay TIME 10ms}: the jitter ({@link TcTime#parse}).
     *
     * @param jitter a time as {@code tc} writes it, e.g. {@code "10ms"}
     * @return this netem with the jitter
     * @throws IllegalArgumentException if the text is malformed or the jitter too large for the scheduler's ticks
     */
    public Netem withJitter(String jitter) {
        return withJitter(TcTime.parse(jitter, "netem jitter"));
    }

    /**
     * {@code delay TIME JITTER}.
     *
     * @param jitter the random variation of the delay, whole microseconds
     * @return this netem with the jitter
     * @throws IllegalArgumentException if the jitter is negative, not whole microseconds or too large
     */
    public Netem withJitter(Duration jitter) {
        return new Netem(limit, delay, jitter, delayCorrelation, loss, lossCorrelation, duplicate, duplicateCorrelation,
                reorder, reorderCorrelation, gap, corrupt, corruptCorrelation, rate, ecn);
    }

    /**
     * {@code delay TIME JITTER 25%}: the jitter's correlation.
     *
     * @param percent a percentage as {@code tc} writes it, e.g. {@code "25%"}
     * @return this netem with the jitter's correlation
     * @throws IllegalArgumentException if the text is malformed or above 100%
     */
    public Netem withDelayCorrelation(String percent) {
        return withDelayCorrelation(Percent.parse(percent));
    }

    /**
     * {@code delay TIME JITTER CORRELATION}.
     *
     * @param p how much each delay follows the previous one
     * @return this netem with the jitter's correlation
     */
    public Netem withDelayCorrelation(Percent p) {
        return new Netem(limit, delay, jitter, p, loss, lossCorrelation, duplicate, duplicateCorrelation,
                reorder, reorderCorrelation, gap, corrupt, corruptCorrelation, rate, ecn);
    }

    /**
     * {@code loss 1%}.
     *
     * @param percent a percentage as {@code tc} writes it, e.g. {@code "1%"}
     * @return this netem with the loss probability
     * @throws IllegalArgumentException if the text is malformed or above 100%
     */
    public Netem withLoss(String percent) {
        return withLoss(Percent.parse(percent));
    }

    /**
     * {@code loss random PERCENT}.
     *
     * @param p the probability that a packet is dropped
     * @return this netem with the loss probability
     */
    public Netem withLoss(Percent p) {
        return new Netem(limit, delay, jitter, delayCorrelation, p, lossCorrelation, duplicate, duplicateCorrelation,
                reorder, reorderCorrelation, gap, corrupt, corruptCorrelation, rate, ecn);
    }

    /**
     * {@code loss PERCENT 25%}: the loss correlation.
     *
     * @param percent a percentage as {@code tc} writes it, e.g. {@code "25%"}
     * @return this netem with the loss correlation
     * @throws IllegalArgumentException if the text is malformed or above 100%
     */
    public Netem withLossCorrelation(String percent) {
        return withLossCorrelation(Percent.parse(percent));
    }

    /**
     * {@code loss PERCENT CORRELATION}.
     *
     * @param p how much each loss decision follows the previous one
     * @return this netem with the loss correlation
     */
    public Netem withLossCorrelation(Percent p) {
        return new Netem(limit, delay, jitter, delayCorrelation, loss, p, duplicate, duplicateCorrelation,
                reorder, reorderCorrelation, gap, corrupt, corruptCorrelation, rate, ecn);
    }

    /**
     * {@code duplicate 1%}.
     *
     * @param percent a percentage as {@code tc} writes it, e.g. {@code "1%"}
     * @return this netem with the duplication probability
     * @throws IllegalArgumentException if the text is malformed or above 100%
     */
    public Netem withDuplicate(String percent) {
        return withDuplicate(Percent.parse(percent));
    }

    /**
     * {@code duplicate PERCENT}.
     *
     * @param p the probability that a packet is sent twice
     * @return this netem with the duplication probability
     */
    public Netem withDuplicate(Percent p) {
        return new Netem(limit, delay, jitter, delayCorrelation, loss, lossCorrelation, p, duplicateCorrelation,
                reorder, reorderCorrelation, gap, corrupt, corruptCorrelation, rate, ecn);
    }

    /**
     * {@code duplicate PERCENT 25%}: the duplication correlation.
     *
     * @param percent a percentage as {@code tc} writes it, e.g. {@code "25%"}
     * @return this netem with the duplication correlation
     * @throws IllegalArgumentException if the text is malformed or above 100%
     */
    public Netem withDuplicateCorrelation(String percent) {
        return withDuplicateCorrelation(Percent.parse(percent));
    }

    /**
     * {@code duplicate PERCENT CORRELATION}.
     *
     * @param p how much each duplication decision follows the previous one
     * @return this netem with the duplication correlation
     */
    public Netem withDuplicateCorrelation(Percent p) {
        return new Netem(limit, delay, jitter, delayCorrelation, loss, lossCorrelation, duplicate, p,
                reorder, reorderCorrelation, gap, corrupt, corruptCorrelation, rate, ecn);
    }

    /**
     * {@code reorder 25%} (needs a delay).
     *
     * @param percent a percentage as {@code tc} writes it, e.g. {@code "25%"}
     * @return this netem with the reorder probability (gap 1 unless one is set)
     * @throws IllegalArgumentException if the text is malformed or above 100%, or no delay is set yet
     */
    public Netem withReorder(String percent) {
        return withReorder(Percent.parse(percent));
    }

    /**
     * {@code reorder PERCENT}.
     *
     * @param p the probability that a packet skips the delay; 0% clears the gap too
     * @return this netem with the reorder probability (gap 1 unless one is set)
     * @throws IllegalArgumentException if no delay is set yet
     */
    public Netem withReorder(Percent p) {
        return new Netem(limit, delay, jitter, delayCorrelation, loss, lossCorrelation, duplicate, duplicateCorrelation,
                p, reorderCorrelation, p.value() == 0 ? 0 : gap, corrupt, corruptCorrelation, rate, ecn);
    }

    /**
     * {@code reorder PERCENT 50%}: the reordering correlation.
     *
     * @param percent a percentage as {@code tc} writes it, e.g. {@code "50%"}
     * @return this netem with the reorder correlation
     * @throws IllegalArgumentException if the text is malformed or above 100%
     */
    public Netem withReorderCorrelation(String percent) {
        return withReorderCorrelation(Percent.parse(percent));
    }

    /**
     * {@code reorder PERCENT CORRELATION}.
     *
     * @param p how much each reorder decision follows the previous one
     * @return this netem with the reorder correlation
     */
    public Netem withReorderCorrelation(Percent p) {
        return new Netem(limit, delay, jitter, delayCorrelation, loss, lossCorrelation, duplicate, duplicateCorrelation,
                reorder, p, gap, corrupt, corruptCorrelation, rate, ecn);
    }

    /**
     * {@code gap N}: reorder every N-th packet (needs reordering).
     *
     * @param n reorder only every {@code n}-th packet, 0..4294967295
     * @return this netem with the gap
     * @throws IllegalArgumentException if {@code n} is out of range, or not 0 without a reorder probability
     */
    public Netem withGap(long n) {
        return new Netem(limit, delay, jitter, delayCorrelation, loss, lossCorrelation, duplicate, duplicateCorrelation,
                reorder, reorderCorrelation, n, corrupt, corruptCorrelation, rate, ecn);
    }

    /**
     * {@code corrupt 0.1%}.
     *
     * @param percent a percentage as {@code tc} writes it, e.g. {@code "0.1%"}
     * @return this netem with the corruption probability
     * @throws IllegalArgumentException if the text is malformed or above 100%
     */
    public Netem withCorrupt(String percent) {
        return withCorrupt(Percent.parse(percent));
    }

    /**
     * {@code corrupt PERCENT}.
     *
     * @param p the probability that a packet gets one bit flipped
     * @return this netem with the corruption probability
     */
    public Netem withCorrupt(Percent p) {
        return new Netem(limit, delay, jitter, delayCorrelation, loss, lossCorrelation, duplicate, duplicateCorrelation,
                reorder, reorderCorrelation, gap, p, corruptCorrelation, rate, ecn);
    }

    /**
     * {@code corrupt PERCENT 25%}: the corruption correlation.
     *
     * @param percent a percentage as {@code tc} writes it, e.g. {@code "25%"}
     * @return this netem with the corruption correlation
     * @throws IllegalArgumentException if the text is malformed or above 100%
     */
    public Netem withCorruptCorrelation(String percent) {
        return withCorruptCorrelation(Percent.parse(percent));
    }

    /**
     * {@code corrupt PERCENT CORRELATION}.
     *
     * @param p how much each corruption decision follows the previous one
     * @return this netem with the corruption correlation
     */
    public Netem withCorruptCorrelation(Percent p) {
        return new Netem(limit, delay, jitter, delayCorrelation, loss, lossCorrelation, duplicate, duplicateCorrelation,
                reorder, reorderCorrelation, gap, corrupt, p, rate, ecn);
    }

    /**
     * {@code rate 1mbit} ({@link Rate#parse}).
     *
     * @param rate a rate as {@code tc} writes it, e.g. {@code "1mbit"}
     * @return this netem with the rate cap
     * @throws IllegalArgumentException if the text is malformed
     */
    public Netem withRate(String rate) {
        return withRate(Rate.parse(rate));
    }

    /**
     * {@code rate RATE}.
     *
     * @param rate the most the device sends
     * @return this netem with the rate cap
     */
    public Netem withRate(Rate rate) {
        return new Netem(limit, delay, jitter, delayCorrelation, loss, lossCorrelation, duplicate, duplicateCorrelation,
                reorder, reorderCorrelation, gap, corrupt, corruptCorrelation, Objects.requireNonNull(rate, "rate"), ecn);
    }

    /**
     * {@code ecn}: mark instead of dropping (needs a loss).
     *
     * @return this netem marking ECN-capable packets instead of dropping them
     * @throws IllegalArgumentException if no loss probability is set yet
     */
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
