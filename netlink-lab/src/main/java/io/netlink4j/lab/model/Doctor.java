package io.netlink4j.lab.model;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds why hosts cannot reach each other. For each pair it follows the planned path hop by hop
 * and checks, against what the kernel shows, everything a packet needs on the way out and back:
 * the interfaces and links there and up, switch ports on their bridge, addresses, a route that
 * goes the planned way (not a blackhole), no drop rule or partition, forwarding on in routers,
 * and one MTU along each segment. The first failed check is the reason.
 */
public final class Doctor {
    private static final int MAX_HOPS = 64;
    private final Plan plan;
    private final Snapshot snap;
    /** An MTU mismatch found on the way: it breaks large packets only, so the walk goes on. */
    private String mtu;
    /** A link on the way that loses packets at random: a reason when nothing harder is found. */
    private String lossy;

    private Doctor(Plan plan, Snapshot snap) {
        this.plan = plan;
        this.snap = snap;
    }

    /**
     * Examines every pair {@code pings} holds: a failed ping gets the first reason found (or "no
     * reason found"); a ping that passed is reported only for an MTU mismatch on its way.
     *
     * @param plan the plan
     * @param snapshot what the kernel shows
     * @param pings the pings of every pair
     * @return the findings, one per pair with a problem
     */
    public static DoctorReport examine(Plan plan, Snapshot snapshot, Reachability pings) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(pings, "pings");
        List<Finding> findings = new ArrayList<>();
        for (PingOutcome o : pings.outcomes()) {
            Doctor d = new Doctor(plan, snapshot);
            String reason = d.pair(o.from(), o.target());
            if (!o.reached()) {
                String why = reason != null ? reason : d.lossy != null ? d.lossy : d.mtu != null ? d.mtu
                        : "no reason found: every check along the planned path passed" + (o.error() == null ? ""
                        : " (the ping said: " + o.error() + ")");
                findings.add(new Finding(o.from(), o.to(), o.target(), true, why));
            } else if (d.mtu != null) {
                findings.add(new Finding(o.from(), o.to(), o.target(), false, d.mtu));
            }
        }
        return new DoctorReport(plan.name(), pings.outcomes().size(), findings);
    }

    /** The first reason {@code from} cannot reach {@code target} and be answered, or {@code null}. */
    private String pair(String from, InetAddress target) {
        Hop first = hop(from, target);
        if (first == null) {
            return "the plan has no way from " + from + " to " + target.getHostAddress();
        }
        InetAddress source = first.out.address() == null ? null : first.out.address().address();
        String there = walk(from, target, source);
        if (there != null || source == null) {
            return there;
        }
        Optional<PlannedInterface> owner = ownerOf(target);
        return owner.isEmpty() ? null : walk(owner.get().node(), source, target);
    }

    /** A step of the planned path: out of {@code out}, to {@code next} (which has {@code nextHop}). */
    private record Hop(PlannedInterface out, InetAddress nextHop, PlannedInterface next, String route) {}

    private Hop hop(String x, InetAddress target) {
        for (PlannedInterface p : plan.interfaces(x)) {
            if (p.address() != null && p.address().contains(target)) {
                PlannedInterface next = memberWith(p.segment(), target);
                return next == null ? null : new Hop(p, target, next, Subnets.networkOf(p.address()) + " dev " + p.name());
            }
        }
        StaticRoute best = null;
        for (StaticRoute r : plan.routes(x)) {
            if (r.to().contains(target) && (best == null || r.to().prefixLength() > best.to().prefixLength())) {
                best = r;
            }
        }
        if (best == null) {
            return null;
        }
        for (PlannedInterface p : plan.interfaces(x)) {
            if (p.address() != null && p.address().contains(best.via())) {
                PlannedInterface next = memberWith(p.segment(), best.via());
                return next == null ? null : new Hop(p, best.via(), next, best + " dev " + p.name());
            }
        }
        return null;
    }

    private PlannedInterface memberWith(int segment, InetAddress a) {
        for (PlannedInterface m : plan.segments().get(segment).members()) {
            if (m.address() != null && m.address().address().equals(a)) {
                return m;
            }
        }
        return null;
    }

    private Optional<PlannedInterface> ownerOf(InetAddress a) {
        return plan.segments().stream().flatMap(s -> s.members().stream())
                .filter(m -> m.address() != null && m.address().address().equals(a)).findFirst();
    }

    private String walk(String from, InetAddress target, InetAddress source) {
        String x = from;
        for (int n = 0; n < MAX_HOPS; n++) {
            Optional<NodeState> nx = snap.node(x);
            if (nx.isEmpty()) {
                return "node " + x + " is not there (no namespace " + Names.namespaceOf(plan.name(), x) + ")";
            }
            if (nx.get().owns(target)) {
                return null;
            }
            Hop h = hop(x, target);
            if (h == null) {
                return "the plan has no way from " + x + " to " + target.getHostAddress();
            }
            String r = checkRoute(nx.get(), h, target);
            if (r == null) {
                r = drops(nx.get(), source, target);
            }
            if (r == null) {
                r = path(h.out, h.next);
            }
            if (r != null) {
                return r;
            }
            NodeState ny = snap.node(h.next.node()).orElseThrow();
            InterfaceState yi = ny.iface(h.next.name()).orElseThrow();
            if (!yi.addresses().contains(h.next.address())) {
                return "address " + h.next.address() + " is missing on " + h.next.label();
            }
            r = drops(ny, source, target);
            if (r != null) {
                return r;
            }
            if (!ny.owns(target) && !ny.forwarding()) {
                return "forwarding is off on " + ny.name() + " (net.ipv4.ip_forward = 0), so it does not pass "
                        + x + "'s packets to " + target.getHostAddress() + " on";
            }
            x = ny.name();
        }
        return "a routing loop: packets from " + from + " to " + target.getHostAddress() + " cross more than "
                + MAX_HOPS + " nodes";
    }

    private String checkRoute(NodeState x, Hop h, InetAddress target) {
        Optional<InterfaceState> out = x.iface(h.out.name());
        if (out.isEmpty()) {
            return "interface " + h.out.label() + " of link " + plan.links().get(h.out.link()).label() + " is missing";
        }
        if (h.out.address() != null && !out.get().addresses().contains(h.out.address())) {
            return "address " + h.out.address() + " is missing on " + h.out.label();
        }
        String down = endDown(h.out, out.get());
        if (down != null) {
            return down;
        }
        Optional<RouteState> r = x.lookup(target);
        if (r.isEmpty()) {
            return "no route from " + x.name() + " to " + target.getHostAddress() + " (the plan has " + h.route + ")";
        }
        RouteState k = r.get();
        if (!k.isUnicast()) {
            return "a " + k.type() + " route on " + x.name() + " drops packets to " + target.getHostAddress() + ": " + k;
        }
        InetAddress kernelHop = k.via() != null ? k.via() : target;
        if (!kernelHop.equals(h.nextHop) || k.dev() != null && !k.dev().equals(h.out.name())) {
            return "the route from " + x.name() + " to " + target.getHostAddress() + " is " + k + "; the plan has "
                    + h.route;
        }
        return null;
    }

    private static String drops(NodeState n, InetAddress source, InetAddress target) {
        for (DropRule d : n.drops()) {
            if (d.dropsAll(source, target)) {
                return d.partition()
                        ? "a partition: " + n.name() + " drops packets from " + (source == null ? "?" : source.getHostAddress())
                        + " to " + target.getHostAddress() + " (" + d.text() + ")"
                        : "a drop rule on " + n.name() + ": " + d.text();
            }
        }
        return null;
    }

    /** Why a link on the way from {@code from} to {@code to} does not carry frames, or {@code null}. */
    private String path(PlannedInterface from, PlannedInterface to) {
        Integer mtuSeen = null;
        String mtuAt = null;
        for (PlannedLink l : plan.l2Path(from, to)) {
            InterfaceState[] ends = new InterfaceState[2];
            PlannedInterface[] planned = {l.a(), l.b()};
            for (int e = 0; e < 2; e++) {
                PlannedInterface p = planned[e];
                Optional<InterfaceState> s = snap.node(p.node()).flatMap(n -> n.iface(p.name()));
                if (s.isEmpty()) {
                    return "interface " + p.label() + " of link " + l.label() + " is missing";
                }
                ends[e] = s.get();
                PlannedInterface o = planned[1 - e];
                if (!o.node().equals(s.get().peerNode()) || !o.name().equals(s.get().peerName())) {
                    return "link " + l.label() + " is broken: " + p.label() + " is joined to "
                            + (s.get().peerName() == null ? "nothing" : s.get().peerNode() + ":" + s.get().peerName());
                }
            }
            // An end that is down explains the other's missing carrier: report it first.
            for (int e = 0; e < 2; e++) {
                if (!ends[e].up()) {
                    return endDown(planned[e], ends[e]);
                }
            }
            for (int e = 0; e < 2; e++) {
                String down = endDown(planned[e], ends[e]);
                if (down != null) {
                    return down;
                }
            }
            double loss = Math.max(ends[0].impairment().loss(), ends[1].impairment().loss());
            if (loss > 0 && lossy == null) {
                lossy = "link " + l.label() + " loses " + Impairment.loss(loss).lossText() + " of the packets"
                        + " each way (an impairment)";
            }
            if (ends[0].mtu() != ends[1].mtu()) {
                mismatch("MTU mismatch on link " + l.label() + ": " + ends[0].mtu() + " on " + l.a().label() + ", "
                        + ends[1].mtu() + " on " + l.b().label());
            } else if (mtuSeen != null && mtuSeen != ends[0].mtu()) {
                mismatch("MTU mismatch between " + from.label() + " and " + to.label() + ": " + mtuSeen + " on " + mtuAt
                        + ", " + ends[0].mtu() + " on " + l.label());
            }
            mtuSeen = ends[0].mtu();
            mtuAt = l.label();
        }
        return null;
    }

    private void mismatch(String text) {
        if (mtu == null) {
            mtu = text;
        }
    }

    /** Why an end (or its switch) is not up, or {@code null}. */
    private String endDown(PlannedInterface p, InterfaceState s) {
        PlannedLink l = plan.links().get(p.link());
        if (!s.up()) {
            return "link " + l.label() + " is down: " + p.label() + " is administratively down";
        }
        if (!s.lowerUp()) {
            PlannedInterface o = l.other(p);
            Optional<InterfaceState> other = snap.node(o.node()).flatMap(n -> n.iface(o.name()));
            if (other.isPresent() && !other.get().up()) {
                return "link " + l.label() + " is down: " + o.label() + " is administratively down";
            }
            return "link " + l.label() + " is down: " + p.label() + " has no carrier (" + o.label()
                    + (other.isPresent() ? " is up" : " is missing") + ")";
        }
        if (p.kind() == NodeKind.SWITCH) {
            if (!p.node().equals(s.master())) {
                return p.label() + " is not a port of switch " + p.node() + " (its master is "
                        + (s.master() == null ? "none" : s.master()) + ")";
            }
            Optional<InterfaceState> bridge = snap.node(p.node()).flatMap(n -> n.iface(p.node()));
            if (bridge.isEmpty()) {
                return "switch " + p.node() + " has no bridge";
            }
            if (!bridge.get().up()) {
                return "switch " + p.node() + " is down (bridge " + p.node() + " is administratively down)";
            }
        }
        return null;
    }
}
