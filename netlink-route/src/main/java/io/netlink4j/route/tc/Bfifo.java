package io.netlink4j.route.tc;

/**
 * {@code bfifo}: a first-in first-out queue limited in bytes.
 *
 * <pre>{@code
 * // tc qdisc add dev veth-a root bfifo limit 10000
 * QdiscSpec.root("veth-a", Bfifo.of().withLimit(10000))
 * }</pre>
 *
 * @param limit the queue size in bytes, or 0 for the kernel's default (txqueuelen x MTU)
 */
public record Bfifo(long limit) implements QdiscKind {
    /** Checks the 32-bit range. */
    public Bfifo {
        Size.check(limit, "bfifo limit");
    }

    /**
     * {@code bfifo}, the kernel's default size.
     *
     * @return a bfifo of the kernel's default size
     */
    public static Bfifo of() {
        return new Bfifo(0);
    }

    /**
     * {@code limit 10kb} ({@link Size#parse}).
     *
     * @param limit a size as {@code tc} writes it, e.g. {@code "10kb"}
     * @return this bfifo with the limit
     * @throws IllegalArgumentException if {@code limit} is malformed or out of range
     */
    public Bfifo withLimit(String limit) {
        return withLimit(Size.parse(limit, "bfifo limit"));
    }

    /**
     * {@code limit BYTES}.
     *
     * @param bytes the queue size, 0..4294967295 bytes; 0 for the kernel's default
     * @return this bfifo with the limit
     * @throws IllegalArgumentException if {@code bytes} is out of range
     */
    public Bfifo withLimit(long bytes) {
        return new Bfifo(bytes);
    }

    /** {@code "bfifo"}. */
    @Override
    public String kind() {
        return "bfifo";
    }

    /** {@code bfifo limit 10000b}. */
    @Override
    public String toString() {
        return limit == 0 ? "bfifo" : "bfifo limit " + Size.format(limit);
    }
}
