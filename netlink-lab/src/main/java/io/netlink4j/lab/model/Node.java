package io.netlink4j.lab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A node of a lab: a host, a switch or a router (see {@link NodeKind}), with the static routes
 * given for it (computed ones come from the {@link Plan}).
 *
 * @param name   the node's name; its namespace is {@code LAB-NAME}, a switch's bridge is {@code NAME}
 * @param kind   what it is
 * @param routes routes given for it, on top of the computed ones (hosts and routers only)
 */
public record Node(String name, NodeKind kind, List<StaticRoute> routes) {
    /** Checks the name (a switch's must be a valid interface name too) and that switches have no routes. */
    public Node {
        Objects.requireNonNull(kind, "kind");
        if (kind == NodeKind.SWITCH) {
            Names.checkSwitch(name);
        } else {
            Names.checkNode(name);
        }
        routes = List.copyOf(Objects.requireNonNull(routes, "routes"));
        if (kind == NodeKind.SWITCH && !routes.isEmpty()) {
            throw new IllegalArgumentException("switch " + name + " has routes: only hosts and routers route");
        }
    }

    /**
     * A node without routes of its own.
     *
     * @param name the name
     * @param kind the node's kind
     * @return a node without routes of its own
     */
    public static Node of(String name, NodeKind kind) {
        return new Node(name, kind, List.of());
    }

    /**
     * A copy with one more route.
     *
     * @param route the route
     * @return a copy with one more route
     */
    public Node withRoute(StaticRoute route) {
        List<StaticRoute> r = new ArrayList<>(routes);
        r.add(Objects.requireNonNull(route, "route"));
        return new Node(name, kind, r);
    }

    /** {@code h1 (host)}. */
    @Override
    public String toString() {
        return name + " (" + kind + ")";
    }
}
