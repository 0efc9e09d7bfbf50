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

    /** {@code htb rate RATE}: ceil the rate, tc's default bursts. */
    public static HtbClass of(Rate rate) {
        Objects.requireNonNull(rate, "rate");
        long b = defaultBurst(rate);
        return new HtbClass(rate, rate, b, b, 0, 0);
    }

    /** {@code htb rate 4mbit} ({@link Rate#parse}). */
    public static HtbClass of(String rate) {
        return of(Rate.parse(rate));
    }

    /** tc's default burst: {@code rate / get_hz() + 1600}. */
    static long defaultBurst(Rate rate) {
        return Math.min(Size.MAX, rate.bytesPerSecond() / Psched.system().hz() + 1600);
    }

    /** {@code ceil 4mbit}; a cburst left at its default follows the new ceiling. */
    public HtbClass withCeil(String ceil) {
        return withCeil(Rate.parse(ceil));
    }

    /** {@code ceil RATE}. */
    public HtbClass withCeil(Rate ceil) {
        Objects.requireNonNull(ceil, "ceil");
        long cb = cburst == defaultBurst(this.ceil) ? defaultBurst(ceil) : cburst;
        return new HtbClass(rate, ceil, burst, cb, prio, quantum);
    }

    /** {@code burst 15k} ({@link Size#parse}). */
    public HtbClass withBurst(String burst) {
        return withBurst(Size.parse(burst, "htb burst"));
    }

    /** {@code burst BYTES}. */
    public HtbClass withBurst(long bytes) {
        return new HtbClass(rate, ceil, bytes, cburst, prio, quantum);
    }

    /** {@code cburst 15k} ({@link Size#parse}). */
    public HtbClass withCburst(String cburst) {
        return withCburst(Size.parse(cburst, "htb cburst"));
    }

    /** {@code cburst BYTES}. */
    public HtbClass withCburst(long bytes) {
        return new HtbClass(rate, ceil, burst, bytes, prio, quantum);
    }

    /** {@code prio N}, 0..7. */
    public HtbClass withPrio(int prio) {
        return new HtbClass(rate, ceil, burst, cburst, prio, quantum);
    }

    /** {@code quantum BYTES}. */
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
