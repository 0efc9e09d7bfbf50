package io.netlink4j.consumer;

import io.netlink4j.core.ns.NetNs;
import io.netlink4j.netfilter.Family;
import io.netlink4j.netfilter.Nftables;
import io.netlink4j.netfilter.Table;
import io.netlink4j.route.Rtnetlink;
import io.netlink4j.route.link.Bridge;
import io.netlink4j.route.link.Link;
import java.util.List;

/**
 * A user's first program, run by .ci/consumer.sh on the class path and on the module path: in a
 * new anonymous network namespace (gone with everything in it once closed), create a bridge and
 * an nftables table, and read both back. Prints one line starting with "consumer ok"; any
 * failure is an exception and a non-zero exit.
 */
public final class Main {
    public static void main(String[] args) {
        String mode = Main.class.getModule().isNamed() ? "module path" : "class path";
        String library = Rtnetlink.class.getModule().isNamed()
                ? "module " + Rtnetlink.class.getModule().getName() : "unnamed module";
        try (NetNs ns = NetNs.create();
             Rtnetlink route = Rtnetlink.open(ns);
             Nftables nft = Nftables.open(ns)) {
            route.links().add(Bridge.of("br0"));
            List<String> links = route.links().list().stream().map(Link::name).toList();
            check(links.contains("br0"), "br0 is not among the links " + links);

            nft.tables().add(Table.of(Family.INET, "consumer"));
            List<String> tables = nft.tables().list().stream().map(Table::name).toList();
            check(tables.contains("consumer"), "table consumer is not among " + tables);

            System.out.println("consumer ok (" + mode + ", netlink4j in " + library + "): links " + links
                    + ", nftables tables " + tables);
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
