package io.netlink4j.lab;

import io.netlink4j.lab.model.NodeKind;
import io.netlink4j.lab.model.Plan;
import io.netlink4j.lab.model.PlannedInterface;
import io.netlink4j.lab.model.PlannedLink;
import io.netlink4j.route.Rtnetlink;
import io.netlink4j.route.link.LinkSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes a lab's pieces in the kernel, in bulk and in three phases, each spread over
 * {@link Workers}: (1) the namespaces, and in the lab's own the marker and the bridges; (2) the
 * veth pairs — those of switches pipelined in one batch from the lab's namespace, each peer born
 * directly in its node with one queue per end; those between hosts and routers from the first
 * node's namespace; (3) in every node: the marker, {@code lo} and its interfaces up, addresses,
 * routes, forwarding.
 */
final class Bringup {
    private final Plan plan;
    private final Spaces spaces;

    Bringup(Plan plan, Spaces spaces) {
        this.plan = plan;
        this.spaces = spaces;
    }

    /**
     * Everything, into a kernel where nothing of the lab exists. The lab's namespace comes first
     * (its bridges, the links between switches); then each host and router is made whole by one
     * task — its namespace, its ports' veths (through the lab namespace's handle, which the tasks
     * share), its addresses, routes and forwarding — so that namespace creation, the kernel's
     * slowest step, overlaps everything else. Links between two nodes come last, when both exist,
     * and so does the uplink; the routes of their nodes follow them.
     */
    void fresh() {
        List<String> l3 = new ArrayList<>(plan.nodes(NodeKind.HOST));
        l3.addAll(plan.nodes(NodeKind.ROUTER));
        List<PlannedLink> betweenSwitches = new ArrayList<>();
        List<PlannedLink> betweenNodes = new ArrayList<>();
        Map<String, List<PlannedLink>> onSwitches = new LinkedHashMap<>();
        for (PlannedLink l : plan.links()) {
            boolean a = l.a().kind() == NodeKind.SWITCH;
            boolean b = l.b().kind() == NodeKind.SWITCH;
            if (a && b) {
                betweenSwitches.add(l);
            } else if (a || b) {
                onSwitches.computeIfAbsent((a ? l.b() : l.a()).node(), k -> new ArrayList<>()).add(l);
            } else {
                betweenNodes.add(l);
            }
        }
        Set<String> late = new LinkedHashSet<>();
        betweenNodes.forEach(l -> {
            late.add(l.a().node());
            late.add(l.b().node());
        });
        plan.uplink().ifPresent(u -> late.add(u.router()));
        spaces.createLab();
        try (Rtnetlink lab = Rtnetlink.open(spaces.labNs())) {
            markLab(lab, plan.nodes(NodeKind.SWITCH));
            createInLab(lab, betweenSwitches);
            Workers.each(l3, node -> {
                spaces.create(node);
                List<PlannedLink> mine = onSwitches.getOrDefault(node, List.of());
                createInLab(lab, mine);
                Set<Integer> made = new LinkedHashSet<>();
                mine.forEach(l -> made.add(l.index()));
                configure(node, made, true, !late.contains(node));
            });
            if (plan.uplink().isPresent()) {
                Uplinks.createInternetSide(lab, spaces, plan.uplink().get());
            }
        }
        plan.uplink().ifPresent(u -> Uplinks.configureRouterSide(spaces, u));
        if (!betweenNodes.isEmpty()) {
            createLinks(betweenNodes);
        }
        Set<Integer> made = new LinkedHashSet<>();
        betweenNodes.forEach(l -> made.add(l.index()));
        Workers.each(new ArrayList<>(late), node -> configure(node, made, false, true));
        impair(plan.links());
    }

    /** Veth pairs with at least one end on a switch, made through the lab namespace's handle. */
    private void createInLab(Rtnetlink lab, List<PlannedLink> links) {
        List<LinkSpec> specs = new ArrayList<>();
        List<PlannedInterface> secondPorts = new ArrayList<>();
        for (PlannedLink l : links) {
            specs.add(spec(l));
            if (l.b().kind() == NodeKind.SWITCH && l.a().kind() == NodeKind.SWITCH) {
                secondPorts.add(l.b());
            }
        }
        Kernel.addLinks(lab, specs);
        for (PlannedInterface p : secondPorts) {
            Kernel.setMaster(lab, p.name(), p.node());
            Kernel.setUp(lab, p.name());
        }
    }

    /** The veth of {@code l}: a switch's end (up, on its bridge) is the one made, the other its peer. */
    private LinkSpec spec(PlannedLink l) {
        PlannedInterface a = l.a();
        PlannedInterface b = l.b();
        int mtu = l.link().mtu();
        if (a.kind() == NodeKind.SWITCH && b.kind() == NodeKind.SWITCH) {
            return Kernel.veth(new Kernel.VethPlan(a.name(), b.name(), null, mtu, a.mac(), b.mac(), a.node()));
        }
        if (a.kind() == NodeKind.SWITCH || b.kind() == NodeKind.SWITCH) {
            PlannedInterface s = a.kind() == NodeKind.SWITCH ? a : b;
            PlannedInterface n = s == a ? b : a;
            return Kernel.veth(new Kernel.VethPlan(s.name(), n.name(), spaces.ns(n.node()), mtu, s.mac(), n.mac(),
                    s.node()));
        }
        return Kernel.veth(new Kernel.VethPlan(a.name(), b.name(), spaces.ns(b.node()), mtu, a.mac(), b.mac(), null));
    }

