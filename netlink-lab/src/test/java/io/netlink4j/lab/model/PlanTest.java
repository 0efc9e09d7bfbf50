package io.netlink4j.lab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a plan resolves: names, segments, subnets, addresses and shortest-path routes. */
class PlanTest {
    private static List<String> ifs(Plan p, String node) {
        return p.interfaces(node).stream().map(PlannedInterface::toString).toList();
    }

    private static List<String> routes(Plan p, String node) {
        return p.routes(node).stream().map(StaticRoute::toString).toList();
    }

    @Test
    void mininetsSingleGetsOneSubnetWithHostsInOrder() {
        Plan p = Topologies.single("m", 3).plan();
        assertThat(ifs(p, "h1")).containsExactly("h1:eth0 10.0.0.1/24");
        assertThat(ifs(p, "h3")).containsExactly("h3:eth0 10.0.0.3/24");
        assertThat(ifs(p, "s1")).containsExactly("s1:s1-eth1", "s1:s1-eth2", "s1:s1-eth3");
        assertThat(p.segments()).hasSize(1);
        assertThat(p.segments().getFirst().subnet().toString()).isEqualTo("10.0.0.0/24");
        assertThat(routes(p, "h1")).isEmpty();
        assertThat(p.addressOf("h2").orElseThrow().getHostAddress()).isEqualTo("10.0.0.2");
    }

    @Test
    void aSegmentTooLargeForASlash24GetsALargerSubnet() {
        Plan p = Topologies.tree("m", 3, 10).plan();
        assertThat(p.segments()).hasSize(1);
        assertThat(p.segments().getFirst().subnet().toString()).isEqualTo("10.0.0.0/22");
        assertThat(ifs(p, "h256")).containsExactly("h256:eth0 10.0.1.0/22");
        assertThat(ifs(p, "h1000")).containsExactly("h1000:eth0 10.0.3.232/22");
    }

    @Test
    void linearSwitchesFormOneSegmentAndFramesCrossEverySwitchBetween() {
        Plan p = Topologies.linear("m", 4).plan();
        assertThat(ifs(p, "s2")).containsExactly("s2:s2-eth1", "s2:s2-eth2", "s2:s2-eth3");
        PlannedInterface h1 = p.interfaces("h1").getFirst();
        PlannedInterface h4 = p.interfaces("h4").getFirst();
        assertThat(p.l2Path(h1, h4)).extracting(PlannedLink::label).containsExactly("h1:eth0 -- s1:s1-eth1",
                "s2:s2-eth2 -- s1:s1-eth2", "s3:s3-eth2 -- s2:s2-eth3", "s4:s4-eth2 -- s3:s3-eth3", "h4:eth0 -- s4:s4-eth1");
        assertThat(p.l2Path(h4, h1)).hasSize(5);
    }

    @Test
    void routersGetAddressesFromTheTopAndEveryoneShortestPathRoutes() {
        Topology t = Topology.named("r").withSwitch("s1").withSwitch("s2").withRouter("r1").withRouter("r2")
                .withHost("h1").withHost("h2")
                .withLink("h1", "s1").withLink("r1", "s1").withLink("r1", "r2").withLink("r2", "s2").withLink("h2", "s2");
        Plan p = t.plan();
        assertThat(ifs(p, "r1")).containsExactly("r1:eth0 10.0.0.254/24", "r1:eth1 10.0.1.254/24");
        assertThat(ifs(p, "r2")).containsExactly("r2:eth0 10.0.1.253/24", "r2:eth1 10.0.2.254/24");
        assertThat(ifs(p, "h2")).containsExactly("h2:eth0 10.0.2.1/24");
        assertThat(routes(p, "h1")).containsExactly("default via 10.0.0.254");
        assertThat(routes(p, "h2")).containsExactly("default via 10.0.2.254");
        assertThat(routes(p, "r1")).containsExactly("10.0.2.0/24 via 10.0.1.253");
        assertThat(routes(p, "r2")).containsExactly("10.0.0.0/24 via 10.0.1.254");
    }

