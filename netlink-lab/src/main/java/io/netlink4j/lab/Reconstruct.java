package io.netlink4j.lab;

import io.netlink4j.core.Cidr;
import io.netlink4j.lab.model.Diff;
import io.netlink4j.lab.model.Endpoint;
import io.netlink4j.lab.model.InterfaceState;
import io.netlink4j.lab.model.Link;
import io.netlink4j.lab.model.Node;
import io.netlink4j.lab.model.NodeState;
import io.netlink4j.lab.model.RouteState;
import io.netlink4j.lab.model.Snapshot;
import io.netlink4j.lab.model.StaticRoute;
import io.netlink4j.lab.model.Topology;
import io.netlink4j.lab.model.Uplink;
import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.List;

/**
 * A topology from what the kernel shows, for a lab found again without its file: its nodes, its
 * veth pairs as links with every name and address spelled out and their impairments, the routes
 * found as given routes (partitions are the lab's state, not its topology: they are left out).
 */
final class Reconstruct {
    private Reconstruct() {}

    static Topology topology(Snapshot s) {
        try {
            Topology t = build(s, true);
            t.plan();
            return t;
        } catch (IllegalArgumentException e) {
            return build(s, false); // what the kernel has is no valid plan (addresses clash): keep the wiring
        }
    }

    private static Topology build(Snapshot s, boolean details) {
        List<Node> nodes = new ArrayList<>();
        for (NodeState n : s.nodes()) {
            Node node = Node.of(n.name(), n.kind());
            if (details) {
                for (RouteState r : n.routes()) {
                    boolean uplinks = r.to().prefixLength() == 0 && Uplink.ROUTER_IFNAME.equals(r.dev());
                    if (!r.isConnected() && r.isUnicast() && r.via() instanceof Inet4Address && r.to().isNetwork()
                            && !uplinks) {
                        node = node.withRoute(new StaticRoute(r.to(), r.via()));
                    }
                }
            }
            nodes.add(node);
        }
        List<Link> links = new ArrayList<>();
        for (String[] p : s.pairs()) {
            InterfaceState a = s.node(p[0]).flatMap(n -> n.iface(p[1])).orElseThrow();
            InterfaceState b = s.node(p[2]).flatMap(n -> n.iface(p[3])).orElseThrow();
            Link l = Link.of(end(p[0], a, details), end(p[2], b, details))
                    .withImpairment(Diff.merged(a.impairment(), b.impairment()));
            if (a.mtu() == b.mtu() && a.mtu() != Link.DEFAULT_MTU) {
                l = l.withMtu(a.mtu());
            }
            links.add(l);
        }
        return new Topology(s.lab(), nodes, links, Topology.DEFAULT_POOL, false, uplink(s));
    }

    /** The router whose uplink leads to the internet, or {@code null}. */
    private static String uplink(Snapshot s) {
        for (NodeState n : s.nodes()) {
            if (n.iface(Uplink.ROUTER_IFNAME).map(i -> Uplink.INTERNET.equals(i.peerNode())).orElse(false)
                    && n.kind() == io.netlink4j.lab.model.NodeKind.ROUTER) {
                return n.name();
            }
        }
        return null;
    }

    private static Endpoint end(String node, InterfaceState i, boolean details) {
        Endpoint e = Endpoint.of(node).withIfname(i.name());
        if (details) {
            for (Cidr c : i.addresses()) {
                if (c.address() instanceof Inet4Address) {
                    return e.withAddress(c);
                }
            }
        }
        return e;
    }
}
