package io.netlink4j.examples.show;

import io.netlink4j.route.link.Link;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Renders a {@link Snapshot} as text: a box per namespace, a figure per bridge, the veth pairs. */
final class Diagram {
    private Diagram() {}

    static void draw(Snapshot s, PrintStream out) {
        for (Snapshot.Space sp : s.spaces()) {
            box(s, sp, out);
        }
        for (Snapshot.Space sp : s.spaces()) {
            for (Link l : sp.links()) {
                if ("bridge".equals(l.kind())) {
                    bridge(s, sp, l, out);
                }
            }
        }
        if (!s.pairs().isEmpty()) {
            out.println();
            out.println("veth pairs");
            for (Snapshot.Pair p : s.pairs()) {
                out.println("  " + end(p.a()) + "  <==veth==>  " + end(p.b()));
            }
        }
    }

    private static String end(Snapshot.End e) {
        List<String> a = e.space().addressesOf(e.link());
        return e.label() + (a.isEmpty() ? "" : " " + String.join(",", a));
    }

    private static void box(Snapshot s, Snapshot.Space sp, PrintStream out) {
        List<String> rows = new ArrayList<>();
        for (Link l : sp.links()) {
            String kind = l.kind() == null ? (l.name().equals("lo") ? "loopback" : "") : l.kind();
            StringBuilder r = new StringBuilder(String.format("%-15s %-8s %-4s %-18s", l.name(), kind,
                    Show.flags(l), String.join(",", sp.addressesOf(l))));
            if (l.masterIndex() > 0) {
                r.append(" port of ").append(sp.link(l.masterIndex()).map(Link::name).orElse("#" + l.masterIndex()));
            }
            if ("bridge".equals(l.kind())) {
                r.append(" ports: ").append(String.join(", ", sp.ports(l).stream().map(Link::name).toList()));
            }
            Optional<Snapshot.End> peer = s.peerOf(sp, l);
            if (peer.isPresent()) {
                r.append(" <=> ").append(peer.get().label());
            } else if ("veth".equals(l.kind())) {
                r.append(" <=> peer not in a namespace shown");
            }
            rows.add(r.toString().stripTrailing());
        }
        int w = Math.max(sp.name().length() + 6, rows.stream().mapToInt(String::length).max().orElse(0)) + 2;
        out.println();
        out.println("+-- " + sp.name() + " " + "-".repeat(Math.max(1, w - sp.name().length() - 4)) + "+");
        for (String r : rows) {
            out.println("| " + r + " ".repeat(w - r.length() - 1) + "|");
        }
        out.println("+" + "-".repeat(w) + "+");
    }

    /** The articles' figure: the port's peer namespace on top, the wire, the bridge as a bar. */
    private static void bridge(Snapshot s, Snapshot.Space sp, Link br, PrintStream out) {
        List<Link> ports = sp.ports(br);
        List<String[]> cols = new ArrayList<>();
        for (Link p : ports) {
            Optional<Snapshot.End> peer = s.peerOf(sp, p);
            String top = peer.map(e -> e.space().name()).orElse("");
            String mid = peer.map(Diagram::end).map(x -> x.substring(x.indexOf(':') + 1)).orElse(p.kind() == null ? "" : p.kind());
            cols.add(new String[] {top, mid, "|", p.name()});
        }
        int[] widths = cols.stream().mapToInt(c -> {
            int m = 0;
            for (String x : c) {
                m = Math.max(m, x.length());
            }
            return m + 3;
        }).toArray();
        out.println();
        out.println("bridge " + br.name() + " in " + sp.name());
        for (int row = 0; row < 4; row++) {
            StringBuilder b = new StringBuilder("  ");
            for (int i = 0; i < cols.size(); i++) {
                b.append(center(cols.get(i)[row], widths[i]));
            }
            out.println(b.toString().stripTrailing());
        }
        List<String> parts = new ArrayList<>(List.of(br.name()));
        parts.addAll(sp.addressesOf(br));
        parts.add(Show.flags(br));
        String label = " " + String.join(" ", parts) + " ";
        int total = Math.max(label.length() + 4, java.util.Arrays.stream(widths).sum());
        int left = (total - label.length()) / 2;
        out.println("  " + "=".repeat(left) + label + "=".repeat(total - left - label.length()));
    }

    private static String center(String s, int w) {
        int left = (w - s.length()) / 2;
        return " ".repeat(Math.max(0, left)) + s + " ".repeat(Math.max(0, w - s.length() - left));
    }
}
