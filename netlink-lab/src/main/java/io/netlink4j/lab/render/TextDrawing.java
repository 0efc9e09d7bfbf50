package io.netlink4j.lab.render;

import io.netlink4j.lab.model.InterfaceState;
import io.netlink4j.lab.model.NodeKind;
import io.netlink4j.lab.model.NodeState;
import io.netlink4j.lab.model.RouteState;
import io.netlink4j.lab.model.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A lab drawn for a terminal: every node with its interfaces as branches, each interface with
 * its address, state and the other end of its cable, and the routes of hosts and routers.
 *
 * <pre>
 * s1 (switch)
 * ├── s1-eth1 ── h1:eth0 10.0.0.1/24
 * └── s1-eth2 ── h2:eth0 10.0.0.2/24  DOWN (h2:eth0 is down)
 * h1 (host)
 * └── eth0 10.0.0.1/24 ── s1:s1-eth1
 * </pre>
 */
public final class TextDrawing {
    private TextDrawing() {}

    /**
     * The drawing of {@code snapshot}, with {@code title} in its first line.
     *
     * @param snapshot what the kernel shows
     * @param title a title for the picture, or {@code null}
     * @return the drawing of {@code snapshot}, with {@code title} in its first line
     */
    public static String render(Snapshot snapshot, String title) {
        Objects.requireNonNull(snapshot, "snapshot");
        StringBuilder s = new StringBuilder("lab ").append(snapshot.lab());
        if (title != null) {
            s.append(" (").append(title).append(')');
        }
        s.append(": ").append(snapshot.nodes().size()).append(" nodes, ").append(snapshot.pairs().size())
                .append(" links\n");
        for (NodeState n : snapshot.nodes()) {
            s.append(header(n)).append('\n');
            List<String> rows = new ArrayList<>();
            for (InterfaceState i : n.interfaces()) {
                if (n.kind() == NodeKind.SWITCH && i.name().equals(n.name())) {
                    continue;
                }
                rows.add(row(snapshot, n, i));
            }
            if (n.kind().isL3()) {
                for (RouteState r : n.routes()) {
                    if (!r.isConnected()) {
                        rows.add("route " + r.toString().replace(" proto boot", ""));
                    }
                }
            }
            for (int k = 0; k < rows.size(); k++) {
                s.append(k == rows.size() - 1 ? "└── " : "├── ").append(rows.get(k)).append('\n');
            }
        }
        return s.toString();
    }

    private static String header(NodeState n) {
        if (n.kind() == NodeKind.SWITCH) {
            Optional<InterfaceState> br = n.iface(n.name());
            return n.name() + " (switch" + (br.isEmpty() ? ", no bridge" : br.get().up() ? "" : ", bridge DOWN") + ")";
        }
        return n.name() + " (" + n.kind().word() + (n.kind() == NodeKind.ROUTER
                ? (n.forwarding() ? "" : ", forwarding OFF") : (n.forwarding() ? ", forwarding on" : "")) + ")";
    }

    private static String row(Snapshot snap, NodeState n, InterfaceState i) {
        StringBuilder r = new StringBuilder(i.name());
        i.addresses().forEach(a -> r.append(' ').append(a));
        if (i.peerName() != null) {
            r.append(" ── ").append(i.peerNode() == null ? "?" : i.peerNode()).append(':').append(i.peerName());
            snap.node(i.peerNode()).flatMap(p -> p.iface(i.peerName()))
                    .ifPresent(p -> p.addresses().forEach(a -> r.append(' ').append(a)));
        } else if (i.isVeth()) {
            r.append(" ── (peer outside the lab)");
        }
        if (!i.up()) {
            r.append("  DOWN");
        } else if (!i.lowerUp()) {
            r.append("  NO-CARRIER (the other end is down)");
        }
        if (i.mtu() != 1500) {
            r.append("  mtu ").append(i.mtu());
        }
        if (n.kind() == NodeKind.SWITCH && !n.name().equals(i.master())) {
            r.append("  NOT ON BRIDGE ").append(n.name());
        }
        if (!i.impairment().isNone()) {
            r.append("  ").append(i.impairment());
        }
        return r.toString();
    }
}
