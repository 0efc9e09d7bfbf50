package io.netlink4j.examples.run;

import io.netlink4j.core.ns.NetNs;

/**
 * The NAT steps, through netlink-netfilter. Until that module has masquerade, the steps report
 * NAT as missing — the NAT checks then fail too, rather than pretending.
 */
final class Nat {
    private static final String MISSING = "NAT is missing: netlink-netfilter has no masquerade yet";

    private Nat() {}

    /** {@code iptables -t nat -A POSTROUTING -o OUT -j MASQUERADE} inside {@code ns}. */
    static void masquerade(NetNs ns, String table, String outInterface) {
        throw new MissingFeature(MISSING);
    }

    /** {@code iptables -t nat -A POSTROUTING -s SRC ! -o DEV -j MASQUERADE} inside {@code ns}. */
    static void masqueradeSource(NetNs ns, String table, String source, String notOutInterface) {
        throw new MissingFeature(MISSING);
    }

    /** {@code nft delete table ip TABLE} inside {@code ns}; false when there is none. */
    static boolean deleteTableIfExists(NetNs ns, String table) {
        throw new MissingFeature(MISSING);
    }
}
