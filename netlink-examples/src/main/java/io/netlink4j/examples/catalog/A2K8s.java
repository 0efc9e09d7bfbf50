package io.netlink4j.examples.catalog;

import static io.netlink4j.examples.catalog.Dsl.*;

import io.netlink4j.examples.model.Article;
import io.netlink4j.examples.model.Check;
import io.netlink4j.examples.model.Example;
import io.netlink4j.examples.model.Op;
import io.netlink4j.examples.model.Section;
import io.netlink4j.examples.model.Step;
import java.util.ArrayList;
import java.util.List;

/** a2, "Kubernetes networking: network namespace, veth pair and bridge". */
final class A2K8s {
    private A2K8s() {}

    static Example veth() {
        Section namespaces = Section.of("What are network namespaces?",
                netnsAdd("ns1"),
                up(ns("ns1"), "lo"),
                netnsAdd("ns2"));
        Section pair = Section.of("What are veth pairs?",
                        vethPair("veth1", "veth2"),
                        up(HOST, "veth1"),
                        up(HOST, "veth2"),
                        move("veth1", "ns1"),
                        move("veth2", "ns2"),
                        addr(ns("ns1"), "10.0.0.1/24", "veth1"),
                        as("ip netns exec ns1 ip link set dev veth1 up", new Op.SetUp(ns("ns1"), "veth1")),
                        Step.changed("ip netns exec ns2 ip addr add", new Op.AddAddress(ns("ns2"), "veth2", "10.0.0.2/24")),
                        added(as("ip netns exec ns2 ip link set dev veth2 up", new Op.SetUp(ns("ns2"), "veth2"))))
                .note("the article's command for ns2 breaks off after 'ip addr add'; the example completes it"
                        + " as for ns1: 10.0.0.2/24 on veth2, then veth2 up")
                .note("moving a device to another namespace sets it down, so the 'up' before the move does not"
                        + " last: the ends are set up again inside, as the article does for veth1");
        List<Check> checks = List.of(
                new Check.NsExists("ns1"),
                new Check.NsExists("ns2"),
                new Check.LinkUp(ns("ns1"), "lo"),
                new Check.Ping(ns("ns1"), "127.0.0.1"),
                new Check.LinkUp(ns("ns1"), "veth1"),
                new Check.LinkUp(ns("ns2"), "veth2"),
                new Check.HasAddress(ns("ns1"), "veth1", "10.0.0.1/24"),
                new Check.HasAddress(ns("ns2"), "veth2", "10.0.0.2/24"),
                new Check.Ping(ns("ns1"), "10.0.0.2"),
                new Check.Ping(ns("ns2"), "10.0.0.1"));
        return new Example("k8s-veth", Article.A2, "ns1 loopback up; ns1/ns2 over veth1/veth2, 10.0.0.1-2/24",
                List.of(namespaces, pair), checks);
    }

    static Example bridge() {
        Section br = Section.of("What is a bridge?",
                as("brctl addbr br0", new Op.AddBridge(HOST, "br0")),
                as("ip link set dev br0 up", new Op.SetUp(HOST, "br0")));
        List<Step> wiring = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            wiring.add(netnsAdd("ns" + i));
        }
        for (int i = 1; i <= 3; i++) {
            wiring.add(vethPair("veth" + i + "_0", "veth" + i + "_1"));
        }
        for (int i = 1; i <= 3; i++) {
            wiring.add(up(HOST, "veth" + i + "_0"));
            wiring.add(up(HOST, "veth" + i + "_1"));
        }
        for (int i = 1; i <= 3; i++) {
            wiring.add(as("brctl addif br0 veth" + i + "_0", new Op.SetMaster(HOST, "veth" + i + "_0", "br0")));
        }
        for (int i = 1; i <= 3; i++) {
            wiring.add(move("veth" + i + "_1", "ns" + i));
        }
        List<Step> addresses = new ArrayList<>();
        List<Check> checks = new ArrayList<>(List.of(new Check.LinkUp(HOST, "br0")));
        for (int i = 1; i <= 3; i++) {
            String n = "ns" + i;
            String inner = "veth" + i + "_1";
            addresses.add(addr(ns(n), "10.0.0." + i + "/24", inner));
            addresses.add(as("ip netns exec " + n + " ip link set dev " + inner + " up", new Op.SetUp(ns(n), inner)));
            checks.add(new Check.NsExists(n));
            checks.add(new Check.Master(HOST, "veth" + i + "_0", "br0"));
            checks.add(new Check.LinkUp(HOST, "veth" + i + "_0"));
            checks.add(new Check.LinkUp(ns(n), inner));
            checks.add(new Check.HasAddress(ns(n), inner, "10.0.0." + i + "/24"));
        }
        checks.add(new Check.Ping(ns("ns1"), "10.0.0.2"));
        checks.add(new Check.Ping(ns("ns1"), "10.0.0.3"));
        checks.add(new Check.Ping(ns("ns2"), "10.0.0.3"));
        return new Example("k8s-bridge", Article.A2, "br0 with ns1..ns3 over vethN_0/vethN_1, 10.0.0.1-3/24",
                List.of(br,
                        new Section("Three namespaces on br0", wiring, List.of(
                                "brctl is the old bridge-utils tool; addbr/addif are the same netlink requests as"
                                        + " 'ip link add type bridge' and 'ip link set master'")),
                        new Section("Addresses", addresses, List.of())),
                checks);
    }
}