    @Test
    void theShorterOfTwoPathsWins() {
        // h1 - r1 - r2 - r3 - h2, and a shortcut r1 - r3
        Topology t = Topology.named("r").withHost("h1").withRouter("r1").withRouter("r2").withRouter("r3").withHost("h2")
                .withLink("h1", "r1").withLink("r1", "r2").withLink("r2", "r3").withLink("r3", "h2").withLink("r1", "r3");
        Plan p = t.plan();
        String shortcut = p.linksBetween("r1", "r3").getFirst().b().address().address().getHostAddress();
        String h2net = p.interfaces("h2").getFirst().address().toString().replaceAll("\\.\\d+/", ".0/");
        assertThat(routes(p, "r1")).contains(h2net + " via " + shortcut);
        assertThat(routes(p, "h1")).containsExactly("default via 10.0.0.254");
    }

    @Test
    void givenAddressesAndRoutesWinAndThePoolSkipsTheirSubnets() {
        Topology t = Topology.named("g").withSwitch("s1").withHost("h1").withHost("h2").withRouter("r1").withHost("h3")
                .withLink(Link.of(Endpoint.of("h1").withAddress("10.0.0.7/24"), Endpoint.of("s1")))
                .withLink("h2", "s1").withLink("r1", "s1").withLink("r1", "h3")
                .withRoute("h1", "default", "10.0.0.2");
        Plan p = t.plan();
        assertThat(ifs(p, "h1")).containsExactly("h1:eth0 10.0.0.7/24");
        assertThat(ifs(p, "h2")).containsExactly("h2:eth0 10.0.0.1/24");
        assertThat(ifs(p, "r1")).containsExactly("r1:eth0 10.0.0.254/24", "r1:eth1 10.0.1.254/24");
        assertThat(ifs(p, "h3")).containsExactly("h3:eth0 10.0.1.1/24");
        assertThat(routes(p, "h1")).containsExactly("default via 10.0.0.2");
        assertThat(routes(p, "h2")).containsExactly("default via 10.0.0.254");
        assertThat(t.withAutoRoutes(false).plan().routes("h2")).isEmpty();
        assertThat(routes(t.withAutoRoutes(false).plan(), "h1")).containsExactly("default via 10.0.0.2");
    }

    @Test
    void givenInterfaceNamesAreKeptAndOthersChosenAroundThem() {
        Topology t = Topology.named("n").withSwitch("s1").withHost("h1").withHost("h2")
                .withLink("h1", "s1:s1-eth1").withLink("h1:eth0", "h2").withLink("h2", "s1");
        Plan p = t.plan();
        assertThat(ifs(p, "h1")).extracting(s -> s.split(" ")[0]).containsExactly("h1:eth1", "h1:eth0");
        assertThat(ifs(p, "s1")).containsExactly("s1:s1-eth1", "s1:s1-eth2");
        assertThatThrownBy(() -> Topology.named("n").withHost("h1").withHost("h2").withHost("h3")
                .withLink("h1:x", "h2").withLink("h1:x", "h3").plan())
                .hasMessage("lab n: interface name x of link h1:x -- h3 is used twice on h1");
    }

    @Test
    void longSwitchNamesGetShortPortNames() {
        Topology t = Topology.named("n").withSwitch("core-switch-01").withHost("h1").withHost("h2")
                .withLink("h1", "core-switch-01").withLink("h2", "core-switch-01");
        assertThat(ifs(t.plan(), "core-switch-01")).containsExactly("core-switch-01:p0", "core-switch-01:p1");
    }

