package io.netlink4j.lab.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.Cidr;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diff between a plan and a snapshot: each kind of difference, in the words diff prints. */
class DiffTest {
    private static final Topology T = Topology.named("d").withSwitch("s1").withRouter("r1").withHost("h1")
            .withHost("h2").withHost("h3")
            .withLink("h1", "s1").withLink("h2", "s1").withLink("r1", "s1").withLink("r1", "h3");
    private static final Plan P = T.plan();
    private static final Snapshot S = Snapshot.expected(P);

    private static List<String> diff(Snapshot s) {
        return Diff.between(P, s).stream().map(Change::toString).toList();
    }

    @Test
    void aLabAsPlannedHasNoDifferences() {
        assertThat(diff(S)).isEmpty();
        assertThat(Diff.between(Topologies.tree("x", 2, 3).plan(), Snapshot.expected(Topologies.tree("x", 2, 3).plan())))
                .isEmpty();
    }

    @Test
    void missingAndExtraNodes() {
        // (the kernel would have deleted r1's end with h3's; here it is left to show that strays go first)
        assertThat(diff(Edit.without(S, "h3"))).containsExactly("+ node h3 (host)", "- link r1:eth1 -- h3:eth0",
                "+ link r1:eth1 -- h3:eth0", "+ route default via 10.0.1.254 on h3");
        Snapshot extra = new Snapshot("d", new java.util.ArrayList<>(S.nodes()) {{
            add(new NodeState("h9", NodeKind.HOST, false, List.of(), List.of(), List.of()));
        }});
        assertThat(diff(extra)).containsExactly("- node h9 (host)");
        assertThat(diff(Edit.without(S, "s1"))).startsWith("+ node s1 (switch)", "- link h1:eth0 -- s1:s1-eth1",
                "+ link h1:eth0 -- s1:s1-eth1");
    }

    @Test
    void changedNodes() {
        assertThat(diff(Edit.forwarding(S, "r1", false))).containsExactly("~ r1 net.ipv4.ip_forward 0 -> 1");
        assertThat(diff(Edit.forwarding(S, "h1", true))).containsExactly("~ h1 net.ipv4.ip_forward 1 -> 0");
        Snapshot kind = Edit.node(S, "h1", n -> new NodeState(n.name(), NodeKind.ROUTER, true, n.interfaces(), n.routes(),
                n.drops()));
        assertThat(diff(kind)).containsExactly("~ node h1 router -> host");
    }

    @Test
    void interfacesThatDifferAreChangedInPlace() {
        assertThat(diff(Edit.iface(S, "h1", "eth0", Edit::down))).containsExactly("~ h1:eth0 down -> up");
        assertThat(diff(Edit.iface(S, "h1", "eth0", i -> Edit.mtu(i, 1400)))).containsExactly("~ h1:eth0 mtu 1400 -> 1500");
        assertThat(diff(Edit.iface(S, "s1", "s1-eth2", i -> Edit.master(i, null))))
                .containsExactly("~ s1:s1-eth2 master none -> s1");
        assertThat(diff(Edit.iface(S, "h2", "eth0", i -> Edit.addresses(i, "10.0.0.2/24", "10.0.0.99/24"))))
                .containsExactly("- address 10.0.0.99/24 on h2:eth0");
        assertThat(diff(Edit.iface(S, "h2", "eth0", i -> Edit.addresses(i))))
                .containsExactly("+ address 10.0.0.2/24 on h2:eth0");
    }

    @Test
    void brokenPairsAreRebuiltAndStrayEndsRemoved() {
        assertThat(diff(Edit.withoutIface(S, "h3", "eth0"))).containsExactly("- link r1:eth1 -- h3:eth0",
                "+ link r1:eth1 -- h3:eth0");
        Snapshot stray = Edit.node(S, "h1", n -> new NodeState(n.name(), n.kind(), n.forwarding(),
                new java.util.ArrayList<>(n.interfaces()) {{
                    add(new InterfaceState("eth7", "veth", true, true, 1500, null, null, List.of(), "h2", "eth7",
                            Impairment.NONE));
                }}, n.routes(), n.drops()));
        stray = Edit.node(stray, "h2", n -> new NodeState(n.name(), n.kind(), n.forwarding(),
                new java.util.ArrayList<>(n.interfaces()) {{
                    add(new InterfaceState("eth7", "veth", true, true, 1500, null, null, List.of(), "h1", "eth7",
                            Impairment.NONE));
                }}, n.routes(), n.drops()));
        assertThat(diff(stray)).containsExactly("- link h1:eth7 -- h2:eth7");
    }

    @Test
    void routesThatDiffer() {
        assertThat(diff(Edit.routes(S, "h1", r -> {
            r.removeIf(x -> !x.isConnected());
            return r;
        }))).containsExactly("+ route default via 10.0.0.254 on h1");
        assertThat(diff(Edit.routes(S, "h1", r -> {
            r.add(new RouteState(Cidr.parse("192.168.0.0/16"), Cidr.parseAddress("10.0.0.2"), "eth0", "unicast", "boot"));
            r.add(new RouteState(Cidr.parse("10.0.1.1/32"), null, null, "blackhole", "boot"));
            return r;
        }))).containsExactly("- route 192.168.0.0/16 via 10.0.0.2 dev eth0 proto boot on h1",
                "- route blackhole 10.0.1.1/32 proto boot on h1");
    }

    @Test
    void impairmentsAndPartitionsThatDiffer() {
        Snapshot slow = Edit.iface(S, "h1", "eth0", i -> new InterfaceState(i.name(), i.kind(), i.up(), i.lowerUp(),
                i.mtu(), i.mac(), i.master(), i.addresses(), i.peerNode(), i.peerName(), Impairment.rate("1mbit")));
        assertThat(diff(slow)).containsExactly("~ link h1:eth0 -- s1:s1-eth1 rate 1mbit -> none");
        Snapshot cut = Edit.drop(S, "h1", new DropRule("ip daddr 10.0.0.2 drop", null, Cidr.parse("10.0.0.2/32"), 1, true));
        assertThat(diff(cut)).containsExactly("- partition rules on h1");
    }
}
