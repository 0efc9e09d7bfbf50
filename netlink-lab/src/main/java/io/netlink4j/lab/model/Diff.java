package io.netlink4j.lab.model;

import io.netlink4j.core.Cidr;
import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The differences between a plan and a snapshot of the kernel, in the order {@code up} applies
 * them: nodes, then links (stray ends before new pairs), then what is on them.
 */
public final class Diff {
    private final Plan plan;
    private final Snapshot snap;
    private final List<Change> out = new ArrayList<>();
    /** {@code node:ifname} of every veth end the plan explains. */
    private final Set<String> explained = new HashSet<>();

    private Diff(Plan plan, Snapshot snap) {
        this.plan = plan;
        this.snap = snap;
    }

    /**
     * The changes that make the kernel's {@code snapshot} of the lab match {@code plan}; empty when it does.
     *
     * @param plan the plan
     * @param snapshot what the kernel shows
     * @return the changes that make the kernel's {@code snapshot} of the lab match {@code plan}
     */
    public static List<Change> between(Plan plan, Snapshot snapshot) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(snapshot, "snapshot");
        Diff d = new Diff(plan, snapshot);
        d.nodes();
        d.links();
        d.strays();
        d.routes();
        return List.copyOf(d.out);
    }

    private void nodes() {
        Set<String> planned = new HashSet<>();
        for (Node n : plan.topology().nodes()) {
            planned.add(n.name());
            Optional<NodeState> s = snap.node(n.name());
            if (s.isEmpty()) {
                out.add(new Change.AddNode(n.name(), n.kind()));
            } else if (s.get().kind() != n.kind()) {
                if (s.get().kind().isL3() && n.kind().isL3()) {
                    out.add(new Change.SetKind(n.name(), s.get().kind(), n.kind()));
                } else {
                    out.add(new Change.RemoveNode(n.name(), s.get().kind()));
                    out.add(new Change.AddNode(n.name(), n.kind()));
                }
            } else if (n.kind().isL3() && s.get().forwarding() != (n.kind() == NodeKind.ROUTER)) {
                out.add(new Change.SetForwarding(n.name(), n.kind() == NodeKind.ROUTER));
            }
            if (s.isPresent() && s.get().drops().stream().anyMatch(DropRule::partition)) {
                out.add(new Change.Heal(n.name()));
            }
        }
        for (NodeState s : snap.nodes()) {
            if (!planned.contains(s.name())) {
                out.add(new Change.RemoveNode(s.name(), s.kind()));
            }
        }
        String uplink = plan.topology().uplink();
        for (NodeState s : snap.nodes()) {
            boolean has = s.iface(Uplink.ROUTER_IFNAME).map(i -> Uplink.INTERNET.equals(i.peerNode())).orElse(false);
            if (has && !s.name().equals(uplink) && planned.contains(s.name())) {
                out.add(new Change.RemoveUplink(s.name()));
            }
        }
        if (uplink != null && usable(uplink).flatMap(s -> s.iface(Uplink.ROUTER_IFNAME))
                .map(i -> !Uplink.INTERNET.equals(i.peerNode()) || !i.up()).orElse(true)) {
            out.add(new Change.AddUplink(uplink));
        }
    }

    /** The snapshot's state of {@code node} if it is there with the planned kind. */
    private Optional<NodeState> usable(String node) {
        Optional<NodeKind> planned = plan.topology().node(node).map(Node::kind);
        return snap.node(node).filter(s -> planned.isPresent() && (s.kind() == planned.get()
                || s.kind().isL3() && planned.get().isL3()));
    }

    private Optional<InterfaceState> iface(PlannedInterface p) {
        return usable(p.node()).flatMap(s -> s.iface(p.name()));
    }

    private void links() {
        for (PlannedLink l : plan.links()) {
            Optional<InterfaceState> a = iface(l.a());
            Optional<InterfaceState> b = iface(l.b());
            boolean whole = a.isPresent() && b.isPresent() && a.get().isVeth() && b.get().isVeth()
                    && l.b().node().equals(a.get().peerNode()) && l.b().name().equals(a.get().peerName())
                    && l.a().node().equals(b.get().peerNode()) && l.a().name().equals(b.get().peerName());
            if (!whole) {
                stray(l.a(), a);
                stray(l.b(), b);
                out.add(new Change.AddLink(l));
                explained.add(l.a().label());
                explained.add(l.b().label());
                continue;
            }
            explained.add(l.a().label());
            explained.add(l.b().label());
            ends(l.a(), a.get());
            ends(l.b(), b.get());
            Impairment there = merged(a.get().impairment(), b.get().impairment());
            if (!same(there, l.link().impairment())) {
                out.add(new Change.SetImpairment(l, there));
            }
        }
    }

    /**
     * What a link does, from what its two ends show: each end shapes its own egress (rate,
     * delay, jitter: the first end's, else the second's), and the loss sits on one end.
     *
     * @param x one node
     * @param y the other node
     * @return what a link does, from what its two ends show
     */
    public static Impairment merged(Impairment x, Impairment y) {
        return new Impairment(x.rate() > 0 ? x.rate() : y.rate(), x.delay().isZero() ? y.delay() : x.delay(),
                x.jitter().isZero() ? y.jitter() : x.jitter(), Math.max(x.loss(), y.loss()));
    }

    /** Equal as the kernel keeps them: rates in bytes per second, times in microseconds, loss in 0.01%. */
    static boolean same(Impairment x, Impairment y) {
        return x.rate() / 8 == y.rate() / 8 && x.delay().toNanos() / 1000 == y.delay().toNanos() / 1000
                && x.jitter().toNanos() / 1000 == y.jitter().toNanos() / 1000
                && Math.round(x.loss() * 10_000) == Math.round(y.loss() * 10_000);
    }

    /** An end of a planned link that is there but not paired as planned: it goes first. */
    private void stray(PlannedInterface p, Optional<InterfaceState> s) {
        if (s.isEmpty() || explained.contains(p.label())) {
            return;
        }
        InterfaceState i = s.get();
        out.add(new Change.RemoveLink(p.node(), p.name(), i.peerNode() == null ? "?" : i.peerNode() + ":" + i.peerName()));
        if (i.peerNode() != null) {
            explained.add(i.peerNode() + ":" + i.peerName());
        }
    }

    private void ends(PlannedInterface p, InterfaceState s) {
        if (!s.up()) {
            out.add(new Change.SetUp(p.node(), p.name()));
        }
        if (s.mtu() != p.mtu()) {
            out.add(new Change.SetMtu(p.node(), p.name(), s.mtu(), p.mtu()));
        }
        if (p.mac() != null && !p.mac().equals(s.mac())) {
            out.add(new Change.SetMac(p.node(), p.name(), s.mac(), p.mac()));
        }
        if (p.kind() == NodeKind.SWITCH && !p.node().equals(s.master())) {
            out.add(new Change.SetMaster(p.node(), p.name(), s.master()));
        }
        if (p.address() != null && !s.addresses().contains(p.address())) {
            out.add(new Change.AddAddress(p.node(), p.name(), p.address()));
        }
        for (Cidr c : s.addresses()) {
            if (c.address() instanceof Inet4Address && !c.equals(p.address())) {
                out.add(new Change.RemoveAddress(p.node(), p.name(), c));
            }
        }
    }

    /** Veth ends of the lab that no planned link explains, once per pair; ends on removed nodes go with them. */
    private void strays() {
        Set<String> reported = new HashSet<>();
        for (NodeState n : snap.nodes()) {
            if (usable(n.name()).isEmpty()) {
                continue; // not planned, or of another kind: it goes whole, with its ends
            }
            for (InterfaceState i : n.interfaces()) {
                String me = n.name() + ":" + i.name();
                if (!i.isVeth() || explained.contains(me) || reported.contains(me) || Uplink.INTERNET.equals(i.peerNode())) {
                    continue; // an uplink is the uplink's business
                }
                String peer = i.peerNode() == null ? "?" : i.peerNode() + ":" + i.peerName();
                if (i.peerNode() != null && plan.topology().node(i.peerNode()).isEmpty()) {
                    continue; // goes with its removed node
                }
                reported.add(peer);
                out.add(new Change.RemoveLink(n.name(), i.name(), peer));
            }
        }
    }

    private void routes() {
        for (Node n : plan.topology().nodes()) {
            if (!n.kind().isL3()) {
                continue;
            }
            Optional<NodeState> s = usable(n.name());
            List<StaticRoute> planned = plan.routes(n.name());
            List<RouteState> there = s.map(NodeState::routes).orElse(List.of());
            for (StaticRoute r : planned) {
                boolean found = there.stream().anyMatch(t -> t.isUnicast() && t.to().equals(r.to())
                        && r.via().equals(t.via()));
                if (!found) {
                    out.add(new Change.AddRoute(n.name(), r));
                }
            }
            for (RouteState t : there) {
                if (t.isConnected() || !(t.to().address() instanceof Inet4Address) || t.type().equals("local")) {
                    continue;
                }
                boolean wanted = t.isUnicast() && planned.stream().anyMatch(r -> r.to().equals(t.to())
                        && r.via().equals(t.via()));
                if (!wanted) {
                    out.add(new Change.RemoveRoute(n.name(), t));
                }
            }
        }
    }
}
