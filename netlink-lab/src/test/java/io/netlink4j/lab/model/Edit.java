package io.netlink4j.lab.model;

import io.netlink4j.core.Cidr;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Changes to a snapshot, as if someone had broken the kernel's copy of a lab. */
final class Edit {
    private Edit() {}

    static Snapshot node(Snapshot s, String node, UnaryOperator<NodeState> f) {
        List<NodeState> nodes = new ArrayList<>();
        for (NodeState n : s.nodes()) {
            nodes.add(n.name().equals(node) ? f.apply(n) : n);
        }
        return new Snapshot(s.lab(), nodes);
    }

    static Snapshot without(Snapshot s, String node) {
        return new Snapshot(s.lab(), s.nodes().stream().filter(n -> !n.name().equals(node)).toList());
    }

    static Snapshot iface(Snapshot s, String node, String ifname, UnaryOperator<InterfaceState> f) {
        return node(s, node, n -> new NodeState(n.name(), n.kind(), n.forwarding(), n.interfaces().stream()
                .map(i -> i.name().equals(ifname) ? f.apply(i) : i).toList(), n.routes(), n.drops()));
    }

    static Snapshot withoutIface(Snapshot s, String node, String ifname) {
        return node(s, node, n -> new NodeState(n.name(), n.kind(), n.forwarding(), n.interfaces().stream()
                .filter(i -> !i.name().equals(ifname)).toList(), n.routes(), n.drops()));
    }

    static Snapshot routes(Snapshot s, String node, UnaryOperator<List<RouteState>> f) {
        return node(s, node, n -> new NodeState(n.name(), n.kind(), n.forwarding(), n.interfaces(),
                f.apply(new ArrayList<>(n.routes())), n.drops()));
    }

    static Snapshot forwarding(Snapshot s, String node, boolean on) {
        return node(s, node, n -> new NodeState(n.name(), n.kind(), on, n.interfaces(), n.routes(), n.drops()));
    }

    static Snapshot drop(Snapshot s, String node, DropRule rule) {
        return node(s, node, n -> {
            List<DropRule> d = new ArrayList<>(n.drops());
            d.add(rule);
            return new NodeState(n.name(), n.kind(), n.forwarding(), n.interfaces(), n.routes(), d);
        });
    }

    static InterfaceState down(InterfaceState i) {
        return new InterfaceState(i.name(), i.kind(), false, false, i.mtu(), i.mac(), i.master(), i.addresses(),
                i.peerNode(), i.peerName(), i.impairment());
    }

    static InterfaceState noCarrier(InterfaceState i) {
        return new InterfaceState(i.name(), i.kind(), i.up(), false, i.mtu(), i.mac(), i.master(), i.addresses(),
                i.peerNode(), i.peerName(), i.impairment());
    }

    static InterfaceState mtu(InterfaceState i, int mtu) {
        return new InterfaceState(i.name(), i.kind(), i.up(), i.lowerUp(), mtu, i.mac(), i.master(), i.addresses(),
                i.peerNode(), i.peerName(), i.impairment());
    }

    static InterfaceState master(InterfaceState i, String master) {
        return new InterfaceState(i.name(), i.kind(), i.up(), i.lowerUp(), i.mtu(), i.mac(), master, i.addresses(),
                i.peerNode(), i.peerName(), i.impairment());
    }

    static InterfaceState addresses(InterfaceState i, String... cidrs) {
        return new InterfaceState(i.name(), i.kind(), i.up(), i.lowerUp(), i.mtu(), i.mac(), i.master(),
                java.util.Arrays.stream(cidrs).map(Cidr::parse).toList(), i.peerNode(), i.peerName(), i.impairment());
    }
}
