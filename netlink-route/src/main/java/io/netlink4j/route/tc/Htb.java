package io.netlink4j.route.tc;

/**
 * {@code htb}, the hierarchical token bucket qdisc: the root of a class tree
 * ({@link HtbClass}) that filters send traffic into; unclassified traffic goes to the default
 * class, or, with none, straight out unshaped.
 *
 * <pre>{@code
 * // tc qdisc add dev veth-a root handle 1: htb default 30
 * QdiscSpec.root("veth-a", Htb.of().withDefault("30")).withHandle("1:")
 * }</pre>
 *
 * @param defaultClass the minor number of the default class (0x30 for class {@code 1:30}), 0 for none
 * @param r2q          rate to quantum divisor (default 10)
 * @param directQlen   the queue length of the direct (unclassified) queue in packets, or -1 for the kernel's
 */
public record Htb(int defaultClass, int r2q, long directQlen) implements QdiscKind {
    /** Checks the ranges. */
    public Htb {
        if (defaultClass < 0 || defaultClass > 0xffff) {
            throw new IllegalArgumentException("htb default class " + Integer.toHexString(defaultClass)
                    + " is out of range 0..ffff (a class minor number)");
        }
        if (r2q < 1) {
            throw new IllegalArgumentException("htb r2q " + r2q + " must be at least 1");
        }
        if (directQlen < -1 || directQlen > 0xfffffffeL) {
            throw new IllegalArgumentException("htb direct_qlen " + directQlen + " is out of range 0..4294967294");
        }
    }

    /**
     * {@code htb}: no default class, r2q 10.
     *
     * @return an htb without default class, r2q 10, the kernel's direct queue length
     */
    public static Htb of() {
        return new Htb(0, 10, -1);
    }

    /**
     * {@code default 30}: the default class's minor number in hex, as {@code tc} reads it; a full
     * class id ({@code "1:30"}) is accepted too and its minor taken.
     *
     * @param minor the minor in 1 to 4 hex digits ({@code "30"}), or a class id ({@code "1:30"})
     * @return this htb with the default class
     * @throws IllegalArgumentException if {@code minor} is neither
     */
    public Htb withDefault(String minor) {
        if (minor != null && minor.indexOf(':') >= 0) {
            return withDefault(TcHandle.parse(minor).minor());
        }
        if (minor == null || minor.isEmpty() || minor.length() > 4 || !minor.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("htb default class '" + minor
                    + "' is not a minor number of 1 to 4 hex digits (30 for class 1:30)");
        }
        return withDefault(Integer.parseInt(minor, 16));
    }

    /**
     * The default class's minor number: {@code 0x30} for {@code 1:30}.
     *
     * @param minor the minor number, 0..0xffff; 0 for none
     * @return this htb with the default class
     * @throws IllegalArgumentException if {@code minor} is out of range
     */
    public Htb withDefault(int minor) {
        return new Htb(minor, r2q, directQlen);
    }

    /**
     * {@code r2q N}.
     *
     * @param r2q the divisor of a class's rate that gives its quantum, at least 1
     * @return this htb with the divisor
     * @throws IllegalArgumentException if {@code r2q} is below 1
     */
    public Htb withR2q(int r2q) {
        return new Htb(defaultClass, r2q, directQlen);
    }

    /**
     * {@code direct_qlen N} (packets).
     *
     * @param packets the direct queue's length, 0..4294967294, or -1 for the kernel's (the device's txqueuelen)
     * @return this htb with the direct queue length
     * @throws IllegalArgumentException if {@code packets} is out of range
     */
    public Htb withDirectQlen(long packets) {
        return new Htb(defaultClass, r2q, packets);
    }

    /** {@code "htb"}. */
    @Override
    public String kind() {
        return "htb";
    }

    /** {@code htb default 30 r2q 10}, the options as {@code tc qdisc add} takes them. */
    @Override
    public String toString() {
        return "htb" + (defaultClass != 0 ? " default " + Integer.toHexString(defaultClass) : "")
                + (r2q != 10 ? " r2q " + r2q : "") + (directQlen >= 0 ? " direct_qlen " + directQlen : "");
    }
}
