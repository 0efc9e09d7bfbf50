package io.netlink4j.netfilter;

/**
 * A base chain's priority: the order among chains on the same hook, lower first. An open set of
 * numbers with the names {@code nft} knows ({@code priority srcnat}); {@code iptables-nft} uses
 * the same numbers for its chains.
 *
 * @param value the number the kernel stores ({@code NFTA_HOOK_PRIORITY})
 */
public record Priority(int value) {
    /** {@code raw} (-300): before connection tracking. */
    public static final Priority RAW = new Priority(-300);
    /** {@code mangle} (-150). */
    public static final Priority MANGLE = new Priority(-150);
    /** {@code dstnat} (-100): destination NAT in prerouting. */
    public static final Priority DSTNAT = new Priority(-100);
    /** {@code filter} (0). */
    public static final Priority FILTER = new Priority(0);
    /** {@code security} (50). */
    public static final Priority SECURITY = new Priority(50);
    /** {@code srcnat} (100): source NAT and masquerade in postrouting. */
    public static final Priority SRCNAT = new Priority(100);

    private static final Priority[] NAMED = {RAW, MANGLE, DSTNAT, FILTER, SECURITY, SRCNAT};
    private static final String[] NAMES = {"raw", "mangle", "dstnat", "filter", "security", "srcnat"};
    // The bridge family's own standard priorities (nft's bridge_std_prios).
    private static final int[] BRIDGE = {-300, -200, 100, 300};
    private static final String[] BRIDGE_NAMES = {"dstnat", "filter", "out", "srcnat"};

    /**
     * Priority {@code value}, e.g. {@code Priority.of(-5)} for {@code priority filter - 5}.
     *
     * @return the priority
     */
    public static Priority of(int value) {
        return new Priority(value);
    }

    /**
     * As {@code nft} prints it on a chain of {@code family} on {@code hook}: a standard name, a
     * name with an offset up to 10 ({@code filter + 5}), or the number — names only where nft
     * allows them ({@code srcnat} on postrouting, {@code dstnat} on prerouting, only
     * {@code filter} in {@code arp} and {@code netdev}).
     */
    String nftText(Family family, Hook hook) {
        boolean bridge = family == Family.BRIDGE;
        int n = bridge ? BRIDGE.length : NAMED.length;
        for (int i = 0; i < n; i++) {
            int std = bridge ? BRIDGE[i] : NAMED[i].value;
            String name = bridge ? BRIDGE_NAMES[i] : NAMES[i];
            if (Math.abs(value - std) <= 10) {
                if (!compatible(name, family, hook)) {
                    break;
                }
                int offset = value - std;
                return offset == 0 ? name : offset > 0 ? name + " + " + offset : name + " - " + -offset;
            }
        }
        return Integer.toString(value);
    }

    private static boolean compatible(String name, Family family, Hook hook) {
        if (family == Family.ARP || family == Family.NETDEV) {
            return name.equals("filter");
        }
        return switch (name) {
            case "dstnat" -> hook == Hook.PREROUTING;
            case "srcnat" -> hook == Hook.POSTROUTING;
            case "out" -> hook == Hook.OUTPUT;
            default -> true;
        };
    }

    /** The standard name when this is one ({@code "srcnat"}), else the number. */
    @Override
    public String toString() {
        for (int i = 0; i < NAMED.length; i++) {
            if (NAMED[i].value == value) {
                return NAMES[i];
            }
        }
        return Integer.toString(value);
    }
}