    @Test
    void wholeTopologyRulesAreCheckedByThePlan() {
        assertThatThrownBy(() -> Topology.named("l").withSwitch("s1").withSwitch("s2").withSwitch("s3")
                .withLink("s1", "s2").withLink("s2", "s3").withLink("s3", "s1").plan())
                .hasMessageContaining("link s3 -- s1 closes a loop of switches");
        assertThatThrownBy(() -> Topology.named("l").withSwitch("s1").withSwitch("s2")
                .withLink("s1", "s2").withLink("s2", "s1").plan()).hasMessageContaining("closes a loop");
        assertThatThrownBy(() -> Topology.named("a").withSwitch("s1").withHost("h1").withHost("h2")
                .withLink(Link.of("h1", "s1").withAddresses("10.0.0.1/24", null))
                .withLink(Link.of("h2", "s1").withAddresses("10.0.1.1/24", null)).plan())
                .hasMessageContaining("are on one segment but in different subnets (10.0.0.0/24, 10.0.1.0/24)");
        assertThatThrownBy(() -> Topology.named("a").withHost("h1").withHost("h2").withHost("h3")
                .withLink(Link.of("h1", "h2").withAddresses("10.0.0.1/24", "10.0.0.1/24")).plan())
                .hasMessageContaining("address 10.0.0.1 is given twice");
        assertThatThrownBy(() -> Topology.named("a").withHost("h1").withHost("h2").withHost("h3").withHost("h4")
                .withLink(Link.of("h1", "h2").withAddresses("10.0.0.1/24", null))
                .withLink(Link.of("h3", "h4").withAddresses("10.0.0.3/25", null)).plan())
                .hasMessageContaining("subnets 10.0.0.0/24 and 10.0.0.0/25 of two segments overlap");
        assertThatThrownBy(() -> Topology.named("a").withHost("h1").withHost("h2")
                .withLink("h1", "h2").withRoute("h1", "default", "192.168.1.1").plan())
                .hasMessageContaining("gateway 192.168.1.1 is on none of its subnets [10.0.0.0/24]");
        Topology big = Topologies.single("p", 300).withPool("10.0.0.0/24");
        assertThatThrownBy(big::plan).hasMessage("lab p: pool 10.0.0.0/24 has no free /23 left for 300 ends; give a larger pool");
    }

    @Test
    void anUplinkGivesEveryoneADefaultRouteTowardsItsRouter() {
        Topology t = Topology.named("u").withSwitch("s1").withRouter("r1").withRouter("r2").withHost("h1").withHost("h2")
                .withLink("h1", "s1").withLink("r1", "s1").withLink("r2", "s1").withLink("r2", "h2").withUplink("r1");
        Plan p = t.plan();
        assertThat(ifs(p, "r2")).containsExactly("r2:eth0 10.0.0.253/24", "r2:eth1 10.0.1.254/24");
        assertThat(routes(p, "r1")).containsExactly("10.0.1.0/24 via 10.0.0.253", "default via 203.0.113.1");
        assertThat(routes(p, "r2")).containsExactly("default via 10.0.0.254");
        assertThat(routes(p, "h1")).containsExactly("10.0.1.0/24 via 10.0.0.253", "default via 10.0.0.254");
        assertThat(routes(p, "h2")).containsExactly("default via 10.0.1.254");
        assertThat(p.uplink().orElseThrow().router()).isEqualTo("r1");
        assertThat(Snapshot.expected(p).node("r1").orElseThrow().iface("uplink0").orElseThrow().toString())
                .isEqualTo("uplink0 veth UP mtu 1500 203.0.113.2/24 <=> (internet):inet0");
        assertThat(Diff.between(p, Snapshot.expected(p))).isEmpty();
        assertThatThrownBy(() -> t.withUplink("h1")).hasMessageContaining("the uplink goes to h1, a host");
        assertThatThrownBy(() -> t.withUplink("r9")).hasMessageContaining("the uplink's router r9 is not declared");
        assertThatThrownBy(() -> Topology.named("u").withRouter("r1").withHost("h1")
                .withLink(Link.of("r1", "h1").withAddresses("198.51.100.7/24", null)).withUplink("r1").plan())
                .hasMessageContaining("subnet 198.51.100.0/24 overlaps 198.51.100.0/24, which the uplink to the internet takes");
        assertThatThrownBy(() -> Topology.named("u").withRouter("r1").withHost("h1").withLink("r1:uplink0", "h1")
                .withUplink("r1").plan()).hasMessageContaining("interface name uplink0 of link r1:uplink0 -- h1 is the"
                + " uplink's on r1");
        assertThat(Topology.named("u").withPool("203.0.112.0/23").withRouter("r1").withHost("h1").withLink("r1", "h1")
                .withUplink("r1").plan().segments().getFirst().subnet().toString()).isEqualTo("203.0.112.0/24");
    }

    @Test
    void thePoolHandsOutSubnetsInOrder() {
        Topology t = Topology.named("p").withPool("172.16.0.0/16").withHost("a").withHost("b").withHost("c")
                .withLink("a", "b").withLink("b", "c").withLink("a", "c");
        Plan p = t.plan();
        assertThat(p.segments()).extracting(s -> s.subnet().toString())
                .containsExactly("172.16.0.0/24", "172.16.1.0/24", "172.16.2.0/24");
        assertThat(p.segments().get(1).label()).isEqualTo("the link b:eth1 -- c:eth0");
    }
}
