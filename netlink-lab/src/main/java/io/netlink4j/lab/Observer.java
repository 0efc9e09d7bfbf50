package io.netlink4j.lab;

import io.netlink4j.core.Cidr;
import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.lab.model.Impairment;
import io.netlink4j.lab.model.InterfaceState;
import io.netlink4j.lab.model.Names;
import io.netlink4j.lab.model.NodeKind;
import io.netlink4j.lab.model.NodeState;
import io.netlink4j.lab.model.Plan;
import io.netlink4j.lab.model.PlannedInterface;
import io.netlink4j.lab.model.RouteState;
import io.netlink4j.lab.model.Snapshot;
import io.netlink4j.lab.model.Uplink;
import io.netlink4j.route.Rtnetlink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a lab back from the kernel: every namespace named {@code LAB} or {@code LAB-*} that
 * carries the lab's {@link Marker}, its devices, addresses, routes and forwarding, with veth
 * ends paired across namespaces by their indices (each end names its peer's index; where two
 * pairs could match, the plan's names decide).
 */
final class Observer {
    private final String lab;
    private final Plan plan;
    private final Map<String, Space> found = new ConcurrentHashMap<>();
    private final List<String> strays = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<String> foreign = java.util.Collections.synchronizedList(new ArrayList<>());

    /** What one namespace holds. */
    private record Space(String ns, Marker marker, List<Kernel.Dev> devs, List<Kernel.Addr> addrs,
                         List<RouteState> routes, boolean forwarding, Map<String, Impairment> qdiscs,
                         Firewall.Seen rules) {}

    /**
     * What {@link #observe} found: the snapshot, the namespaces of planned nodes a cut-short
     * creation left (unmarked, nothing but {@code lo} and the lab's devices), and those of planned
     * nodes that exist without the lab's marker (in the way). Namespaces named like the lab's
     * that the plan does not need and that carry no marker are not the lab's: left out.
     */
    record Observation(Snapshot snapshot, List<String> strays, List<String> foreign, boolean labNamespace) {
        boolean empty() {
            return snapshot.nodes().isEmpty() && strays.isEmpty() && !labNamespace;
        }
    }

    private Observer(String lab, Plan plan) {
        this.lab = lab;
        this.plan = plan;
    }

    /** The namespaces named like lab {@code lab}'s: {@code LAB} and {@code LAB-*}. */
    static List<String> namespaces(String lab) {
        return NetNs.list().stream().filter(n -> n.equals(lab) || n.startsWith(lab + "-")).toList();
    }

    /** Reads lab {@code lab}; {@code plan} (may be {@code null}) settles ambiguous pairs and unattached ports. */
    static Observation observe(String lab, Plan plan) {
        return observe(lab, plan, namespaces(lab));
    }

    /** {@link #observe(String, Plan)} of {@code namespaces}, the lab's as {@link #namespaces} just listed them. */
    static Observation observe(String lab, Plan plan, List<String> namespaces) {
        Observer o = new Observer(lab, plan);
        Workers.each(namespaces, o::read);
        return o.assemble();
    }

    /**
     * Whether any of {@code namespaces} carries its own marker of lab {@code lab}: whether
     * {@link #observe} would find the lab's namespace or a node, reading only their devices.
     */
    static boolean anyMarked(String lab, List<String> namespaces) {
        java.util.concurrent.atomic.AtomicBoolean any = new java.util.concurrent.atomic.AtomicBoolean();
        Workers.each(namespaces, ns -> {
            try (NetNs handle = NetNs.named(ns); Rtnetlink h = Rtnetlink.open(handle)) {
                if (isOwn(lab, ns, marker(Kernel.links(h)))) {
                    any.set(true);
                }
            } catch (NotFoundException e) {
                // deleted while we looked: not there
            }
        });
        return any.get();
    }

    /** The marker on the {@code lo} of {@code devs}, if it has one. */
    private static Optional<Marker> marker(List<Kernel.Dev> devs) {
        Kernel.Dev lo = devs.stream().filter(d -> d.name().equals("lo")).findFirst().orElse(null);
        return Marker.parse(lo == null ? null : lo.alias());
    }

    /** Whether {@code m} is the marker namespace {@code ns} of lab {@code lab} should carry (the lab's, or its node's). */
    private static boolean isOwn(String lab, String ns, Optional<Marker> m) {
        String node = Names.nodeOf(lab, ns);
        return m.isPresent() && m.get().lab().equals(lab) && (node == null ? m.get().isLab() : node.equals(m.get().node()));
    }

    private void read(String ns) {
        try (NetNs handle = NetNs.named(ns); Rtnetlink h = Rtnetlink.open(handle)) {
            List<Kernel.Dev> devs = Kernel.links(h);
            Optional<Marker> m = marker(devs);
            String node = Names.nodeOf(lab, ns);
            if (!isOwn(lab, ns, m)) {
                // Only a namespace the plan needs concerns the lab: a cut-short creation of it (no
                // marker yet, nothing but lo and the lab's devices) is cleared, anything else is in the way.
                boolean needed = plan != null && (node == null || plan.topology().node(node).map(x -> x.kind().isL3())
                        .orElse(false));
                if (needed) {
                    boolean cutShort = m.isEmpty() && devs.stream().allMatch(d -> d.name().equals("lo") || Kernel.isOurs(d));
                    (cutShort ? strays : foreign).add(ns);
                }
                return;
            }
            Map<String, Impairment> qdiscs = Kernel.qdiscs(h);
            Firewall.Seen rules = Firewall.read(handle);
            if (m.get().isLab()) {
                found.put(ns, new Space(ns, m.get(), devs, List.of(), List.of(), false, qdiscs, rules));
            } else {
                found.put(ns, new Space(ns, m.get(), devs, Kernel.addresses(h), Kernel.routes(h), Kernel.forwarding(h),
                        qdiscs, rules));
            }
        } catch (NotFoundException e) {
            // deleted while we looked: not there
        }
    }

    private Observation assemble() {
        Map<String, String[]> peers = pair();
        Space labSpace = found.get(lab);
        List<NodeState> nodes = new ArrayList<>();
        if (labSpace != null) {
            nodes.addAll(switches(labSpace, peers));
        }
        for (Space s : found.values()) {
            if (s.marker().isLab()) {
                continue;
            }
            List<InterfaceState> ifs = new ArrayList<>();
            for (Kernel.Dev d : s.devs()) {
                if (d.name().equals("lo")) {
                    continue;
                }
                List<Cidr> addrs = s.addrs().stream().filter(a -> d.name().equals(a.dev())).map(Kernel.Addr::cidr).toList();
                ifs.add(state(s.ns(), d, null, addrs, peers));
            }
            ifs.sort(Comparator.comparingInt((InterfaceState i) -> planned(s.marker().node(), i.name()))
                    .thenComparing(InterfaceState::name));
            nodes.add(new NodeState(s.marker().node(), s.marker().kind(), s.forwarding(), ifs, s.routes(),
                    s.rules().drops()));
        }
        nodes.sort(Comparator.comparingInt(this::order).thenComparing(NodeState::name));
        return new Observation(new Snapshot(lab, nodes), List.copyOf(strays), List.copyOf(foreign), labSpace != null);
    }

    /** The interface's place in the plan's list of the node's interfaces; unplanned ones after. */
    private int planned(String node, String ifname) {
        if (plan == null || plan.topology().node(node).isEmpty()) {
            return 0;
        }
        List<PlannedInterface> ifs = plan.interfaces(node);
        for (int i = 0; i < ifs.size(); i++) {
            if (ifs.get(i).name().equals(ifname)) {
                return i;
            }
        }
        return ifs.size();
    }

    /** Plan order first, then the rest by name; without a plan, switches, routers, hosts. */
    private int order(NodeState n) {
        if (plan == null) {
            return switch (n.kind()) {
                case SWITCH -> 0;
                case ROUTER -> 1;
                case HOST -> 2;
            };
        }
        List<io.netlink4j.lab.model.Node> all = plan.topology().nodes();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).name().equals(n.name())) {
                return i;
            }
        }
        return all.size();
    }

    /** The lab namespace's bridges as switches, each with its ports (by master, else by the plan's names). */
    private List<NodeState> switches(Space s, Map<String, String[]> peers) {
        Map<String, List<InterfaceState>> ports = new java.util.LinkedHashMap<>();
        for (Kernel.Dev d : s.devs()) {
            if ("bridge".equals(d.kind()) && d.group() == Kernel.BRIDGE_GROUP) {
                ports.put(d.name(), new ArrayList<>(List.of(state(s.ns(), d, null, List.of(), peers))));
            }
        }
        for (Kernel.Dev d : s.devs()) {
            if (!d.isVeth()) {
                continue;
            }
            String sw = ports.containsKey(d.master()) ? d.master() : null;
            if (sw == null && plan != null) {
                sw = plan.nodes(NodeKind.SWITCH).stream().filter(x -> plan.find(x, d.name()).isPresent()).findFirst()
                        .orElse(null);
            }
            if (sw != null && ports.containsKey(sw)) {
                ports.get(sw).add(state(s.ns(), d, sw, List.of(), peers));
            }
        }
        List<NodeState> out = new ArrayList<>();
        for (Map.Entry<String, List<InterfaceState>> e : ports.entrySet()) {
            List<InterfaceState> l = e.getValue();
            l.subList(1, l.size()).sort(Comparator.comparingInt((InterfaceState i) -> planned(e.getKey(), i.name()))
                    .thenComparing(InterfaceState::name));
            out.add(new NodeState(e.getKey(), NodeKind.SWITCH, false, e.getValue(), List.of(), List.of()));
        }
        return out;
    }

    private InterfaceState state(String ns, Kernel.Dev d, String owner, List<Cidr> addrs, Map<String, String[]> peers) {
        String[] peer = peers.get(ns + "\0" + d.name());
        Space s = found.get(ns);
        Impairment imp = s.qdiscs().getOrDefault(d.name(), Impairment.NONE)
                .withLoss(s.rules().losses().getOrDefault(d.name(), 0.0));
        return new InterfaceState(d.name(), d.kind(), d.up(), d.lowerUp(), d.mtu(), d.mac(), d.master(), addrs,
                peer == null ? null : peer[0], peer == null ? null : peer[1], imp);
    }

    // ---- veth pairs ---------------------------------------------------------------------------

    /** A veth end in a namespace. */
    private record End(String ns, Kernel.Dev dev) {}

    /**
     * {@code ns\0dev} of every paired veth end to its peer's {@code [node, dev]}. An end whose
     * alias names its peer ({@link Marker#peer}) is paired with it when the indices agree; the
     * others by their indices where only one end fits, else by the plan's names.
     */
    private Map<String, String[]> pair() {
        List<End> ends = new ArrayList<>();
        Map<String, End> byName = new HashMap<>();
        for (Space s : found.values()) {
            for (Kernel.Dev d : s.devs()) {
                if (d.isVeth()) {
                    End e = new End(s.ns(), d);
                    ends.add(e);
                    byName.put(key(e), e);
                }
            }
        }
        Map<String, End> peerOf = new HashMap<>();
        for (End e : ends) {
            Optional<String[]> claim = Marker.parsePeer(e.dev().alias());
            if (claim.isEmpty() || peerOf.containsKey(key(e))) {
                continue;
            }
            End f = byName.get(nsOf(claim.get()[0]) + "\0" + claim.get()[1]);
            if (f != null && fits(e, f) && !peerOf.containsKey(key(f))) {
                peerOf.put(key(e), f);
                peerOf.put(key(f), e);
            }
        }
        Map<Integer, List<End>> byIndex = new HashMap<>();
        for (End e : ends) {
            if (!peerOf.containsKey(key(e))) {
                byIndex.computeIfAbsent(e.dev().index(), k -> new ArrayList<>()).add(e);
            }
        }
        for (End e : ends) {
            if (peerOf.containsKey(key(e))) {
                continue;
            }
            List<End> candidates = new ArrayList<>();
            for (End f : byIndex.getOrDefault(e.dev().peerIndex(), List.of())) {
                if (f != e && fits(e, f) && !peerOf.containsKey(key(f))) {
                    candidates.add(f);
                }
            }
            End peer = candidates.size() == 1 ? candidates.getFirst() : expected(e.ns(), e.dev().name(), candidates);
            if (peer != null) {
                peerOf.put(key(e), peer);
                peerOf.put(key(peer), e);
            }
        }
        Map<String, String[]> out = new HashMap<>();
        peerOf.forEach((k, f) -> out.put(k, new String[] {nodeOf(f.ns(), f.dev()), f.dev().name()}));
        return out;
    }

    private static String key(End e) {
        return e.ns() + "\0" + e.dev().name();
    }

    /** Whether {@code e} and {@code f} can be the two ends of one pair: each names the other's index and place. */
    private static boolean fits(End e, End f) {
        boolean sameNs = f.ns().equals(e.ns());
        return f.dev().peerIndex() == e.dev().index() && e.dev().peerIndex() == f.dev().index()
                && sameNs != e.dev().peerElsewhere() && sameNs != f.dev().peerElsewhere();
    }

    /** The namespace of {@code node}: the lab's own for a switch (a bridge there), else {@code LAB-NODE}. */
    private String nsOf(String node) {
        if (node.equals(Uplink.INTERNET)) {
            return lab;
        }
        Space l = found.get(lab);
        boolean bridge = l != null && l.devs().stream().anyMatch(d -> "bridge".equals(d.kind()) && d.name().equals(node));
        return bridge ? lab : Names.namespaceOf(lab, node);
    }

    private End expected(String ns, String dev, List<End> candidates) {
        if (plan == null || candidates.isEmpty()) {
            return null;
        }
        String node = Names.nodeOf(lab, ns);
        for (io.netlink4j.lab.model.PlannedLink l : plan.links()) {
            for (PlannedInterface p : List.of(l.a(), l.b())) {
                boolean here = p.name().equals(dev) && (node == null ? p.kind() == NodeKind.SWITCH : p.node().equals(node));
                if (!here) {
                    continue;
                }
                PlannedInterface o = l.other(p);
                String ons = o.kind() == NodeKind.SWITCH ? lab : Names.namespaceOf(lab, o.node());
                for (End c : candidates) {
                    if (c.ns().equals(ons) && c.dev().name().equals(o.name())) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    /** The node a device in {@code ns} belongs to: the namespace's node, or the switch the port is on. */
    private String nodeOf(String ns, Kernel.Dev d) {
        if (!ns.equals(lab)) {
            return Names.nodeOf(lab, ns);
        }
        if (d.name().equals(Uplink.INTERNET_IFNAME)) {
            return Uplink.INTERNET;
        }
        if (d.master() != null) {
            return d.master();
        }
        if (plan != null) {
            for (String sw : plan.nodes(NodeKind.SWITCH)) {
                if (plan.find(sw, d.name()).isPresent()) {
                    return sw;
                }
            }
        }
        return null;
    }
}
