package io.netlink4j.examples.catalog;

import static io.netlink4j.examples.catalog.Dsl.*;

import io.netlink4j.examples.model.Article;
import io.netlink4j.examples.model.Check;
import io.netlink4j.examples.model.Example;
import io.netlink4j.examples.model.Op;
import io.netlink4j.examples.model.Section;
import io.netlink4j.examples.model.Step;
import java.util.List;

/** a3, KubeDojo "Network Namespaces &amp; veth": Try This, Part 2, and the mini CNI. */
final class A3Dojo {
    private A3Dojo() {}

    static Example veth() {
        Section create = Section.of("1. Create namespaces", netnsAdd("red"), netnsAdd("blue"));
        Section pair = Section.of("2-3. Create the veth pair, move each end",
                vethPair("veth-red", "veth-blue"), move("veth-red", "red"), move("veth-blue", "blue"));
        Section conf = Section.of("4-5. Addresses, interfaces up",
                addr(ns("red"), "10.0.0.1/24", "veth-red"),
                addr(ns("blue"), "10.0.0.2/24", "veth-blue"),
                up(ns("red"), "veth-red"),
                up(ns("blue"), "veth-blue"),
                up(ns("red"), "lo"),
                up(ns("blue"), "lo"));
        List<Check> checks = List.of(
                new Check.NsExists("red"),
                new Check.NsExists("blue"),
                new Check.LinkUp(ns("red"), "veth-red"),
                new Check.LinkUp(ns("blue"), "veth-blue"),
                new Check.LinkUp(ns("red"), "lo"),
                new Check.LinkUp(ns("blue"), "lo"),
                new Check.HasAddress(ns("red"), "veth-red", "10.0.0.1/24"),
                new Check.HasAddress(ns("blue"), "veth-blue", "10.0.0.2/24"),
                new Check.Ping(ns("red"), "10.0.0.2"),
                new Check.Ping(ns("blue"), "10.0.0.1"));
        return new Example("dojo-veth", Article.A3, "red/blue over veth-red/veth-blue, lo up, 10.0.0.1-2/24",
                List.of(create, pair, conf), checks);
    }

    static Example bridge() {
        Section br = Section.of("1. Create bridge",
                newBridge("br0"), up(HOST, "br0"), addr(HOST, "10.0.0.254/24", "br0"));
        Section ns3 = Section.of("2. Create namespace connected to bridge",
                netnsAdd("ns3"),
                vethPair("veth-ns3", "veth-br"),
                move("veth-ns3", "ns3"),
                master("veth-br", "br0"),
                up(HOST, "veth-br"));
        Section conf = Section.of("3. Configure ns3",
                addr(ns("ns3"), "10.0.0.3/24", "veth-ns3"),
                up(ns("ns3"), "veth-ns3"),
                up(ns("ns3"), "lo"),
                defaultVia(ns("ns3"), "10.0.0.254"));
        List<Check> checks = List.of(
                new Check.NsExists("ns3"),
                new Check.LinkUp(HOST, "br0"),
                new Check.HasAddress(HOST, "br0", "10.0.0.254/24"),
                new Check.Master(HOST, "veth-br", "br0"),
                new Check.LinkUp(HOST, "veth-br"),
                new Check.LinkUp(ns("ns3"), "veth-ns3"),
                new Check.HasAddress(ns("ns3"), "veth-ns3", "10.0.0.3/24"),
                new Check.HasRoute(ns("ns3"), null, "10.0.0.254", null),
                new Check.Ping(ns("ns3"), "10.0.0.254"),
                new Check.Ping(HOST, "10.0.0.3"));
        return new Example("dojo-bridge", Article.A3, "br0 10.0.0.254/24, ns3 over veth-ns3/veth-br, default route, ping from host",
                List.of(br, ns3, conf), checks);
    }

    static Example cni() {
        Section br = Section.of("1. Create bridge",
                newBridge("cni0"), up(HOST, "cni0"), addr(HOST, "10.244.0.1/24", "cni0"));
        Section ns = Section.of("2. Create \"container\" namespace", netnsAdd("container1"));
        Section pair = Section.of("3-5. veth pair: eth0 into the container, veth0 onto the bridge",
                        Step.changed("ip link add veth0 type veth peer name eth0",
                                new Op.AddVeth(HOST, "veth0", "eth0", "container1")),
                        Step.changed("ip link set eth0 netns container1",
                                new Op.Nothing("done above: eth0 was made inside container1")),
                        master("veth0", "cni0"),
                        up(HOST, "veth0"))
                .note("the article makes eth0 on the host and then moves it; a host that has its own eth0 (the"
                        + " sandbox's uplink, most real machines) refuses that name with EEXIST. The example"
                        + " creates the peer directly inside container1, as"
                        + " 'ip link add veth0 type veth peer name eth0 netns container1' does");
        Section conf = Section.of("6-7. Configure container interface, default route",
                addr(ns("container1"), "10.244.0.2/24", "eth0"),
                up(ns("container1"), "eth0"),
                up(ns("container1"), "lo"),
                defaultVia(ns("container1"), "10.244.0.1"));
        Section nat = Section.of("8-9. Forwarding and NAT on the host",
                ipForward(),
                as("iptables -t nat -A POSTROUTING -s 10.244.0.0/24 ! -o cni0 -j MASQUERADE",
                        new Op.MasqueradeSource(HOST, Catalog.NFT_TABLE, "10.244.0.0/24", "cni0")));
        List<Check> checks = List.of(
                new Check.NsExists("container1"),
                new Check.LinkUp(HOST, "cni0"),
                new Check.HasAddress(HOST, "cni0", "10.244.0.1/24"),
                new Check.Master(HOST, "veth0", "cni0"),
                new Check.LinkUp(HOST, "veth0"),
                new Check.LinkUp(ns("container1"), "eth0"),
                new Check.HasAddress(ns("container1"), "eth0", "10.244.0.2/24"),
                new Check.HasRoute(ns("container1"), null, "10.244.0.1", null),
                new Check.Forwarding(HOST),
                new Check.Ping(ns("container1"), "10.244.0.1"),
                new Check.Internet(ns("container1")));
        return new Example("dojo-cni", Article.A3,
                "cni0 10.244.0.1/24, container1 eth0/veth0 10.244.0.2/24, default route, ip_forward, masquerade -s 10.244.0.0/24 ! -o cni0",
                List.of(br, ns, pair, conf, nat), checks);
    }
}
