package io.netlink4j.examples.run;

import io.netlink4j.core.ns.NetNs;
import io.netlink4j.netfilter.Family;
import io.netlink4j.netfilter.Nftables;

/**
 * The NAT steps, through netlink-netfilter: each opens an nftables socket inside the namespace
 * playing the host and adds the masquerade rule to the examples' own table.
 */
final class Nat {
    private Nat() {}

    /** {@code iptables -t nat -A POSTROUTING -o OUT -j MASQUERADE} inside {@code ns}. */
    static void masquerade(NetNs ns, String table, String outInterface) {
        try (Nftables nft = Nftables.open(ns)) {
            nft.masquerade(table, outInterface);
        }
    }

    /** {@code iptables -t nat -A POSTROUTING -s SRC ! -o DEV -j MASQUERADE} inside {@code ns}. */
    static void masqueradeSource(NetNs ns, String table, String source, String notOutInterface) {
        try (Nftables nft = Nftables.open(ns)) {
            nft.masqueradeSource(table, source, notOutInterface);
        }
    }

    /** {@code nft delete table ip TABLE} inside {@code ns}; false when there is none. */
    static boolean deleteTableIfExists(NetNs ns, String table) {
        try (Nftables nft = Nftables.open(ns)) {
            return nft.deleteTable(Family.IP, table);
        }
    }
}
