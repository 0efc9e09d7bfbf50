package io.netlink4j.netfilter;

/**
 * The standard base-chain priorities {@code nft} knows by name ({@code priority srcnat}); lower
 * runs first. {@code iptables-nft} uses the same numbers for its chains.
 */
public final class Priority {
    private Priority() {}

    /** {@code raw}: before connection tracking. */
    public static final int RAW = -300;
    /** {@code mangle}. */
    public static final int MANGLE = -150;
    /** {@code dstnat}: destination NAT in prerouting/output. */
    public static final int DSTNAT = -100;
    /** {@code filter}. */
    public static final int FILTER = 0;
    /** {@code security}. */
    public static final int SECURITY = 50;
    /** {@code srcnat}: source NAT and masquerade in postrouting/input. */
    public static final int SRCNAT = 100;
}
