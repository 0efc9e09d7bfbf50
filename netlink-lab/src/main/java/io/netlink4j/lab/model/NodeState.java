package io.netlink4j.lab.model;

import io.netlink4j.core.Cidr;
import java.net.InetAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A node as the kernel shows it: for a host or router, its namespace's interfaces (without
 * {@code lo}), main-table IPv4 routes, forwarding and drop rules; for a switch, its bridge and
 * ports in the lab's namespace.
 *
 * @param name       the node's name
 * @param kind       its kind, from the lab's marker
 * @param forwarding whether {@code net.ipv4.ip_forward} is on
 * @param interfaces its interfaces (a switch's: its bridge first, then its ports)
 * @param routes     its IPv4 routes of the main table
 * @param drops      its firewall rules that drop traffic
 */
public record NodeState(String name, NodeKind kind, boolean forwarding, List<InterfaceState> interfaces,
                        List<RouteState> routes, List<DropRule> drops) {
    /** Copies the lists. */
    public NodeState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        interfaces = List.copyOf(Objects.requireNonNull(interfaces, "interfaces"));
        routes = List.copyOf(Objects.requireNonNull(routes, "routes"));
        drops = List.copyOf(Objects.requireNonNull(drops, "drops"));
    }

    /**
     * The interface {@code name}, if there.
     *
     * @param name the name
     * @return the interface {@code name}, if there
     */
    public Optional<InterfaceState> iface(String name) {
        return interfaces.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /**
     * Whether one of its interfaces has address {@code a}.
     *
     * @param a one end, {@code NODE} or {@code NODE:INTERFACE}
     * @return whether one of its interfaces has address {@code a}
     */
    public boolean owns(InetAddress a) {
        return interfaces.stream().anyMatch(i -> i.addresses().stream().anyMatch(c -> c.address().equals(a)));
    }

    /**
     * The route the kernel would pick for {@code a}: the longest matching prefix (lowest metric
     * is not modelled: the lab makes one route per prefix).
     *
     * @param a an address, not null
     * @return the route the kernel would pick for {@code a}
     */
    public Optional<RouteState> lookup(InetAddress a) {
        RouteState best = null;
        for (RouteState r : routes) {
            if (r.matches(a) && (best == null || r.to().prefixLength() > best.to().prefixLength())) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Its addresses, all interfaces together.
     *
     * @return its addresses, all interfaces together
     */
    public List<Cidr> addresses() {
        return interfaces.stream().flatMap(i -> i.addresses().stream()).toList();
    }

    @Override
    public String toString() {
        return name + " (" + kind + ")";
    }
}
