package io.netlink4j.lab.model;

import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link Topology} resolved into what the lab makes: every link's two interfaces (names,
 * addresses, MTU), the segments and their subnets, and every node's routes. Made by
 * {@link Topology#plan()}; the same topology always gives the same plan.
 */
public final class Plan {
    private final Topology topology;
    private final List<PlannedLink> links;
    private final List<Segment> segments;
    private final Map<String, List<StaticRoute>> routes;
    private final Map<String, List<PlannedInterface>> interfaces = new LinkedHashMap<>();

    Plan(Topology topology, List<PlannedLink> links, List<Segment> segments, Map<String, List<StaticRoute>> routes) {
        this.topology = topology;
        this.links = List.copyOf(links);
        this.segments = List.copyOf(segments);
        this.routes = Map.copyOf(routes);
        for (Node n : topology.nodes()) {
            interfaces.put(n.name(), new ArrayList<>());
        }
        for (PlannedLink l : links) {
            interfaces.get(l.a().node()).add(l.a());
            interfaces.get(l.b().node()).add(l.b());
        }
        interfaces.replaceAll((k, v) -> List.copyOf(v));
    }

    /**
     * The topology this plan resolves.
     *
     * @return the topology this plan resolves
     */
    public Topology topology() {
        return topology;
    }

    /**
     * The lab's name.
     *
     * @return the lab's name
     */
    public String name() {
        return topology.name();
    }

    /**
     * Every link with its two ends, in the topology's order.
     *
     * @return every link with its two ends, in the topology's order
     */
    public List<PlannedLink> links() {
        return links;
    }

    /**
     * The layer-2 segments, each one subnet.
     *
     * @return the layer-2 segments, each one subnet
     */
    public List<Segment> segments() {
        return segments;
    }

    /**
     * The interfaces of {@code node}, in link order (a switch's: its ports).
     *
     * @param node the node's name
     * @return the interfaces of {@code node}, in link order
     */
    public List<PlannedInterface> interfaces(String node) {
        List<PlannedInterface> l = interfaces.get(node);
        if (l == null) {
            throw new IllegalArgumentException("lab " + name() + " has no node " + node);
        }
        return l;
    }

    /**
     * The interface {@code ifname} of {@code node}, if planned.
     *
     * @param node the node's name
     * @param ifname the interface's name
     * @return the interface {@code ifname} of {@code node}, if planned
     */
    public Optional<PlannedInterface> find(String node, String ifname) {
        return interfaces.getOrDefault(node, List.of()).stream().filter(i -> i.name().equals(ifname)).findFirst();
    }

    /**
     * The lab's NAT uplink, if it has one.
     *
     * @return the lab's NAT uplink, if it has one
     */
    public Optional<Uplink> uplink() {
        return Optional.ofNullable(topology.uplink()).map(Uplink::new);
    }

    /**
     * The routes {@code node} gets: computed and given (none for a switch).
     *
     * @param node the node's name
     * @return the routes {@code node} gets
     */
    public List<StaticRoute> routes(String node) {
        return routes.getOrDefault(node, List.of());
    }

    /**
     * The names of the nodes of {@code kind}, in declaration order.
     *
     * @param kind the node's kind
     * @return the names of the nodes of {@code kind}, in declaration order
     */
    public List<String> nodes(NodeKind kind) {
        return topology.nodes().stream().filter(n -> n.kind() == kind).map(Node::name).toList();
    }

    /**
     * The kind of {@code node}.
     *
     * @param node the node's name
     * @return the kind of {@code node}
     */
    public NodeKind kindOf(String node) {
        return topology.node(node).map(Node::kind)
                .orElseThrow(() -> new IllegalArgumentException("lab " + name() + " has no node " + node));
    }

    /**
     * The first address of {@code node} (a host's or router's), the one {@code pingAll} pings.
     *
     * @param node the node's name
     * @return the first address of {@code node}
     */
    public Optional<InetAddress> addressOf(String node) {
        return interfaces.getOrDefault(node, List.of()).stream().filter(i -> i.address() != null)
                .map(i -> i.address().address()).findFirst();
    }

    /**
     * The links between {@code x} and {@code y}, in either order.
     *
     * @param x one node
     * @param y the other node
     * @return the links between {@code x} and {@code y}, in either order
     */
    public List<PlannedLink> linksBetween(String x, String y) {
        return links.stream().filter(l -> l.link().joins(x, y)).toList();
    }

    /**
     * The links a frame crosses from interface {@code from} to interface {@code to} of one
     * segment: {@code from}'s link, the links between switches on the way, {@code to}'s link.
     *
     * @param from where it comes from
     * @param to the destination
     * @return the links a frame crosses from interface {@code from} to interface {@code to} of one segment
     * @throws IllegalArgumentException if they are not on one segment
     */
    public List<PlannedLink> l2Path(PlannedInterface from, PlannedInterface to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.segment() != to.segment()) {
            throw new IllegalArgumentException(from.label() + " and " + to.label() + " are not on one segment");
        }
        if (from.link() == to.link()) {
            return List.of(links.get(from.link()));
        }
        PlannedLink first = links.get(from.link());
        PlannedLink last = links.get(to.link());
        String start = first.other(from).node();
        String end = last.other(to).node();
        // Switches of a segment form a tree: one path between any two.
        Map<String, PlannedLink> via = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(start));
        via.put(start, null);
        while (!queue.isEmpty() && !via.containsKey(end)) {
            String s = queue.poll();
            for (int i : segments.get(from.segment()).links()) {
                PlannedLink l = links.get(i);
                if (l.a().kind() == NodeKind.SWITCH && l.b().kind() == NodeKind.SWITCH && l.link().touches(s)) {
                    String o = l.a().node().equals(s) ? l.b().node() : l.a().node();
                    if (!via.containsKey(o)) {
                        via.put(o, l);
                        queue.add(o);
                    }
                }
            }
        }
        List<PlannedLink> path = new ArrayList<>();
        path.add(last);
        for (String s = end; via.get(s) != null; ) {
            PlannedLink l = via.get(s);
            path.add(l);
            s = l.a().node().equals(s) ? l.b().node() : l.a().node();
        }
        path.add(first);
        return path.reversed();
    }

    @Override
    public String toString() {
        return "plan of " + topology;
    }
}
