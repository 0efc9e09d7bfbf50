package io.netlink4j.lab.render;

import io.netlink4j.lab.model.Impairment;
import io.netlink4j.lab.model.InterfaceState;
import io.netlink4j.lab.model.NodeState;
import io.netlink4j.lab.model.RouteState;
import io.netlink4j.lab.model.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A lab as a Graphviz DOT graph: a node per host (box), switch (ellipse) and router (octagon), an
 * edge per veth pair with both interfaces' names and addresses at its ends; a link that is down
 * is red and dashed, an impaired one says how. Render it with {@code dot -Tsvg} ({@link Svg}).
 */
public final class Dot {
    private Dot() {}

    /**
     * The DOT text of {@code snapshot}; {@code title} goes on top (e.g. "read from the kernel").
     *
     * @param snapshot what the kernel shows
     * @param title a title for the picture, or {@code null}
     * @return the DOT text of {@code snapshot}
     */
    public static String render(Snapshot snapshot, String title) {
        Objects.requireNonNull(snapshot, "snapshot");
        StringBuilder s = new StringBuilder();
        s.append("graph ").append(id(snapshot.lab())).append(" {\n");
        s.append("  graph [label=").append(id("lab " + snapshot.lab() + (title == null ? "" : " (" + title + ")")))
                .append(", labelloc=t, fontname=\"Helvetica\", overlap=false];\n");
        s.append("  node [fontname=\"Helvetica\", fontsize=11];\n  edge [fontname=\"Helvetica\", fontsize=9];\n");
        for (NodeState n : snapshot.nodes()) {
            List<String> lines = new ArrayList<>(List.of(n.name()));
            String shape = switch (n.kind()) {
                case HOST -> "box";
                case SWITCH -> "ellipse";
                case ROUTER -> "octagon";
            };
            if (n.kind() == io.netlink4j.lab.model.NodeKind.SWITCH) {
                Optional<InterfaceState> br = n.iface(n.name());
                lines.add(br.isEmpty() ? "no bridge" : br.get().up() ? "switch" : "switch DOWN");
            } else {
                lines.add(n.kind().word() + (n.kind() == io.netlink4j.lab.model.NodeKind.ROUTER && !n.forwarding()
                        ? " (forwarding off)" : ""));
                for (RouteState r : n.routes()) {
                    if (!r.isConnected()) {
                        lines.add(r.toString().replace(" proto boot", ""));
                    }
                }
            }
            s.append("  ").append(id(n.name())).append(" [shape=").append(shape).append(", label=")
                    .append(id(String.join("\n", lines))).append("];\n");
        }
        for (String[] p : snapshot.pairs()) {
            InterfaceState a = snapshot.node(p[0]).flatMap(n -> n.iface(p[1])).orElseThrow();
            InterfaceState b = snapshot.node(p[2]).flatMap(n -> n.iface(p[3])).orElseThrow();
            List<String> attrs = new ArrayList<>();
            attrs.add("taillabel=" + id(end(a)));
            attrs.add("headlabel=" + id(end(b)));
            List<String> label = new ArrayList<>();
            Impairment i = a.impairment().isNone() ? b.impairment() : a.impairment();
            if (!i.isNone()) {
                label.add(i.toString());
            }
            if (a.mtu() != 1500 || b.mtu() != 1500) {
                label.add(a.mtu() == b.mtu() ? "mtu " + a.mtu() : "mtu " + a.mtu() + "/" + b.mtu() + " MISMATCH");
            }
            boolean up = a.up() && b.up() && a.lowerUp() && b.lowerUp();
            if (!up) {
                label.add("DOWN");
                attrs.add("color=red");
                attrs.add("style=dashed");
            }
            if (!label.isEmpty()) {
                attrs.add("label=" + id(String.join("\n", label)));
            }
            s.append("  ").append(id(p[0])).append(" -- ").append(id(p[2])).append(" [")
                    .append(String.join(", ", attrs)).append("];\n");
        }
        return s.append("}\n").toString();
    }

    private static String end(InterfaceState i) {
        StringBuilder s = new StringBuilder(i.name());
        i.addresses().forEach(a -> s.append('\n').append(a));
        if (!i.up()) {
            s.append("\n(down)");
        }
        return s.toString();
    }

    /** A DOT ID: a double-quoted string with quotes and backslashes escaped, newlines as {@code \n}. */
    static String id(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
