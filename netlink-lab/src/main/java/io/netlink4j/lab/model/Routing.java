package io.netlink4j.lab.model;

import io.netlink4j.core.Cidr;
import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shortest-path routes between subnets. From every host and router, a breadth-first search over
 * the segments, through routers only (hosts do not forward), finds the nearest router on each
 * subnet the node is not on; the route goes via the first router of that path. A host whose
 * routes all go via one gateway gets {@code default via GW} instead. Given routes win over
 * computed ones to the same destination. Ties go to the segment, then the end, declared first.
 * With an {@link Uplink}, its router routes by default to the internet (also without computed
 * routes: that route is the uplink's) and every other node by default towards the router.
 */
final class Routing {
    private Routing() {}

    static Map<String, List<StaticRoute>> routes(Topology t, Map<String, Node> nodes, List<Segment> segments) {
        Map<String, List<Segment>> segmentsOf = new HashMap<>();
        for (Segment s : segments) {
            if (s.subnet() == null) {
                continue;
            }
            for (PlannedInterface m : s.members()) {
                List<Segment> l = segmentsOf.computeIfAbsent(m.node(), k -> new ArrayList<>());
                if (!l.contains(s)) {
                    l.add(s);
                }
            }
        }
        Map<String, List<StaticRoute>> out = new LinkedHashMap<>();
        for (Node n : nodes.values()) {
            if (!n.kind().isL3()) {
                continue;
            }
            List<StaticRoute> routes = new ArrayList<>();
            if (t.autoRoutes()) {
                routes.addAll(computed(n, segments, segmentsOf, t.uplink()));
            } else if (n.name().equals(t.uplink())) {
                routes.add(new StaticRoute(Cidr.parse("0.0.0.0/0"), new Uplink(n.name()).gateway()));
            }
            List<Cidr> mine = new ArrayList<>(segmentsOf.getOrDefault(n.name(), List.of()).stream().map(Segment::subnet)
                    .toList());
            if (n.name().equals(t.uplink())) {
                mine.add(Subnets.networkOf(new Uplink(n.name()).routerAddress()));
            }
            for (StaticRoute r : n.routes()) {
                if (!Planner.onAny(mine, r.via())) {
                    throw new IllegalArgumentException("lab " + t.name() + ": route " + r + " of " + n.name()
                            + ": gateway " + r.via().getHostAddress() + " is on none of its subnets " + mine);
                }
                routes.removeIf(c -> c.to().equals(r.to()));
                routes.add(r);
            }
            out.put(n.name(), List.copyOf(routes));
        }
        return out;
    }

    private static List<StaticRoute> computed(Node from, List<Segment> segments, Map<String, List<Segment>> segmentsOf,
                                              String uplink) {
        List<Segment> own = segmentsOf.getOrDefault(from.name(), List.of());
        // The first hop (its address on the shared segment) towards each node reached.
        Map<String, InetAddress> firstHop = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        seen.add(from.name());
        queue.add(from.name());
        Map<String, NodeKind> kinds = new HashMap<>();
        for (Segment s : segments) {
            for (PlannedInterface m : s.members()) {
                kinds.put(m.node(), m.kind());
            }
        }
        while (!queue.isEmpty()) {
            String x = queue.poll();
            if (!x.equals(from.name()) && kinds.get(x) != NodeKind.ROUTER) {
                continue;
            }
            for (Segment s : segmentsOf.getOrDefault(x, List.of())) {
                for (PlannedInterface m : s.members()) {
                    if (seen.add(m.node())) {
                        firstHop.put(m.node(), x.equals(from.name()) ? m.address().address() : firstHop.get(x));
                        queue.add(m.node());
                    }
                }
            }
        }
        List<StaticRoute> routes = new ArrayList<>();
        Set<InetAddress> gateways = new LinkedHashSet<>();
        for (Segment s : segments) {
            if (s.subnet() == null || own.contains(s)) {
                continue;
            }
            InetAddress via = null;
            for (String r : seen) {
                if (kinds.get(r) == NodeKind.ROUTER && !r.equals(from.name())
                        && s.members().stream().anyMatch(m -> m.node().equals(r))) {
                    via = firstHop.get(r);
                    break;
                }
            }
            if (via != null) {
                routes.add(new StaticRoute(s.subnet(), via));
                gateways.add(via);
            }
        }
        InetAddress out = null;
        if (from.name().equals(uplink)) {
            out = new Uplink(uplink).gateway();
        } else if (uplink != null && seen.contains(uplink)) {
            out = firstHop.get(uplink);
        }
        if (from.kind() == NodeKind.HOST && (gateways.size() == 1 && (out == null || gateways.contains(out))
                || gateways.isEmpty() && out != null)) {
            return List.of(new StaticRoute(Cidr.parse("0.0.0.0/0"), out != null ? out : gateways.iterator().next()));
        }
        if (out != null) {
            routes.add(new StaticRoute(Cidr.parse("0.0.0.0/0"), out));
        }
        return routes;
    }
}
