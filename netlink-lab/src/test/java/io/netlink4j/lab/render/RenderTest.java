package io.netlink4j.lab.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netlink4j.lab.model.Impairment;
import io.netlink4j.lab.model.InterfaceState;
import io.netlink4j.lab.model.Link;
import io.netlink4j.lab.model.NodeState;
import io.netlink4j.lab.model.Snapshot;
import io.netlink4j.lab.model.Topology;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pictures of a lab: the text drawing exactly, the DOT graph's nodes and edges, SVG where Graphviz is. */
class RenderTest {
    private static final Topology T = Topology.named("pic").withSwitch("s1").withRouter("r1").withHost("h1")
            .withHost("h2").withLink("h1", "s1").withLink("h2", "s1")
            .withLink(Link.of("r1", "s1").withMtu(9000).withImpairment(Impairment.rate("1mbit")));

    /** The planned state with h2's port down. */
    private static Snapshot broken() {
        Snapshot s = Snapshot.expected(T.plan());
        return new Snapshot("pic", s.nodes().stream().map(n -> !n.name().equals("s1") ? n
                : new NodeState(n.name(), n.kind(), n.forwarding(), n.interfaces().stream().map(i -> !i.name().equals("s1-eth2")
                ? i : new InterfaceState(i.name(), i.kind(), false, false, i.mtu(), i.mac(), i.master(), i.addresses(),
                i.peerNode(), i.peerName(), i.impairment())).toList(), n.routes(), n.drops())).toList());
    }

    @Test
    void theTextDrawingShowsEveryInterfaceItsPeerAndState() {
        assertThat(TextDrawing.render(broken(), "read from the kernel")).isEqualTo("""
                lab pic (read from the kernel): 4 nodes, 3 links
                s1 (switch)
                ├── s1-eth1 ── h1:eth0 10.0.0.1/24
                ├── s1-eth2 ── h2:eth0 10.0.0.2/24  DOWN
                └── s1-eth3 ── r1:eth0 10.0.0.254/24  mtu 9000  rate 1mbit
                r1 (router)
                └── eth0 10.0.0.254/24 ── s1:s1-eth3  mtu 9000  rate 1mbit
                h1 (host)
                └── eth0 10.0.0.1/24 ── s1:s1-eth1
                h2 (host)
                └── eth0 10.0.0.2/24 ── s1:s1-eth2
                """);
    }

    @Test
    void theDotGraphHasANodePerNodeAndAnEdgePerLink() {
        String dot = Dot.render(broken(), "read from the kernel");
        assertThat(dot).startsWith("graph \"pic\" {\n  graph [label=\"lab pic (read from the kernel)\"");
        assertThat(dot).contains("  \"s1\" [shape=ellipse, label=\"s1\\nswitch\"];\n");
        assertThat(dot).contains("  \"r1\" [shape=octagon, label=\"r1\\nrouter\"];\n");
        assertThat(dot).contains("  \"h1\" [shape=box, label=\"h1\\nhost\"];\n");
        assertThat(dot).contains("  \"s1\" -- \"h1\" [taillabel=\"s1-eth1\", headlabel=\"eth0\\n10.0.0.1/24\"];\n");
        assertThat(dot).contains("  \"s1\" -- \"h2\" [taillabel=\"s1-eth2\\n(down)\", headlabel=\"eth0\\n10.0.0.2/24\","
                + " color=red, style=dashed, label=\"DOWN\"];\n");
        assertThat(dot).contains("label=\"rate 1mbit\\nmtu 9000\"");
        assertThat(dot.lines().filter(l -> l.contains(" -- "))).hasSize(3);
        assertThat(Dot.id("a\"b\\c\nd")).isEqualTo("\"a\\\"b\\\\c\\nd\"");
    }

    @Test
    void svgWhereGraphvizIsInstalled() throws IOException {
        assumeTrue(Svg.available(), "Graphviz's dot is not installed (apt-get install graphviz): SVG not tested here");
        String svg = Svg.render(Dot.render(broken(), null)).orElseThrow();
        assertThat(svg).contains("<svg").contains(">h1<").contains("s1&#45;eth2");
    }

    @Test
    void withoutGraphvizSvgSaysSo() throws IOException {
        assumeTrue(!Svg.available(), "Graphviz is installed");
        assertThat(Svg.render("graph x {}")).isEmpty();
    }
}
