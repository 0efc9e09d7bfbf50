package io.netlink4j.examples.catalog;

import static io.netlink4j.examples.catalog.Dsl.*;

import io.netlink4j.examples.model.Article;
import io.netlink4j.examples.model.Check;
import io.netlink4j.examples.model.Example;
import io.netlink4j.examples.model.Op;
import io.netlink4j.examples.model.Section;
import io.netlink4j.examples.model.Step;
import java.util.List;

/** a4 and a5, "Container Networking Deep Dive" parts 2 and 1 (their setup.sh and test.sh). */
final class A4A5DeepDive {
    private static final String ENV_NOTE = "the article's scripts read env.sh; its values are written in:"
            + " CON1=netns1 CON2=netns2 BRIDGE_IP=172.16.0.1 IP1=172.16.0.2 IP2=172.16.0.3";

    private A4A5DeepDive() {}

    static Example bridge() {
        Section create = Section.of("Creating the Namespaces & Interfaces",
                        netnsAdd("netns1"),
                        netnsAdd("netns2"),
                        vethPair("veth10", "veth11"),
                        vethPair("veth20", "veth21"),
                        move("veth11", "netns1"),
                        move("veth21", "netns2"),
                        addr(ns("netns1"), "172.16.0.2/24", "veth11"),
                        addr(ns("netns2"), "172.16.0.3/24", "veth21"),
                        up(ns("netns1"), "veth11"),
                        up(ns("netns2"), "veth21"))
                .note(ENV_NOTE);
        Section connect = Section.of("Connecting via Bridge",
                as("ip link add name br0 type bridge", new Op.AddBridge(HOST, "br0")),
                master("veth10", "br0"),
                master("veth20", "br0"),
                addr(HOST, "172.16.0.1/24", "br0"));
        Section together = Section.of("Bridging everything together",
                up(HOST, "br0"),
                up(HOST, "veth10"),
                up(HOST, "veth20"),
                up(ns("netns1"), "lo"),
                up(ns("netns2"), "lo"));
        Section routing = Section.of("Routing configuration",
                as("ip netns exec netns1 ip route add default via 172.16.0.1 dev veth11",
                        new Op.AddRoute(ns("netns1"), "default", "172.16.0.1", "veth11")),
                as("ip netns exec netns2 ip route add default via 172.16.0.1 dev veth21",
                        new Op.AddRoute(ns("netns2"), "default", "172.16.0.1", "veth21")));
        List<Check> checks = List.of(
                new Check.NsExists("netns1"),
                new Check.NsExists("netns2"),
                new Check.HasAddress(ns("netns1"), "veth11", "172.16.0.2/24"),
                new Check.HasAddress(ns("netns2"), "veth21", "172.16.0.3/24"),
                new Check.LinkUp(ns("netns1"), "veth11"),
                new Check.LinkUp(ns("netns2"), "veth21"),
                new Check.Master(HOST, "veth10", "br0"),
                new Check.Master(HOST, "veth20", "br0"),
                new Check.HasRoute(ns("netns1"), null, "172.16.0.1", "veth11"),
                new Check.HasRoute(ns("netns2"), null, "172.16.0.1", "veth21"),
                new Check.Ping(ns("netns1"), "172.16.0.3"),
                new Check.Ping(ns("netns2"), "172.16.0.2"),
                new Check.Ping(ns("netns1"), "172.16.0.1"),
                new Check.Ping(ns("netns2"), "172.16.0.1"),
                new Check.Ping(HOST, "172.16.0.2"),
                new Check.Ping(HOST, "172.16.0.3"),
                new Check.LinkUp(HOST, "br0"),
                new Check.HasAddress(HOST, "br0", "172.16.0.1/24"));
        return new Example("deepdive-bridge", Article.A4,
                "netns1/netns2, veth10-11/veth20-21 on br0 172.16.0.1/24, .2/.3, default routes via bridge",
                List.of(create, connect, together, routing), checks);
    }

    static Example single() {
        Section setup = Section.of("scenario1.sh: namespace, veth pair, address, interfaces up",
                        netnsAdd("netns1"),
                        vethPair("veth1", "veth2"),
                        move("veth2", "netns1"),
                        as("ip netns exec netns1 ip addr add 10.200.1.1 dev veth2",
                                new Op.AddAddress(ns("netns1"), "veth2", "10.200.1.1/32")),
                        up(ns("netns1"), "veth2"),
                        up(ns("netns1"), "lo"),
                        up(HOST, "veth1"))
                .note("env.sh: CON=netns1 IP=10.200.1.1; an address without a prefix is a /32, as ip makes it");
        Section routing = Section.of("Routing setup",
                        as("ip route add 10.200.1.1/32 dev veth1", new Op.AddRoute(HOST, "10.200.1.1/32", null, "veth1")),
                        Step.changed("ip netns exec netns1 ip route add default via 10.200.1.1 dev veth2",
                                new Op.AddRoute(ns("netns1"), "default", null, "veth2")))
                .note("the article's default route names the namespace's own address 10.200.1.1 as"
                        + " gateway; a gateway is the neighbour to send through, never ourselves (kernels"
                        + " accept it and route out of veth2 anyway, which is why the article's ping works)."
                        + " The example writes what it means: 'default dev veth2', out of the veth, no gateway");
        List<Check> checks = List.of(
                new Check.NsExists("netns1"),
                new Check.LinkUp(ns("netns1"), "veth2"),
                new Check.HasAddress(ns("netns1"), "veth2", "10.200.1.1/32"),
                new Check.LinkUp(HOST, "veth1"),
                new Check.HasRoute(HOST, "10.200.1.1/32", null, "veth1"),
                new Check.Ping(HOST, "10.200.1.1"),
                new Check.Ping(ns("netns1"), "10.200.1.1"),
                new Check.HasRoute(ns("netns1"), null, null, "veth2"));
        return new Example("deepdive-single", Article.A5,
                "netns1, veth1/veth2, 10.200.1.1 in netns1, host route 10.200.1.1/32 dev veth1, default route",
                List.of(setup, routing), checks);
    }
}
