package io.netlink4j.route.tc;

import java.time.Duration;
import java.util.Objects;

/**
 * {@code tbf}, the token bucket filter: shapes a device's egress to a rate, letting a burst
 * through at once and queueing what exceeds it for at most the latency (or up to a byte limit).
 *
 * <pre>{@code
 * // tc qdisc add dev veth-a root tbf rate 8mbit burst 32kb latency 50ms
 * QdiscSpec.root("veth-a", Tbf.of("8mbit").withBurst("32kb").withLatency("50ms"))
 * }</pre>
 *
 * <p>When not given, the burst is 10 ms of traffic at the rate and at least 1600 bytes (the
 * {@code rate/HZ} minimum tc's manual gives for a 100 Hz clock, and one full-size packet), and
 * the latency 50 ms. The request carries what {@code tc} computes: the buffer in scheduler
 * ticks, the queue limit from the latency, and the 256-entry rate table.
 *
 * @param rate    the shaped rate
 * @param burst   the bucket size in bytes, 1..2^32-1
 * @param latency how long a packet may wait, or {@code null} when {@code limit} is given instead
 * @param limit   the queue size in bytes, or 0 when {@code latency} is given instead
 */
public record Tbf(Rate rate, long burst, Duration latency, long limit) implements QdiscKind {
    private static final Duration DEFAULT_LATENCY = Duration.ofMillis(50);

    /** Checks every field: exactly one of latency and limit, sizes and times in tc's 32 bits. */
    public Tbf {
        Objects.requireNonNull(rate, "rate");
        if (burst < 1 || burst > Size.MAX) {
            throw new IllegalArgumentException("tbf burst of " + burst + " bytes is out of range 1.." + Size.MAX);
        }
        if ((latency == null) == (limit == 0)) {
            throw new IllegalArgumentException("tbf takes a latency or a limit, exactly one of them");
        }
        Size.check(limit, "tbf limit");
        if (latency != null) {
            TcTime.micros(latency, "tbf latency");
        }
    }

    /**
     * {@code tbf rate RATE}, with the default burst and latency.
     *
     * @param rate the shaped rate
     * @return the tbf: burst 10 ms at the rate (at least 1600 bytes), latency 50 ms
     */
    public static Tbf of(Rate rate) {
        Objects.requireNonNull(rate, "rate");
        return new Tbf(rate, Math.max(1600, Math.min(Size.MAX, rate.bytesPerSecond() / 100)), DEFAULT_LATENCY, 0);
    }

    /**
     * {@code tbf rate 8mbit}: see {@link Rate#parse}.
     *
     * @param rate a rate as {@code tc} writes it, e.g. {@code "8mbit"}
     * @return the tbf: burst 10 ms at the rate (at least 1600 bytes), latency 50 ms
     * @throws IllegalArgumentException if {@code rate} is malformed
     */
    public static Tbf of(String rate) {
        return of(Rate.parse(rate));
    }

    /**
     * {@code burst 32kb} ({@link Size#parse}).
     *
     * @param burst a size as {@code tc} writes it, e.g. {@code "32kb"}
     * @return this tbf with the bucket size
     * @throws IllegalArgumentException if {@code burst} is malformed or out of range
     */
    public Tbf withBurst(String burst) {
        return withBurst(Size.parse(burst, "tbf burst"));
    }

    /**
     * {@code burst BYTES}.
     *
     * @param bytes the bucket size, 1..4294967295 bytes
     * @return this tbf with the bucket size
     * @throws IllegalArgumentException if {@code bytes} is out of range
     */
    public Tbf withBurst(long bytes) {
        return new Tbf(rate, bytes, latency, limit);
    }

    /**
     * {@code latency 50ms} ({@link TcTime#parse}); replaces a limit.
     *
     * @param latency a time as {@code tc} writes it, e.g. {@code "50ms"}
     * @return this tbf with the latency and no limit
     * @throws IllegalArgumentException if {@code latency} is malformed
     */
    public Tbf withLatency(String latency) {
        return withLatency(TcTime.parse(latency, "tbf latency"));
    }

    /**
     * {@code latency TIME}; replaces a limit.
     *
     * @param latency how long a packet may wait, whole microseconds
     * @return this tbf with the latency and no limit
     * @throws IllegalArgumentException if {@code latency} is negative, not whole microseconds or too large
     */
    public Tbf withLatency(Duration latency) {
        return new Tbf(rate, burst, Objects.requireNonNull(latency, "latency"), 0);
    }

    /**
     * {@code limit 64kb} ({@link Size#parse}); replaces the latency.
     *
     * @param limit a size as {@code tc} writes it, e.g. {@code "64kb"}
     * @return this tbf with the limit and no latency
     * @throws IllegalArgumentException if {@code limit} is malformed, 0 or out of range
     */
    public Tbf withLimit(String limit) {
        return withLimit(Size.parse(limit, "tbf limit"));
    }

    /**
     * {@code limit BYTES}; replaces the latency.
     *
     * @param bytes the queue size, 1..4294967295 bytes
     * @return this tbf with the limit and no latency
     * @throws IllegalArgumentException if {@code bytes} is out of range
     */
    public Tbf withLimit(long bytes) {
        if (bytes == 0) {
            throw new IllegalArgumentException("tbf limit of 0 bytes: at least 1");
        }
        return new Tbf(rate, burst, null, bytes);
    }

    /** {@code "tbf"}. */
    @Override
    public String kind() {
        return "tbf";
    }

    /** {@code tbf rate 8Mbit burst 32Kb latency 50ms}. */
    @Override
    public String toString() {
        return "tbf rate " + rate + " burst " + Size.format(burst)
                + (latency != null ? " latency " + TcTime.format(latency) : " limit " + Size.format(limit));
    }
}
