package io.netlink4j.lab.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.lab.model.Endpoint;
import io.netlink4j.lab.model.Impairment;
import io.netlink4j.lab.model.Link;
import io.netlink4j.lab.model.NodeKind;
import io.netlink4j.lab.model.Topologies;
import io.netlink4j.lab.model.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The lab file: the examples read as meant, every topology writes and reads back equal, errors say where. */
class LabFileTest {
    private static Topology parse(String yaml) {
        return LabFile.parse(yaml, "t.yaml");
    }

    @Test
    void theExamplesReadAsTheirCommentsSay() throws IOException {
        Topology two = LabFile.read(Path.of("examples/two-hosts.yaml"));
        assertThat(two).isEqualTo(Topology.named("demo").withSwitch("s1").withHost("h1").withHost("h2")
                .withLink("h1", "s1").withLink("h2", "s1"));
        Topology routed = LabFile.read(Path.of("examples/routed.yaml"));
        assertThat(routed.pool().toString()).isEqualTo("10.1.0.0/16");
        assertThat(routed.links().get(3)).isEqualTo(Link.of(Endpoint.of("r1").withIfname("wan").withAddress("10.9.0.1/30"),
                Endpoint.of("r2").withIfname("wan").withAddress("10.9.0.2/30")).withMtu(9000));
        assertThat(routed.plan().routes("r1").toString()).isEqualTo("[10.1.1.0/24 via 10.9.0.2]");
        Topology campus = LabFile.read(Path.of("examples/campus.yaml"));
        assertThat(campus.nodes()).hasSize(13 + 3);
        assertThat(campus.node("dc").orElseThrow().kind()).isEqualTo(NodeKind.SWITCH);
        assertThat(campus.links().get(campus.links().size() - 2).impairment())
                .isEqualTo(Impairment.rate("10mbit").withLoss(0.01));
        assertThat(campus.plan().routes("srv").toString()).isEqualTo("[default via 192.168.50.254]");
    }

