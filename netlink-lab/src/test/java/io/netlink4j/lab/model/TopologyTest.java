package io.netlink4j.lab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The model's rules: each bad value is refused with a message that names it and the rule. */
class TopologyTest {
    @Test
    void labNamesHaveNoDashSoThatNamespacesNameTheirLab() {
        assertThatThrownBy(() -> Topology.named("my-lab")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lab name 'my-lab' is invalid").hasMessageContaining("no '-'");
        assertThatThrownBy(() -> Topology.named("x".repeat(33))).hasMessageContaining("1 to 32");
        assertThatThrownBy(() -> Topology.named(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThat(Names.namespaceOf("demo", "h1")).isEqualTo("demo-h1");
    }

    @Test
    void nodeOfReadsTheNodeBackFromItsNamespace() {
        assertThat(Names.nodeOf("demo", Names.namespaceOf("demo", "h1"))).isEqualTo("h1");
        assertThat(Names.nodeOf("demo", "demo-r1.eth")).isEqualTo("r1.eth");
        assertThat(Names.nodeOf("demo", "demo")).isNull();
        assertThatThrownBy(() -> Names.nodeOf("demo", "other-h1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("other-h1").hasMessageContaining("demo");
        assertThatThrownBy(() -> Names.nodeOf("demo", "demo-")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Names.nodeOf("demo", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("namespace");
    }

    @Test
    void nodesAreDeclaredOnceAndLinksNameDeclaredNodes() {
        Topology t = Topology.named("t").withHost("h1").withSwitch("s1");
        assertThatThrownBy(() -> t.withHost("h1")).hasMessage("lab t: node h1 is declared twice");
        assertThatThrownBy(() -> t.withLink("h1", "h9"))
                .hasMessage("lab t: link h1 -- h9 names node h9, which is not declared");
        assertThatThrownBy(() -> t.withLink("h1", "h1")).hasMessageContaining("joins node h1 to itself");
        assertThatThrownBy(() -> t.withLink(Link.of("h1", "s1").withAddresses(null, "10.0.0.9/24")))
                .hasMessageContaining("gives switch s1 an address: a switch port has none");
        assertThatThrownBy(() -> t.withNode(null)).isInstanceOf(NullPointerException.class).hasMessage("node");
    }

    @Test
    void switchNamesAreBridgeNames() {
        assertThatThrownBy(() -> Topology.named("t").withSwitch("a-very-long-switch"))
                .hasMessageStartingWith("switch name 'a-very-long-switch' names its bridge too: interface name");
        assertThat(Topology.named("t").withHost("a-very-long-host-name").nodes()).hasSize(1);
        assertThatThrownBy(() -> Node.of("-h", NodeKind.HOST)).hasMessageContaining("node name '-h' is invalid");
        assertThatThrownBy(() -> Node.of("s1", NodeKind.SWITCH).withRoute(StaticRoute.of("default", "10.0.0.1")))
                .hasMessageContaining("switch s1 has routes");
    }

    @Test
    void endpointsParseAsContainerlabWritesThem() {
        assertThat(Endpoint.parse("h1")).isEqualTo(Endpoint.of("h1"));
        assertThat(Endpoint.parse("h1:eth3")).isEqualTo(Endpoint.of("h1").withIfname("eth3"));
        assertThatThrownBy(() -> Endpoint.parse("h1:")).hasMessageContaining("is not NODE or NODE:INTERFACE");
        assertThatThrownBy(() -> Endpoint.parse("h1:a:b")).hasMessageContaining("is not NODE or NODE:INTERFACE");
        assertThatThrownBy(() -> Endpoint.parse("h1:lo")).hasMessageContaining("lo is the node's loopback");
        assertThatThrownBy(() -> Endpoint.parse("h1:0123456789abcdef")).hasMessageContaining("16 bytes long");
        assertThatThrownBy(() -> Endpoint.of("h1").withAddress("fd00::1/64")).hasMessageContaining("is not IPv4");
        assertThatThrownBy(() -> Endpoint.of("h1").withAddress("10.0.0.0/24"))
                .hasMessageContaining("is the network or broadcast address");
        assertThatThrownBy(() -> Endpoint.of("h1").withAddress("10.0.0.255/24"))
                .hasMessageContaining("is the network or broadcast address");
        assertThat(Endpoint.of("h1").withAddress("10.0.0.1/31").address().prefixLength()).isEqualTo(31);
        assertThatThrownBy(() -> Endpoint.of("h1").withMac("01:00:5e:00:00:01")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linksCheckTheirMtu() {
        assertThatThrownBy(() -> Link.of("a", "b").withMtu(67)).hasMessageContaining("MTU 67 is out of range 68..65535");
        assertThat(Link.of("a", "b").withMtu(9000).effectiveMtu()).isEqualTo(9000);
        assertThat(Link.of("a", "b").effectiveMtu()).isEqualTo(1500);
        assertThat(Link.of("a", "b").withMtu(9000).toString()).isEqualTo("a -- b mtu 9000");
    }

    @Test
    void impairmentsSpeakTcsUnits() {
        Impairment i = Impairment.rate("1mbit").withLoss(0.01).withDelay("20ms").withJitter("5ms");
        assertThat(i.rate()).isEqualTo(1_000_000);
        assertThat(i.delay()).isEqualTo(Duration.ofMillis(20));
        assertThat(i.toString()).isEqualTo("rate 1mbit delay 20ms 5ms loss 1%");
        assertThat(Impairment.rate("10mbps").rate()).isEqualTo(80_000_000);
        assertThat(Impairment.rate("512kibit").rate()).isEqualTo(512 * 1024);
        assertThat(Impairment.rate("1500").rate()).isEqualTo(1500);
        assertThat(Impairment.delay("250us").delay()).isEqualTo(Duration.ofNanos(250_000));
        assertThat(Impairment.delay("1.5ms").delayText()).isEqualTo("1500us");
        assertThat(Impairment.NONE.withLoss("0.5%").loss()).isEqualTo(0.005);
        assertThat(Impairment.NONE.isNone()).isTrue();
        assertThatThrownBy(() -> Impairment.rate("1mbits")).hasMessageContaining("unknown unit 'mbits'");
        assertThatThrownBy(() -> Impairment.rate("fast")).hasMessageContaining("is not a number with a unit");
        assertThatThrownBy(() -> Impairment.loss(1.5)).hasMessageContaining("loss 1.5 is not a fraction from 0 to 1");
        assertThatThrownBy(() -> Impairment.delay("1ms").withJitter("2ms"))
                .hasMessageContaining("jitter 2ms is larger than the delay 1ms");
        assertThatThrownBy(() -> Impairment.NONE.withLoss("1")).hasMessageContaining("must end in '%'");
    }

    @Test
    void routesAreIpv4NetworksViaAGateway() {
        assertThat(StaticRoute.of("default", "10.0.0.1").toString()).isEqualTo("default via 10.0.0.1");
        assertThat(StaticRoute.of("10.1.0.0/16", "10.0.0.1").toString()).isEqualTo("10.1.0.0/16 via 10.0.0.1");
        assertThatThrownBy(() -> StaticRoute.of("10.1.0.1/16", "10.0.0.1"))
                .hasMessageContaining("has host bits set: write 10.1.0.0/16");
        assertThatThrownBy(() -> StaticRoute.of("fd00::/64", "fd00::1")).hasMessageContaining("is not IPv4");
    }

    @Test
    void poolsAreIpv4NetworksNoSmallerThanASlash24() {
        assertThatThrownBy(() -> Topology.named("t").withPool("10.0.0.0/25")).hasMessageContaining("from /8 to /24");
        assertThatThrownBy(() -> Topology.named("t").withPool("10.0.0.1/16")).hasMessageContaining("from /8 to /24");
        assertThat(Topology.named("t").withPool("192.168.0.0/16").pool().toString()).isEqualTo("192.168.0.0/16");
    }

    @Test
    void mininetTopologiesAreNamedAndWiredAsMininetDoes() {
        Topology single = Topologies.single("m", 3);
        assertThat(single.nodes()).extracting(Node::name).containsExactly("s1", "h1", "h2", "h3");
        assertThat(single.links()).extracting(Link::toString).containsExactly("h1 -- s1", "h2 -- s1", "h3 -- s1");
        Topology linear = Topologies.linear("m", 3);
        assertThat(linear.links()).extracting(Link::toString)
                .containsExactly("h1 -- s1", "h2 -- s2", "s2 -- s1", "h3 -- s3", "s3 -- s2");
        Topology tree = Topologies.tree("m", 2, 2);
        assertThat(tree.nodes()).extracting(Node::name).containsExactly("s1", "s2", "h1", "h2", "s3", "h3", "h4");
        assertThat(tree.links()).extracting(Link::toString)
                .containsExactly("s2 -- h1", "s2 -- h2", "s1 -- s2", "s3 -- h3", "s3 -- h4", "s1 -- s3");
        assertThat(Topologies.tree("m", 3, 10).nodes().stream().filter(n -> n.kind() == NodeKind.HOST)).hasSize(1000);
        assertThat(Topologies.parse("m", "tree,2").links()).hasSize(6);
        assertThat(Topologies.parse("m", " linear , 4 ").nodes()).hasSize(8);
        assertThatThrownBy(() -> Topologies.parse("m", "ring,3")).hasMessageContaining("is not one of single,N");
        assertThatThrownBy(() -> Topologies.parse("m", "single,x")).hasMessage("topology 'single,x': 'x' is not a number");
        assertThatThrownBy(() -> Topologies.single("m", 0)).hasMessage("hosts 0 is out of range: 1..100000");
    }
}
