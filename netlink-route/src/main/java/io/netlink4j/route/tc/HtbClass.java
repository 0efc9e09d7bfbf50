package io.netlink4j.route.tc;

import java.util.Objects;

/**
 * An htb class: a guaranteed rate, a ceiling it may borrow up to from its parent, and the bursts
 * of both buckets.
 *
 * <pre>{@code
 * // tc class add dev veth-a parent 1:1 classid 1:10 htb rate 4mbit ceil 4mbit
 * TrafficClassSpec.of("veth-a", "1:1", "1:10", HtbClass.of("4mbit").withCeil("4mbit"))
 * }</pre>
 *
 * <p>Defaults, as {@code tc} computes them: the ceiling is the rate; each burst is the bytes
 * sent in one timer tick at its rate plus a 1600-byte packet ({@code rate / HZ + mtu}, with HZ
 * from {@code /proc/net/psched}: 1600 bytes on kernels with high-resolution timers).
 *
 * @param rate    the guaranteed rate
 * @param ceil    the most the class may send, borrowing; at least the rate
 * @param burst   bytes the rate bucket holds, 1..2^32-1
 * @param cburst  bytes the ceil bucket holds, 1..2^32-1
 * @param prio    0 (first) .. 7; lower priorities get spare bandwidth first
 * @param quantum bytes served per round when borrowing, 0 for the kernel's (rate / r2q)
 */
public record HtbClass(Rate rate, Rate ceil, long burst, long cburst, int prio, long quantum) implements ClassKind {
    /** Checks the ranges. */
    public HtbClass {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(ceil, "ceil");
        if (burst < 1 || burst > Size.MAX || cburst < 1 || cburst > Size.MAX) {
            throw new IllegalArgumentException("htb burst " + burst + " and cburst " + cburst + " must be 1.." + Size.MAX
                    + " bytes");
        }
        if (prio < 0 || prio > 7) {
            throw new IllegalArgumentException("htb prio " + prio + " is out of range 0..7");
        }
        Size.check(quantum, "htb quantum");
    }

    /**
     * {@code htb rate RATE}: ceil the rate, tc's default bursts.
     *
     * @param rate the guaranteed rate
     * @return the class: ceiling the rate, default bursts, prio 0, the kernel's quantum
     */
    public static HtbClass of(Rate rate) {
        Objects.requireNonNull(rate, "rate");
        long b = defaultBurst(rate);
        return new HtbClass(rate, rate, b, b, 0, 0);
    }

    /**
     * {@code htb rate 4mbit} ({@link Rate#parse}).
     *
     * @param rate a rate as {@code tc} writes it, e.g. {@code "4mbit"}
     * @return the class: ceiling the rate, default bursts, prio 0, the kernel's quantum
     * @throws IllegalArgumentException if {@code rate} is malformed
     */
    public static HtbClass of(String rate) {
        return of(Rate.parse(rate));
    }

    /** tc's default burst: {@code rate / get_hz() + 1600}. */
    static long defaultBurst(Rate rate) {
        return Math.min(Size.MAX, rate.bytesPerSecond() / Psched.system().hz() + 1600);
    }

    /**
     * {@code ceil 4mbit}; a cburst left at its default follows the new ceiling.
     *
     * @param ceil a rate as {@code tc} writes it, e.g. {@code "8mbit"}
     * @return this class with the ceiling
     * @throws IllegalArgumentException if {@code ceil} is malformed
     */
    public HtbClass withCeil(String ceil) {
        return withCeil(Rate.parse(ceil));
    }

    /**
     * {@code ceil RATE}.
     *
     * @param ceil the most the class may send, borrowing from its parent
     * @return this class with the ceiling
     */
    public HtbClass withCeil(Rate ceil) {
        Objects.requireNonNull(ceil, "ceil");
        long cb = cburst == defaultBurst(this.ceil) ? defaultBurst(ceil) : cburst;
        return new HtbClass(rate, ceil, burst, cb, prio, quantum);
    }

    /**
     * {@code burst 15k} ({@link Size#parse}).
     *
     * @param burst a size as {@code tc} writes it, e.g. {@code "15k"}
     * @return this class with the rate bucket's size
     * @throws IllegalArgumentException if {@code burst} is malformed or out of range
     */
    public HtbClass withBurst(String burst) {
        return withBurst(Size.parse(burst, "htb burst"));
    }

    /**
     * {@code burst BYTES}.
     *
     * @param bytes the rate bucket's size, 1..4294967295 bytes
     * @return this class with the rate bucket's size
     * @throws IllegalArgumentException if {@code bytes} is out of range
     */
    public HtbClass withBurst(long bytes) {
        return new HtbClass(rate, ceil, bytes, cburst, prio, quantum);
    }

    /**
     * {@code cburst 15k} ({@link Size#parse}).
     *
     * @param cburst a size as {@code tc} writes it, e.g. {@code "15k"}
     * @return this class with the ceil bucket's size
     * @throws IllegalArgumentException if {@code cburst} is malformed or out of range
     */
    public HtbClass withCburst(String cburst) {
        return withCburst(Size.parse(cburst, "htb cburst"));
    }

    /**
     * {@code cburst BYTES}.
     *
     * @param bytes the ceil bucket's size, 1..4294967295 bytes
     * @return this class with the ceil bucket's size
     * @throws IllegalArgumentException if {@code bytes} is out of range
     */
    public HtbClass withCburst(long bytes) {
        return new HtbClass(rate, ceil, burst, bytes, prio, quantum);
    }

    /**
     * {@code prio N}, 0..7.
     *
     * @param prio 0 (served first) .. 7
     * @return this class with the priority
     * @throws IllegalArgumentException if {@code prio} is out of range
     */
    public HtbClass withPrio(int prio) {
        return new HtbClass(rate, ceil, burst, cburst, prio, quantum);
    }

    /**
     * {@code quantum BYTES}.
     *
     * @param bytes bytes served per round when borrowing, 0..4294967295; 0 for the kernel's (rate / r2q)
     * @return this class with the quantum
     * @throws IllegalArgumentException if {@code bytes} is out of range
     */
    public HtbClass withQuantum(long bytes) {
        return new HtbClass(rate, ceil, burst, cburst, prio, bytes);
    }

    /** {@code "htb"}. */
    @Override
    public String kind() {
        return "htb";
    }

    /** {@code htb rate 4Mbit ceil 4Mbit burst 1600b cburst 1600b}, plus prio and quantum when set. */
    @Override
    public String toString() {
        return "htb rate " + rate + " ceil " + ceil + " burst " + Size.format(burst) + " cburst " + Size.format(cburst)
                + (prio != 0 ? " prio " + prio : "") + (quantum != 0 ? " quantum " + quantum : "");
    }
}
