package io.netlink4j.lab.yaml;

import io.netlink4j.lab.model.Endpoint;
import io.netlink4j.lab.model.Impairment;
import io.netlink4j.lab.model.Link;
import io.netlink4j.lab.model.Node;
import io.netlink4j.lab.model.StaticRoute;
import io.netlink4j.lab.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Writes a topology in the lab file's format, quoting only what YAML would read otherwise. */
final class YamlWriter {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*|[0-9]+(\\.[0-9]+)*/[0-9]+"
            + "|[0-9]+(\\.[0-9]+)?[a-zA-Z]+|[0-9]+(\\.[0-9]+)?%");
    private static final Set<String> RESERVED = Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n",
            "True", "False", "Null", "NULL", "TRUE", "FALSE", "Yes", "No", "On", "Off");

    private YamlWriter() {}

    static String write(Topology t) {
        StringBuilder s = new StringBuilder();
        s.append("name: ").append(q(t.name())).append('\n');
        if (!t.pool().equals(Topology.DEFAULT_POOL)) {
            s.append("pool: ").append(t.pool()).append('\n');
        }
        if (!t.autoRoutes()) {
            s.append("routes: manual\n");
        }
        if (t.uplink() != null) {
            s.append("uplink: ").append(q(t.uplink())).append('\n');
        }
        s.append("topology:\n  nodes:\n");
        for (Node n : t.nodes()) {
            s.append("    ").append(q(n.name())).append(':');
            if (n.routes().isEmpty()) {
                s.append(" {kind: ").append(n.kind().word()).append("}\n");
                continue;
            }
            s.append("\n      kind: ").append(n.kind().word()).append("\n      routes:\n");
            for (StaticRoute r : n.routes()) {
                s.append("        - {to: ").append(r.isDefault() ? "default" : r.to().toString()).append(", via: ")
                        .append(r.via().getHostAddress()).append("}\n");
            }
        }
        if (t.links().isEmpty()) {
            return s.toString();
        }
        s.append("  links:\n");
        for (Link l : t.links()) {
            if (simple(l.a()) && simple(l.b())) {
                s.append("    - endpoints: [").append(q(text(l.a()))).append(", ").append(q(text(l.b()))).append("]\n");
            } else {
                s.append("    - endpoints:\n");
                s.append("        - ").append(map(l.a())).append('\n');
                s.append("        - ").append(map(l.b())).append('\n');
            }
            if (l.mtu() != 0) {
                s.append("      mtu: ").append(l.mtu()).append('\n');
            }
            if (!l.impairment().isNone()) {
                s.append("      impairment: ").append(impairment(l.impairment())).append('\n');
            }
        }
        return s.toString();
    }

    private static boolean simple(Endpoint e) {
        return e.address() == null && e.mac() == null;
    }

    private static String text(Endpoint e) {
        return e.ifname() == null ? e.node() : e.node() + ":" + e.ifname();
    }

    private static String map(Endpoint e) {
        List<String> parts = new ArrayList<>();
        parts.add("node: " + q(e.node()));
        if (e.ifname() != null) {
            parts.add("interface: " + q(e.ifname()));
        }
        if (e.address() != null) {
            parts.add("address: " + e.address());
        }
        if (e.mac() != null) {
            parts.add("mac: " + q(e.mac().toString()));
        }
        return "{" + String.join(", ", parts) + "}";
    }

    private static String impairment(Impairment i) {
        List<String> parts = new ArrayList<>();
        if (i.rateText() != null) {
            parts.add("rate: " + i.rateText());
        }
        if (i.delayText() != null) {
            parts.add("delay: " + i.delayText());
        }
        if (i.jitterText() != null) {
            parts.add("jitter: " + i.jitterText());
        }
        if (i.lossText() != null) {
            parts.add("loss: " + q(i.lossText()));
        }
        return "{" + String.join(", ", parts) + "}";
    }

    /** {@code text} as a YAML scalar: plain when it reads back as the same string, else double-quoted. */
    static String q(String text) {
        if (PLAIN.matcher(text).matches() && !RESERVED.contains(text)) {
            return text;
        }
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                default -> s.append(c);
            }
        }
        return s.append('"').toString();
    }
}
