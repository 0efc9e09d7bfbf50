package io.netlink4j.lab.model;

import io.netlink4j.core.Cidr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A lab as declared: its name, its nodes, the links between them, the pool its addresses come
 * from, and whether routes are computed. Built in Java or read from a file
 * (the lab file, in YAML); {@link #plan()} resolves what is left to the lab
 * (interface names, subnets, addresses, routes).
 *
 * <pre>{@code
 * Topology t = Topology.named("demo")
 *         .withSwitch("s1").withHost("h1").withHost("h2")
 *         .withLink("h1", "s1").withLink("h2", "s1");
 * }</pre>
 *
 * @param name       the lab's name (see {@link Names#checkLab})
 * @param nodes      the nodes, in order
 * @param links      the links, in order (interface names and addresses are handed out in this order)
 * @param pool       where subnets come from for links whose addresses are not given
 * @param autoRoutes whether hosts and routers get routes to every subnet they can reach
 *                   (shortest paths), besides their own routes
 * @param uplink     the router with a NAT uplink to the lab's "internet" ({@link Uplink}), or {@code null}
 */
public record Topology(String name, List<Node> nodes, List<Link> links, Cidr pool, boolean autoRoutes, String uplink) {
    /** The pool when none is given. */
    public static final Cidr DEFAULT_POOL = Cidr.parse("10.0.0.0/8");

    /** Checks the names, that links name declared nodes, and the pool. */
    public Topology {
        Names.checkLab(name);
        nodes = List.copyOf(Objects.requireNonNull(nodes, "nodes"));
        links = List.copyOf(Objects.requireNonNull(links, "links"));
        Objects.requireNonNull(pool, "pool");
        Map<String, Node> byName = new HashMap<>();
        for (Node n : nodes) {
            if (byName.put(n.name(), n) != null) {
                throw new IllegalArgumentException("lab " + name + ": node " + n.name() + " is declared twice");
            }
        }
        for (Link l : links) {
            for (Endpoint e : List.of(l.a(), l.b())) {
                Node n = byName.get(e.node());
                if (n == null) {
                    throw new IllegalArgumentException("lab " + name + ": link " + l + " names node " + e.node()
                            + ", which is not declared");
                }
                if (n.kind() == NodeKind.SWITCH && e.address() != null) {
                    throw new IllegalArgumentException("lab " + name + ": link " + l + " gives switch " + e.node()
                            + " an address: a switch port has none (give the switch's neighbours addresses)");
                }
            }
        }
        if (uplink != null && byName.get(uplink) == null) {
            throw new IllegalArgumentException("lab " + name + ": the uplink's router " + uplink + " is not declared");
        }
        if (uplink != null && byName.get(uplink).kind() != NodeKind.ROUTER) {
            throw new IllegalArgumentException("lab " + name + ": the uplink goes to " + uplink + ", a "
                    + byName.get(uplink).kind() + ": only a router forwards its network to the internet");
        }
        if (!(pool.address() instanceof java.net.Inet4Address) || !pool.isNetwork() || pool.prefixLength() < 8
                || pool.prefixLength() > 24) {
            throw new IllegalArgumentException("lab " + name + ": pool " + pool
                    + " must be an IPv4 network prefix from /8 to /24, e.g. 10.0.0.0/16");
        }
    }

    /**
     * An empty lab named {@code name}, with the default pool and computed routes.
     *
     * @param name the name
     * @return an empty lab named {@code name}, with the default pool and computed routes
     */
    public static Topology named(String name) {
        return new Topology(name, List.of(), List.of(), DEFAULT_POOL, true, null);
    }

    /**
     * A copy with one more host.
     *
     * @param name the name
     * @return a copy with one more host
     */
    public Topology withHost(String name) {
        return withNode(Node.of(name, NodeKind.HOST));
    }

    /**
     * A copy with one more switch (a bridge named {@code name}).
     *
     * @param name the name
     * @return a copy with one more switch
     */
    public Topology withSwitch(String name) {
        return withNode(Node.of(name, NodeKind.SWITCH));
    }

    /**
     * A copy with one more router (forwarding on).
     *
     * @param name the name
     * @return a copy with one more router
     */
    public Topology withRouter(String name) {
        return withNode(Node.of(name, NodeKind.ROUTER));
    }

    /**
     * A copy with one more node.
     *
     * @param node the node's name
     * @return a copy with one more node
     */
    public Topology withNode(Node node) {
        List<Node> n = new ArrayList<>(nodes);
        n.add(Objects.requireNonNull(node, "node"));
        return new Topology(name, n, links, pool, autoRoutes, uplink);
    }

    /**
     * A copy with a link between {@code a} and {@code b}, each {@code NODE} or {@code NODE:INTERFACE}.
     *
     * @param a one end, {@code NODE} or {@code NODE:INTERFACE}
     * @param b the other end, {@code NODE} or {@code NODE:INTERFACE}
     * @return a copy with a link between {@code a} and {@code b}, each {@code NODE} or {@code NODE:INTERFACE}
     */
    public Topology withLink(String a, String b) {
        return withLink(Link.of(a, b));
    }

    /**
     * A copy with one more link.
     *
     * @param link the link
     * @return a copy with one more link
     */
    public Topology withLink(Link link) {
        List<Link> l = new ArrayList<>(links);
        l.add(Objects.requireNonNull(link, "link"));
        return new Topology(name, nodes, l, pool, autoRoutes, uplink);
    }

    /**
     * A copy whose node {@code node} also has the route {@code to via via} ({@code to} may be "default").
     *
     * @param node the node's name
     * @param to the destination
     * @param via the gateway
     * @return a copy whose node {@code node} also has the route {@code to via via}
     */
    public Topology withRoute(String node, String to, String via) {
        StaticRoute r = StaticRoute.of(to, via);
        List<Node> n = new ArrayList<>(nodes);
        int i = indexOf(node);
        n.set(i, n.get(i).withRoute(r));
        return new Topology(name, n, links, pool, autoRoutes, uplink);
    }

    /**
     * A copy whose subnets come from {@code pool} ({@code "10.0.0.0/16"}).
     *
     * @param pool an IPv4 prefix, /8 to /24
     * @return a copy whose subnets come from {@code pool}
     */
    public Topology withPool(String pool) {
        return new Topology(name, nodes, links, Cidr.parse(Objects.requireNonNull(pool, "pool")), autoRoutes, uplink);
    }

    /**
     * A copy that computes routes ({@code true}, the default) or leaves routing to the given routes.
     *
     * @param on whether on
     * @return a copy that computes routes
     */
    public Topology withAutoRoutes(boolean on) {
        return new Topology(name, nodes, links, pool, on, uplink);
    }

    /**
     * A copy named {@code name}: the same lab under another name (tests run one per name).
     *
     * @param name the name
     * @return a copy named {@code name}
     */
    public Topology withName(String name) {
        return new Topology(name, nodes, links, pool, autoRoutes, uplink);
    }

    /**
     * A copy whose router {@code router} has a NAT uplink to the lab's "internet" (see
     * {@link Uplink}): it masquerades what leaves by it, and every host and router gets a default
     * route towards it.
     *
     * @param router the router's name
     * @return a copy whose router {@code router} has a NAT uplink to the lab's "internet"
     */
    public Topology withUplink(String router) {
        return new Topology(name, nodes, links, pool, autoRoutes, Objects.requireNonNull(router, "router"));
    }

    /**
     * The node named {@code name}, if declared.
     *
     * @param name the name
     * @return the node named {@code name}, if declared
     */
    public Optional<Node> node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /**
     * The links between {@code x} and {@code y}, in either order.
     *
     * @param x one node
     * @param y the other node
     * @return the links between {@code x} and {@code y}, in either order
     */
    public List<Link> linksBetween(String x, String y) {
        return links.stream().filter(l -> l.joins(x, y)).toList();
    }

    /**
     * Resolves what the lab chooses: interface names, subnets, addresses, routes.
     *
     * @return the plan
     * @throws IllegalArgumentException for what only the whole topology shows: a loop of
     *         switches, addresses of one segment in different subnets or given twice, an
     *         interface name used twice on a node, a pool too small
     */
    public Plan plan() {
        return Planner.plan(this);
    }

    private int indexOf(String node) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).name().equals(node)) {
                return i;
            }
        }
        throw new IllegalArgumentException("lab " + name + ": no node " + node);
    }

    /** {@code lab demo: 3 nodes, 2 links}. */
    @Override
    public String toString() {
        return "lab " + name + ": " + nodes.size() + " nodes, " + links.size() + " links";
    }
}
