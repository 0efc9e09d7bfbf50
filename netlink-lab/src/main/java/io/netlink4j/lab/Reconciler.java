package io.netlink4j.lab;

import io.netlink4j.lab.model.Change;
import io.netlink4j.lab.model.NodeKind;
import io.netlink4j.lab.model.Plan;
import io.netlink4j.lab.model.PlannedLink;
import io.netlink4j.route.Rtnetlink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a {@link io.netlink4j.lab.model.Diff}: what is there and not planned goes first, then
 * new nodes, new links, and the changes on what stays, routes last. Only what differs is touched.
 */
final class Reconciler {
    private final Plan plan;
    private final Spaces spaces;
    private final Bringup bringup;
    private final Set<String> switches = new java.util.HashSet<>();

    Reconciler(Plan plan, Spaces spaces) {
        this.plan = plan;
        this.spaces = spaces;
        this.bringup = new Bringup(plan, spaces);
    }

    void apply(Observer.Observation o, List<Change> changes) {
        switches.addAll(plan.nodes(NodeKind.SWITCH));
        o.snapshot().nodes().stream().filter(n -> n.kind() == NodeKind.SWITCH).forEach(n -> switches.add(n.name()));
        Workers.each(o.strays(), ns -> io.netlink4j.core.ns.NetNs.deleteIfExists(ns));
        boolean labMissing = !o.labNamespace();
        List<String> newNodes = new ArrayList<>();
        List<String> newSwitches = new ArrayList<>();
        List<PlannedLink> newLinks = new ArrayList<>();
        boolean addUplink = false;
        Map<String, List<Change>> rest = new LinkedHashMap<>();
        for (Change c : changes) {
            switch (c) {
                case Change.RemoveNode r -> removeNode(r);
                case Change.RemoveLink r -> inNode(r.node(), h -> Kernel.deleteLink(h, r.ifname()));
                case Change.AddNode a -> (a.kind() == NodeKind.SWITCH ? newSwitches : newNodes).add(a.node());
                case Change.AddLink a -> newLinks.add(a.link());
                case Change.RemoveUplink r -> Uplinks.remove(spaces, r.router());
                case Change.AddUplink a -> addUplink = true;
                default -> rest.computeIfAbsent(nodeOf(c), k -> new ArrayList<>()).add(c);
            }
        }
        if (labMissing) {
            bringup.createLab(newSwitches);
        } else if (!newSwitches.isEmpty()) {
            try (Rtnetlink h = Rtnetlink.open(spaces.labNs())) {
                bringup.addBridges(h, newSwitches);
            }
        }
        Workers.each(newNodes, spaces::create);
        bringup.createLinks(newLinks);
        Set<Integer> linkIndices = new LinkedHashSet<>();
        Set<String> touched = new LinkedHashSet<>();
        for (PlannedLink l : newLinks) {
            linkIndices.add(l.index());
            for (var p : List.of(l.a(), l.b())) {
                if (p.kind().isL3() && !newNodes.contains(p.node())) {
                    touched.add(p.node());
                }
            }
        }
        bringup.configure(newNodes, linkIndices, true, false);
        bringup.configure(new ArrayList<>(touched), linkIndices, false, false);
        bringup.impair(newLinks);
        if (addUplink) {
            Uplinks.add(spaces, plan.uplink().orElseThrow());
        }
        Workers.each(new ArrayList<>(rest.keySet()), node -> inNode(node, h -> {
            List<Change> mine = rest.get(node);
            mine.sort(java.util.Comparator.comparingInt(Reconciler::rank));
            for (Change c : mine) {
                one(h, c);
            }
        }));
    }

    /** Routes after addresses, additions after removals. */
    private static int rank(Change c) {
        return switch (c) {
            case Change.RemoveRoute r -> 5;
            case Change.AddRoute r -> 6;
            case Change.RemoveAddress r -> 3;
            case Change.AddAddress r -> 4;
            default -> 1;
        };
    }

    private void one(Rtnetlink h, Change c) {
        switch (c) {
            case Change.SetKind k -> {
                Kernel.setAlias(h, "lo", Marker.ofNode(plan.name(), k.node(), k.to()).toString());
                Kernel.setForwarding(h, k.to() == NodeKind.ROUTER);
            }
            case Change.SetForwarding f -> Kernel.setForwarding(h, f.on());
            case Change.SetUp u -> Kernel.setUp(h, u.ifname());
            case Change.SetMtu m -> Kernel.setMtu(h, m.ifname(), m.to());
            case Change.SetMac m -> Kernel.setMac(h, m.ifname(), m.to());
            case Change.SetMaster m -> Kernel.setMaster(h, m.ifname(), m.node());
            case Change.RemoveAddress a -> Kernel.deleteAddress(h, a.ifname(), a.address());
            case Change.AddAddress a -> Kernel.addAddresses(h, List.of(new Kernel.Addr(a.ifname(), a.address())));
            case Change.RemoveRoute r -> Kernel.deleteRoute(h, r.route());
            case Change.AddRoute r -> Kernel.addRoutes(h, List.of(r.route()));
            case Change.SetImpairment i -> Impairments.apply(spaces, i.link());
            case Change.Heal x -> Impairments.heal(spaces, x.node());
            default -> throw new IllegalStateException("change " + c + " is applied elsewhere");
        }
    }

    /** The node a change is made in; switches' changes are made in the lab's namespace. */
    private String nodeOf(Change c) {
        String node = switch (c) {
            case Change.SetKind k -> k.node();
            case Change.SetForwarding f -> f.node();
            case Change.SetUp u -> u.node();
            case Change.SetMtu m -> m.node();
            case Change.SetMac m -> m.node();
            case Change.SetMaster m -> m.node();
            case Change.RemoveAddress a -> a.node();
            case Change.AddAddress a -> a.node();
            case Change.RemoveRoute r -> r.node();
            case Change.AddRoute r -> r.node();
            case Change.SetImpairment i -> i.link().a().node();
            case Change.Heal h -> h.node();
            default -> throw new IllegalStateException("change " + c + " has no node");
        };
        return switches.contains(node) ? "" : node;
    }

    private void removeNode(Change.RemoveNode r) {
        if (r.kind() == NodeKind.SWITCH) {
            inNode("", h -> Kernel.deleteLink(h, r.node()));
        } else {
            // Its veths first, in one request: deleting an end deletes its peer at once, while a
            // deleted namespace's devices (and their peers in other nodes) go only when the
            // kernel gets round to it.
            inNode(r.node(), Kernel::deleteGroup);
            spaces.delete(r.node());
        }
    }

    private void inNode(String node, java.util.function.Consumer<Rtnetlink> work) {
        String key = switches.contains(node) ? "" : node;
        try (Rtnetlink h = Rtnetlink.open(spaces.ns(key))) {
            work.accept(h);
        }
    }
}