    /** The impairments of {@code links} that have one. */
    void impair(Collection<PlannedLink> links) {
        Workers.each(links.stream().filter(l -> !l.link().impairment().isNone()).toList(),
                l -> Impairments.apply(spaces, l));
    }

    /** The lab's own namespace with its marker and {@code lo} up, and a bridge per switch (for a lab that grows). */
    void createLab(List<String> switches) {
        spaces.createLab();
        try (Rtnetlink h = Rtnetlink.open(spaces.labNs())) {
            markLab(h, switches);
        }
    }

    /** Through the new lab namespace's handle: its marker on {@code lo}, {@code lo} up, no IPv6, a bridge per switch. */
    private void markLab(Rtnetlink h, List<String> switches) {
        Kernel.setAlias(h, "lo", Marker.ofLab(plan.name()).toString());
        Kernel.setUp(h, "lo");
        Kernel.disableIpv6(h);
        addBridges(h, switches);
    }

    void addBridges(Rtnetlink h, List<String> switches) {
        List<LinkSpec> bridges = new ArrayList<>();
        for (String s : switches) {
            bridges.add(Kernel.bridge(s));
        }
        Kernel.addLinks(h, bridges);
    }

    /**
     * The veth pairs of {@code links}: a switch's end up and on its bridge at creation, a host's or
     * router's end born in its namespace (down until {@link #configure} sets it up).
     */
    void createLinks(Collection<PlannedLink> links) {
        List<PlannedLink> inLab = new ArrayList<>();
        Map<String, List<LinkSpec>> byNode = new LinkedHashMap<>();
        for (PlannedLink l : links) {
            if (l.a().kind() == NodeKind.SWITCH || l.b().kind() == NodeKind.SWITCH) {
                inLab.add(l);
            } else {
                byNode.computeIfAbsent(l.a().node(), k -> new ArrayList<>()).add(spec(l));
            }
        }
        List<String> tasks = new ArrayList<>(byNode.keySet());
        if (!inLab.isEmpty()) {
            tasks.add(0, "");
        }
        Workers.each(tasks, n -> {
            if (n.isEmpty()) {
                try (Rtnetlink h = Rtnetlink.open(spaces.labNs())) {
                    createInLab(h, inLab);
                }
            } else {
                try (Rtnetlink h = Rtnetlink.open(spaces.ns(n))) {
                    Kernel.addLinks(h, byNode.get(n));
                }
            }
        });
    }

    /**
     * In each of {@code nodes}: the marker and {@code lo} up (with {@code marker}), the ends of
     * {@code newLinks} up with their addresses, the plan's routes (with {@code routes}), and
     * forwarding on a router (with {@code marker}: a new node).
     */
    void configure(List<String> nodes, Set<Integer> newLinks, boolean marker, boolean routes) {
        Workers.each(nodes, node -> configure(node, newLinks, marker, routes));
    }

    /** {@link #configure(List, Set, boolean, boolean)} for one node, on the caller's thread. */
    void configure(String node, Set<Integer> newLinks, boolean marker, boolean routes) {
        NodeKind kind = plan.kindOf(node);
        try (Rtnetlink h = Rtnetlink.open(spaces.ns(node))) {
            if (marker) {
                Kernel.setAlias(h, "lo", Marker.ofNode(plan.name(), node, kind).toString());
                Kernel.setUp(h, "lo");
            }
            List<Kernel.Addr> addrs = new ArrayList<>();
            for (PlannedInterface p : plan.interfaces(node)) {
                if (!newLinks.contains(p.link())) {
                    continue;
                }
                PlannedLink l = plan.links().get(p.link());
                boolean createdUp = l.a() == p && l.b().kind() != NodeKind.SWITCH;
                if (!createdUp) {
                    // The end born down in this node names its peer, so the pair is found
                    // again from the kernel alone (ifindexes repeat across namespaces).
                    PlannedInterface peer = l.other(p);
                    Kernel.setAlias(h, p.name(), Marker.peer(peer.node(), peer.name()));
                    Kernel.setUp(h, p.name());
                }
                if (p.address() != null) {
                    addrs.add(new Kernel.Addr(p.name(), p.address()));
                }
            }
            Kernel.addAddresses(h, addrs);
            if (routes) {
                Kernel.addRoutes(h, plan.routes(node));
            }
            if (marker && kind == NodeKind.ROUTER) {
                Kernel.setForwarding(h, true);
            }
        }
    }
}
