package io.netlink4j.route.tc;

/**
 * {@code pfifo}: a first-in first-out queue limited in packets.
 *
 * <pre>{@code
 * // tc qdisc add dev veth-a root pfifo limit 100
 * QdiscSpec.root("veth-a", Pfifo.of().withLimit(100))
 * }</pre>
 *
 * @param limit the queue length in packets, or 0 for the kernel's default (the device's txqueuelen)
 */
public record Pfifo(long limit) implements QdiscKind {
    /** Checks the 32-bit range. */
    public Pfifo {
        if (limit < 0 || limit > Size.MAX) {
            throw new IllegalArgumentException("pfifo limit of " + limit + " packets is out of range 0.." + Size.MAX);
        }
    }

    /**
     * {@code pfifo}, the kernel's default length.
     *
     * @return a pfifo of the kernel's default length
     */
    public static Pfifo of() {
        return new Pfifo(0);
    }

    /**
     * {@code limit PACKETS}.
     *
     * @param packets the queue length, 0..4294967295 packets; 0 for the kernel's default
     * @return this pfifo with the limit
     * @throws IllegalArgumentException if {@code packets} is out of range
     */
    public Pfifo withLimit(long packets) {
        return new Pfifo(packets);
    }

    /** {@code "pfifo"}. */
    @Override
    public String kind() {
        return "pfifo";
    }

    /** {@code pfifo limit 100p}. */
    @Override
    public String toString() {
        return limit == 0 ? "pfifo" : "pfifo limit " + limit + "p";
    }
}