    @Test
    void everyExampleAndGeneratedTopologyRoundTrips() throws IOException {
        List<Topology> all = new java.util.ArrayList<>(List.of(Topologies.single("a", 3), Topologies.linear("b", 4),
                Topologies.tree("c", 2, 3)));
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                all.add(LabFile.read(p));
            }
        }
        all.add(LabFile.read(Path.of("examples/routed.yaml")).withUplink("r2"));
        all.add(Topology.named("odd").withPool("192.168.0.0/16").withAutoRoutes(false).withHost("1").withHost("true")
                .withRouter("r.1").withLink(Link.of(Endpoint.of("1").withMac("02:00:00:00:00:01"), Endpoint.of("true")
                        .withIfname("e-0").withAddress("192.168.3.4/24")).withImpairment(Impairment.delay("1.5ms")
                        .withJitter("250us").withLoss(0.125).withRate(1234)))
                .withLink("r.1", "1").withRoute("r.1", "default", "10.0.1.1"));
        assertThat(all).hasSizeGreaterThanOrEqualTo(7);
        for (Topology t : all) {
            String text = LabFile.write(t);
            assertThat(LabFile.parse(text, "written")).as(text).isEqualTo(t);
        }
    }

    @Test
    void anUplinkIsARouterName() {
        Topology t = parse("name: u\nuplink: r1\ntopology:\n  nodes: {r1: {kind: router}, h1: }\n  links:\n"
                + "    - endpoints: [r1, h1]\n");
        assertThat(t.uplink()).isEqualTo("r1");
        assertError("name: u\nuplink: h1\ntopology:\n  nodes: {h1: }\n", "t.yaml:2:9: lab u: the uplink goes to h1, a host");
    }

    @Test
    void mininetTopologiesGrowWithNodesAndLinks() {
        Topology t = parse("""
                name: m
                routes: manual
                topology:
                  mininet: single,2
                  nodes:
                    r1: {kind: router, routes: [{to: 10.9.0.0/16, via: 10.0.0.1}]}
                  links:
                    - endpoints: [r1, s1]
                """);
        assertThat(t.nodes()).hasSize(4);
        assertThat(t.autoRoutes()).isFalse();
        assertThat(t.plan().routes("r1").toString()).isEqualTo("[10.9.0.0/16 via 10.0.0.1]");
    }

    @Test
    void errorsNameTheFileLineAndColumn() {
        assertError("name: x\ntopology:\n  lnks: []\n", "t.yaml:3:3: unknown key 'lnks' in topology: links, mininet, nodes");
        assertError("name: x\ntopology:\n  nodes:\n    h1: {kind: hub}\n",
                "t.yaml:4:16: node h1: kind 'hub' is not host, switch or router");
        assertError("name: x\ntopology:\n  nodes:\n    h1:\n  links:\n    - endpoints: [h1, h9]\n",
                "t.yaml:6:7: lab x: link h1 -- h9 names node h9, which is not declared");
        assertError("name: x\ntopology:\n  nodes: {h1: , h2: }\n  links:\n    - endpoints: [h1, h2]\n      mtu: big\n",
                "t.yaml:6:12: mtu 'big' is not a whole number");
        assertError("name: x\ntopology:\n  nodes: {h1: , h2: }\n  links:\n    - endpoints: [h1]\n",
                "t.yaml:5:18: a link has two endpoints, not 1");
        assertError("name: x\ntopology:\n  nodes: {h1: , h2: }\n  links:\n    - endpoints: [h1, h2]\n      impairment: {loss: 0.5}\n",
                "t.yaml:6:26: loss '0.5' must be a percentage, e.g. 1%");
        assertError("name: x-y\n", "t.yaml:1:7: lab name 'x-y' is invalid");
        assertError("name: x\nname: y\n", "t.yaml:2:1: key 'name' appears twice in the file");
        assertError("name: [x\n", "t.yaml:2:1: not YAML:");
        assertError("", "t.yaml: the file is empty: a lab needs a name");
        assertError("topology: {}\n", "t.yaml:1:1: the file needs 'name'");
        assertError("name: x\ntopology:\n  mininet: ring,3\n", "t.yaml:3:12: topology 'ring,3' is not one of");
        assertError("name: x\nroutes: ospf\n", "t.yaml:2:9: routes: 'ospf' is not auto");
        assertError("name: x\ntopology:\n  nodes:\n    h1: {kind: host}\n    h2: {kind: host}\n  links:\n"
                + "    - endpoints: [{node: h1, address: 10.0.0.0/24}, h2]\n",
                "t.yaml:7:39: address 10.0.0.0/24 of h1 is the network or broadcast address");
    }

    private static void assertError(String yaml, String message) {
        assertThatThrownBy(() -> parse(yaml)).isInstanceOf(LabFileException.class).hasMessageStartingWith(message);
    }

    @Test
    void errorsKeepTheirPlace() {
        LabFileException e = (LabFileException) org.assertj.core.api.Assertions.catchThrowable(
                () -> parse("name: x\ntopology:\n  nodes:\n    h1: {kind: hub}\n"));
        assertThat(e.source()).isEqualTo("t.yaml");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(16);
    }

    @Test
    void writingQuotesOnlyWhatYamlWouldReadOtherwise() {
        assertThat(YamlWriter.q("h1")).isEqualTo("h1");
        assertThat(YamlWriter.q("10.0.0.0/24")).isEqualTo("10.0.0.0/24");
        assertThat(YamlWriter.q("1")).isEqualTo("\"1\"");
        assertThat(YamlWriter.q("true")).isEqualTo("\"true\"");
        assertThat(YamlWriter.q("h1:eth0")).isEqualTo("\"h1:eth0\"");
        assertThat(YamlWriter.q("a\"b")).isEqualTo("\"a\\\"b\"");
    }
}
