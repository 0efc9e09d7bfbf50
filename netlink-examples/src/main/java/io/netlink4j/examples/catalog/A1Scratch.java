package io.netlink4j.examples.catalog;

import static io.netlink4j.examples.catalog.Dsl.*;

import io.netlink4j.examples.model.Article;
import io.netlink4j.examples.model.Check;
import io.netlink4j.examples.model.Example;
import io.netlink4j.examples.model.Op;
import io.netlink4j.examples.model.Section;
import java.util.ArrayList;
import java.util.List;

/** a1, "Building a container network from scratch": veth, bridge, NAT. */
final class A1Scratch {
    private static final String BLUE = "ns-blue";
    private static final String GREEN = "ns-green";

    private A1Scratch() {}

    private static Section namespaces() {
        return Section.of("Create namespaces", netnsAdd(BLUE), netnsAdd(GREEN));
    }

    static Example veth() {
        Section pair = Section.of("Create veth pairs",
                vethPair("veth-blue", "veth-green"),
                move("veth-blue", BLUE),
                move("veth-green", GREEN),
                addr(ns(BLUE), "10.0.0.1/24", "veth-blue"),
                addr(ns(GREEN), "10.0.0.2/24", "veth-green"),
                up(ns(BLUE), "veth-blue"),
                up(ns(GREEN), "veth-green"));
        List<Check> checks = List.of(
                new Check.NsExists(BLUE),
                new Check.NsExists(GREEN),
                new Check.LinkUp(ns(BLUE), "veth-blue"),
                new Check.LinkUp(ns(GREEN), "veth-green"),
                new Check.HasAddress(ns(BLUE), "veth-blue", "10.0.0.1/24"),
                new Check.HasAddress(ns(GREEN), "veth-green", "10.0.0.2/24"),
                new Check.Ping(ns(BLUE), "10.0.0.2"),
                new Check.Ping(ns(GREEN), "10.0.0.1"));
        return new Example("scratch-veth", Article.A1,
                "ns-blue/ns-green joined by a veth pair, 10.0.0.1-2/24, ping", List.of(namespaces(), pair), checks);
    }

    private static Section bridgeStep() {
        return Section.of("The bridge",
                newBridge("br0"),
                vethPair("veth-blue", "veth-blue-br"),
                move("veth-blue", BLUE),
                master("veth-blue-br", "br0"),
                vethPair("veth-green", "veth-green-br"),
                move("veth-green", GREEN),
                master("veth-green-br", "br0"),
                up(HOST, "br0"));
    }

    private static Section bridgeCompletion() {
        return Section.of("What the bridge step leaves out",
                        added(addr(ns(BLUE), "10.0.0.1/24", "veth-blue")),
                        added(addr(ns(GREEN), "10.0.0.2/24", "veth-green")),
                        added(up(ns(BLUE), "veth-blue")),
                        added(up(ns(GREEN), "veth-green")),
                        added(up(HOST, "veth-blue-br")),
                        added(up(HOST, "veth-green-br")))
                .note("the article's bridge step assigns no addresses and never sets the veth ends up, so"
                        + " nothing could ping; the example gives ns-blue/ns-green 10.0.0.1-2/24 as in the"
                        + " veth step and sets both ends of each pair up");
    }

    private static List<Check> bridgeChecks() {
        List<Check> c = new ArrayList<>(List.of(
                new Check.NsExists(BLUE),
                new Check.NsExists(GREEN),
                new Check.LinkUp(HOST, "br0"),
                new Check.Master(HOST, "veth-blue-br", "br0"),
                new Check.Master(HOST, "veth-green-br", "br0"),
                new Check.LinkUp(HOST, "veth-blue-br"),
                new Check.LinkUp(HOST, "veth-green-br"),
                new Check.LinkUp(ns(BLUE), "veth-blue"),
                new Check.LinkUp(ns(GREEN), "veth-green"),
                new Check.HasAddress(ns(BLUE), "veth-blue", "10.0.0.1/24"),
                new Check.HasAddress(ns(GREEN), "veth-green", "10.0.0.2/24"),
                new Check.Ping(ns(BLUE), "10.0.0.2"),
                new Check.Ping(ns(GREEN), "10.0.0.1")));
        return c;
    }

    static Example bridge() {
        return new Example("scratch-bridge", Article.A1,
                "br0 with veth-blue/veth-blue-br and veth-green/veth-green-br; 10.0.0.1-2/24 as in the veth step",
                List.of(namespaces(), bridgeStep(), bridgeCompletion()), bridgeChecks());
    }

    static Example nat() {
        Section gateway = Section.of("What getting out needs first",
                        added(addr(HOST, "10.0.0.254/24", "br0")),
                        added(defaultVia(ns(BLUE), "10.0.0.254")),
                        added(defaultVia(ns(GREEN), "10.0.0.254")))
                .note("the article enables forwarding and masquerade but never gives the namespaces a way"
                        + " out: br0 gets 10.0.0.254/24 as their gateway and each namespace a default route via it");
        Section out = Section.of("Getting out",
                        ipForward(),
                        as("iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE",
                                new Op.Masquerade(HOST, Catalog.NFT_TABLE, "eth0")))
                .note("masquerade is an nftables rule in table ip " + Catalog.NFT_TABLE
                        + " (the iptables nat table is nftables underneath on current distributions)");
        List<Check> c = bridgeChecks();
        c.add(new Check.HasAddress(HOST, "br0", "10.0.0.254/24"));
        c.add(new Check.HasRoute(ns(BLUE), null, "10.0.0.254", null));
        c.add(new Check.HasRoute(ns(GREEN), null, "10.0.0.254", null));
        c.add(new Check.Forwarding(HOST));
        c.add(new Check.Ping(ns(BLUE), "10.0.0.254"));
        c.add(new Check.Internet(ns(BLUE)));
        c.add(new Check.Internet(ns(GREEN)));
        return new Example("scratch-nat", Article.A1,
                "bridge step + br0 10.0.0.254/24 as gateway + default routes via it + ip_forward + masquerade out of eth0",
                List.of(namespaces(), bridgeStep(), bridgeCompletion(), gateway, out), c);
    }
}
