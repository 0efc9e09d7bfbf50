package io.netlink4j.lab.model;

import io.netlink4j.core.Cidr;
import io.netlink4j.core.InterfaceName;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Resolves a {@link Topology} into a {@link Plan}: names, segments, subnets, addresses, routes. */
final class Planner {
    private final Topology t;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    /** Names taken per node; all switches share one namespace, keyed by {@link #LAB_NS}. */
    private final Map<String, Set<String>> taken = new HashMap<>();
    private final Map<String, Integer> nextEth = new HashMap<>();
    private int nextPort;
    private static final String LAB_NS = "\0lab";

    private Planner(Topology t) {
        this.t = t;
        for (Node n : t.nodes()) {
            nodes.put(n.name(), n);
            if (n.kind() == NodeKind.SWITCH) {
                taken(n).add(n.name());
            }
        }
    }

    static Plan plan(Topology t) {
        return new Planner(t).run();
    }

    private Plan run() {
        String[][] names = names();
        int[] segmentOf = new int[t.links().size()];
        List<List<Integer>> segmentLinks = segments(segmentOf);
        Addressing addressing = new Addressing(t, nodes, names, segmentOf, segmentLinks);
        List<PlannedLink> links = new ArrayList<>();
        for (int i = 0; i < t.links().size(); i++) {
            Link l = t.links().get(i);
            links.add(new PlannedLink(i, l, addressing.end(i, l.a(), names[i][0]), addressing.end(i, l.b(), names[i][1])));
        }
        List<Segment> segments = addressing.segments(links);
        Map<String, List<StaticRoute>> routes = Routing.routes(t, nodes, segments);
        return new Plan(t, links, segments, routes);
    }

    // ---- interface names ----------------------------------------------------------------------

    private Set<String> taken(Node n) {
        return taken.computeIfAbsent(n.kind() == NodeKind.SWITCH ? LAB_NS : n.name(), k -> new HashSet<>());
    }

    /** Given names first (all of them), then the lab's choices in link order. */
    private String[][] names() {
        if (t.uplink() != null) {
            taken(nodes.get(t.uplink())).add(Uplink.ROUTER_IFNAME);
        }
        String[][] names = new String[t.links().size()][2];
        for (int i = 0; i < t.links().size(); i++) {
            Link l = t.links().get(i);
            Endpoint[] ends = {l.a(), l.b()};
            for (int e = 0; e < 2; e++) {
                if (ends[e].ifname() != null) {
                    Node n = nodes.get(ends[e].node());
                    if (!taken(n).add(ends[e].ifname())) {
                        if (n.name().equals(t.uplink()) && ends[e].ifname().equals(Uplink.ROUTER_IFNAME)) {
                            throw new IllegalArgumentException("lab " + t.name() + ": interface name " + Uplink.ROUTER_IFNAME
                                    + " of link " + l + " is the uplink's on " + n.name() + ": choose another");
                        }
                        throw new IllegalArgumentException("lab " + t.name() + ": interface name " + ends[e].ifname()
                                + " of link " + l + " is used twice "
                                + (n.kind() == NodeKind.SWITCH ? "among the switches' bridges and ports"
                                : "on " + n.name()));
                    }
                    names[i][e] = ends[e].ifname();
                }
            }
        }
        for (int i = 0; i < t.links().size(); i++) {
            Link l = t.links().get(i);
            Endpoint[] ends = {l.a(), l.b()};
            for (int e = 0; e < 2; e++) {
                if (names[i][e] == null) {
                    names[i][e] = choose(nodes.get(ends[e].node()));
                }
            }
        }
        return names;
    }

    /** {@code ethN} on a host or router; {@code SWITCH-ethN} on a switch, or {@code pN} when that is too long. */
    private String choose(Node n) {
        Set<String> used = taken(n);
        boolean sw = n.kind() == NodeKind.SWITCH;
        int k = nextEth.getOrDefault(n.name(), sw ? 1 : 0);
        while (true) {
            String name = (sw ? n.name() + "-eth" : "eth") + k;
            k++;
            if (name.getBytes(StandardCharsets.UTF_8).length > InterfaceName.MAX_BYTES) {
                break;
            }
            if (used.add(name)) {
                nextEth.put(n.name(), k);
                return name;
            }
        }
        while (true) {
            String name = "p" + nextPort++;
            if (used.add(name)) {
                return name;
            }
        }
    }

    // ---- segments -----------------------------------------------------------------------------

    /** Sets {@code segmentOf[link]}; returns each segment's links, segments in order of their first link. */
    private List<List<Integer>> segments(int[] segmentOf) {
        Map<String, String> parent = new HashMap<>();
        for (Node n : nodes.values()) {
            if (n.kind() == NodeKind.SWITCH) {
                parent.put(n.name(), n.name());
            }
        }
        for (Link l : t.links()) {
            if (isSwitch(l.a()) && isSwitch(l.b())) {
                String ra = root(parent, l.a().node());
                String rb = root(parent, l.b().node());
                if (ra.equals(rb)) {
                    throw new IllegalArgumentException("lab " + t.name() + ": link " + l
                            + " closes a loop of switches; bridges here run without STP, so a loop would flood"
                            + " the segment forever: remove a link of the loop");
                }
                parent.put(ra, rb);
            }
        }
        Map<String, Integer> byKey = new LinkedHashMap<>();
        List<List<Integer>> segments = new ArrayList<>();
        for (int i = 0; i < t.links().size(); i++) {
            Link l = t.links().get(i);
            String key = isSwitch(l.a()) ? root(parent, l.a().node())
                    : isSwitch(l.b()) ? root(parent, l.b().node()) : "\0link" + i;
            Integer s = byKey.get(key);
            if (s == null) {
                s = segments.size();
                byKey.put(key, s);
                segments.add(new ArrayList<>());
            }
            segments.get(s).add(i);
            segmentOf[i] = s;
        }
        return segments;
    }

    private boolean isSwitch(Endpoint e) {
        return nodes.get(e.node()).kind() == NodeKind.SWITCH;
    }

    private static String root(Map<String, String> parent, String x) {
        String r = x;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        parent.put(x, r);
        return r;
    }

    /** Whether {@code a} lies in one of {@code subnets}. */
    static boolean onAny(List<Cidr> subnets, InetAddress a) {
        for (Cidr c : subnets) {
            if (c.contains(a)) {
                return true;
            }
        }
        return false;
    }
}
