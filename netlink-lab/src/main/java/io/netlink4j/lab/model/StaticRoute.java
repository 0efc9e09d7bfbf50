package io.netlink4j.lab.model;

import io.netlink4j.core.Cidr;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Objects;

/**
 * A route a node gets: {@code ip route add TO via VIA}. Labs compute these for hosts and routers
 * (shortest paths between subnets) unless told not to; routes given in the topology come on top
 * and win over a computed one to the same destination.
 *
 * <pre>{@code
 * StaticRoute.of("default", "10.0.0.254")       // ip route add default via 10.0.0.254
 * StaticRoute.of("10.0.2.0/24", "10.0.1.1")     // ip route add 10.0.2.0/24 via 10.0.1.1
 * }</pre>
 *
 * @param to  the destination prefix ({@code 0.0.0.0/0} for the default route)
 * @param via the gateway, an address on one of the node's subnets
 */
public record StaticRoute(Cidr to, InetAddress via) {
    /** Checks that both are IPv4 and that {@code to} is a network prefix. */
    public StaticRoute {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(via, "via");
        if (!(to.address() instanceof Inet4Address) || !(via instanceof Inet4Address)) {
            throw new IllegalArgumentException("route " + to + " via " + via.getHostAddress()
                    + " is not IPv4: labs route IPv4");
        }
        if (!to.isNetwork()) {
            throw new IllegalArgumentException("route destination " + to + " has host bits set: write "
                    + Subnets.networkOf(to));
        }
    }

    /**
     * {@code ip route add TO via VIA}; {@code to} is a prefix or {@code "default"}.
     *
     * @param to the destination
     * @param via the gateway
     * @return the route
     */
    public static StaticRoute of(String to, String via) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(via, "via");
        Cidr dst = to.equals("default") ? Cidr.parse("0.0.0.0/0") : Cidr.parse(to);
        return new StaticRoute(dst, Cidr.parseAddress(via));
    }

    /**
     * Whether this is the default route.
     *
     * @return whether this is the default route
     */
    public boolean isDefault() {
        return to.prefixLength() == 0;
    }

    /** {@code default via 10.0.0.254}, {@code 10.0.2.0/24 via 10.0.1.1}: ip's words. */
    @Override
    public String toString() {
        return (isDefault() ? "default" : to.toString()) + " via " + via.getHostAddress();
    }
}
