package io.netlink4j.route.route;

import io.netlink4j.core.AddressFamily;
import io.netlink4j.core.Cidr;
import io.netlink4j.core.InterfaceName;
import java.net.InetAddress;
import java.util.List;
import java.util.Objects;

/**
 * A route to add, replace or delete, written as {@code ip route add} takes it: the destination
 * in the factory, every option a {@code with...} copy, each checked at once.
 *
 * <pre>{@code
 * RouteSpec.to("default").withVia("10.244.0.1")                  // ip route add default via 10.244.0.1
 * RouteSpec.to("10.200.1.1/32").withDev("veth1")                  // ip route add 10.200.1.1/32 dev veth1
 * RouteSpec.to("10.9.0.0/16").withVia("10.0.0.1").withMetric(50)
 *         .withTable(RouteTable.of(100)).withProtocol(RouteProtocol.STATIC)
 * RouteSpec.to("10.66.0.0/16").withType(RouteType.BLACKHOLE)      // ip route add blackhole 10.66.0.0/16
 * RouteSpec.to("default").withVia("fd00::1")                      // IPv6: the gateway decides, as for ip
 * RouteSpec.to("::/0").withDev("veth0")                           // ip -6 route add default dev veth0
 * }</pre>
 *
 * <p>What is left unset is chosen when the route is sent, as {@code ip route} chooses it: table
 * main (local for {@code local}, {@code broadcast}, {@code anycast} and {@code nat} routes),
 * protocol {@code boot}, type unicast, and the scope {@code ip} picks (link for a unicast route
 * with neither gateway nor next hops, host for {@code local}, global otherwise and for IPv6). As
 * the key of a delete, unset fields match anything, as for {@code ip route del}.
 *
 * @param destination the prefix, host bits clear; {@code null} for a default route
 * @param family      IPv4 or IPv6; {@code null} only for a default route nothing else decides
 *                    (sent as IPv4, as {@code ip} does)
 * @param type        {@code unicast}, {@code blackhole}...; {@code null} for unicast (any, in a delete)
 * @param gateway     {@code via}, or {@code null}
 * @param dev         {@code dev}, the output device's name, or {@code null}
 * @param table       {@code table}, or {@code null} for main (any other rule above)
 * @param metric      {@code metric} ({@code RTA_PRIORITY}), 0..4294967295; 0 for none (the kernel
 *                    gives IPv6 routes 1024)
 * @param scope       {@code scope}, or {@code null} for {@code ip}'s choice
 * @param protocol    {@code proto}, or {@code null} for {@code boot} (any, in a delete)
 * @param source      {@code src} ({@code RTA_PREFSRC}): the source address for packets this host
 *                    sends on the route, or {@code null}
 * @param onlink      {@code onlink}: use the gateway even though no prefix of the device covers it
 * @param nextHops    {@code nexthop ...} paths of a multipath route; empty otherwise
 */
public record RouteSpec(Cidr destination, AddressFamily family, RouteType type, InetAddress gateway, String dev,
                        RouteTable table, long metric, RouteScope scope, RouteProtocol protocol, InetAddress source,
                        boolean onlink, List<NextHop> nextHops) {
    /**
     * Checks every rule: host bits, one family for every address, metric range, next hops or
     * via/dev.
     *
     * @throws IllegalArgumentException naming the value and the rule it breaks
     */
    public RouteSpec {
        nextHops = List.copyOf(Objects.requireNonNull(nextHops, "nextHops"));
        if (destination != null) {
            if (!destination.isNetwork()) {
                throw new IllegalArgumentException("route destination " + destination + " has host bits set: did you mean "
                        + Cidr.format(destination.network()) + "/" + destination.prefixLength() + "?");
            }
            if (family != null && family != destination.family()) {
                throw mismatch("destination " + destination, family, null);
            }
            family = destination.family();
            if (destination.prefixLength() == 0) {
                destination = null; // one form for the default route
            }
        }
        // The error texts are built only when thrown: every with... copy passes through here.
        if (gateway != null) {
            family = agree(family, gateway, "gateway ", destination);
        }
        if (source != null) {
            family = agree(family, source, "source ", destination);
        }
        for (NextHop h : nextHops) {
            if (h.gateway() != null) {
                family = agree(family, h.gateway(), "next hop gateway ", destination);
            }
        }
        if (dev != null) {
            InterfaceName.check(dev);
        }
        if (type == RouteType.UNSPEC) {
            throw new IllegalArgumentException("route " + name(destination)
                    + ": type UNSPEC is no type; leave it unset instead");
        }
        if (metric < 0 || metric > 0xffff_ffffL) {
            throw new IllegalArgumentException("metric " + metric + " of route " + name(destination)
                    + " is out of range 0..4294967295");
        }
        if (!nextHops.isEmpty() && (gateway != null || dev != null)) {
            throw new IllegalArgumentException("route " + name(destination)
                    + ": give either via/dev or next hops, not both");
        }
    }

    /** The family of {@code address} ({@code role} of the route to {@code destination}) if it agrees with {@code have}. */
    private static AddressFamily agree(AddressFamily have, InetAddress address, String role, Cidr destination) {
        AddressFamily other = AddressFamily.of(address);
        if (have != null && have != other) {
            throw mismatch(role + Cidr.format(address), have, name(destination));
        }
        return other;
    }

    private static IllegalArgumentException mismatch(String what, AddressFamily have, String route) {
        return new IllegalArgumentException(what + " is not of the route's family (" + have
                + (route == null ? "" : ", route " + route) + ")");
    }

    /** The route as its errors name it: its destination, or {@code default}. */
    private static String name(Cidr destination) {
        return destination == null ? "default" : destination.toString();
    }

    /**
     * A route to {@code "10.0.0.0/24"}, {@code "10.200.1.1/32"} (a bare address is a host route),
     * {@code "fd00:9::/64"} or {@code "default"} (whose family the gateway decides, else IPv4).
     *
     * @param destination a prefix or bare address, IPv4 or IPv6, or {@code "default"}
     * @return the spec, everything else unset
     * @throws IllegalArgumentException for a malformed prefix or one with host bits set
     */
    public static RouteSpec to(String destination) {
        Objects.requireNonNull(destination, "destination");
        return destination.equals("default") ? new RouteSpec(null, null, null, null, null, null, 0, null, null, null,
                false, List.of()) : to(Cidr.parse(destination));
    }

    /**
     * A route to {@code destination}, whose host bits must be clear.
     *
     * @param destination the prefix; a prefix length of 0 makes a default route
     * @return the spec, everything else unset
     * @throws IllegalArgumentException if {@code destination} has host bits set
     */
    public static RouteSpec to(Cidr destination) {
        return new RouteSpec(Objects.requireNonNull(destination, "destination"), null, null, null, null, null, 0, null,
                null, null, false, List.of());
    }

    /**
     * {@code ip -4}/{@code ip -6}: the family, for a default route with neither gateway nor source.
     *
     * @param family {@link AddressFamily#INET} or {@link AddressFamily#INET6}
     * @return this spec with the family
     * @throws IllegalArgumentException if an address of the spec is of the other family
     */
    public RouteSpec withFamily(AddressFamily family) {
        return new RouteSpec(destination, Objects.requireNonNull(family, "family"), type, gateway, dev, table, metric,
                scope, protocol, source, onlink, nextHops);
    }

    /**
     * {@code via GATEWAY}, of the route's family.
     *
     * @param gateway the next router's address, e.g. {@code "10.0.0.254"}
     * @return this spec with the gateway
     * @throws IllegalArgumentException if {@code gateway} is malformed or of another family, or next hops are set
     */
    public RouteSpec withVia(String gateway) {
        return withVia(Cidr.parseAddress(Objects.requireNonNull(gateway, "gateway")));
    }

    /**
     * {@code via GATEWAY}, of the route's family.
     *
     * @param gateway the next router's address
     * @return this spec with the gateway
     * @throws IllegalArgumentException if {@code gateway} is of another family, or next hops are set
     */
    public RouteSpec withVia(InetAddress gateway) {
        return new RouteSpec(destination, family, type, Objects.requireNonNull(gateway, "gateway"), dev, table, metric,
                scope, protocol, source, onlink, nextHops);
    }

    /**
     * {@code dev DEV}: the output device.
     *
     * @param dev the output device's name
     * @return this spec with the device
     * @throws IllegalArgumentException if {@code dev} is not a valid device name, or next hops are set
     */
    public RouteSpec withDev(String dev) {
        return new RouteSpec(destination, family, type, gateway, Objects.requireNonNull(dev, "dev"), table, metric,
                scope, protocol, source, onlink, nextHops);
    }

    /**
     * {@code table T}: {@code RouteTable.of(100)}, {@link RouteTable#MAIN}...
     *
     * @param table the table the route goes into
     * @return this spec with the table
     */
    public RouteSpec withTable(RouteTable table) {
        return new RouteSpec(destination, family, type, gateway, dev, Objects.requireNonNull(table, "table"), metric,
                scope, protocol, source, onlink, nextHops);
    }

    /**
     * {@code metric M}: lower wins; 0..4294967295.
     *
     * @param metric the route's priority, 0..4294967295
     * @return this spec with the metric
     * @throws IllegalArgumentException if {@code metric} is out of range
     */
    public RouteSpec withMetric(long metric) {
        return new RouteSpec(destination, family, type, gateway, dev, table, metric, scope, protocol, source, onlink,
                nextHops);
    }

    /**
     * {@code scope S}.
     *
     * @param scope the scope, e.g. {@link RouteScope#LINK}
     * @return this spec with the scope
     */
    public RouteSpec withScope(RouteScope scope) {
        return new RouteSpec(destination, family, type, gateway, dev, table, metric,
                Objects.requireNonNull(scope, "scope"), protocol, source, onlink, nextHops);
    }

    /**
     * {@code proto P}: who owns the route, {@link RouteProtocol#STATIC} and friends.
     *
     * @param protocol the owner's protocol number
     * @return this spec with the protocol
     */
    public RouteSpec withProtocol(RouteProtocol protocol) {
        return new RouteSpec(destination, family, type, gateway, dev, table, metric, scope,
                Objects.requireNonNull(protocol, "protocol"), source, onlink, nextHops);
    }

    /**
     * {@code ip route add TYPE ...}: {@code local}, {@code blackhole}, {@code unreachable}, {@code prohibit}, {@code
     *     throw}...
     *
     * @param type the type; not {@link RouteType#UNSPEC}
     * @return this spec with the type
     * @throws IllegalArgumentException for {@link RouteType#UNSPEC}
     */
    public RouteSpec withType(RouteType type) {
        return new RouteSpec(destination, family, Objects.requireNonNull(type, "type"), gateway, dev, table, metric,
                scope, protocol, source, onlink, nextHops);
    }

    /**
     * {@code src ADDRESS}: the preferred source address ({@code RTA_PREFSRC}).
     *
     * @param source a local address of the route's family, e.g. {@code "10.0.0.1"}
     * @return this spec with the preferred source
     * @throws IllegalArgumentException if {@code source} is malformed or of another family
     */
    public RouteSpec withSource(String source) {
        return withSource(Cidr.parseAddress(Objects.requireNonNull(source, "source")));
    }

    /**
     * {@code src ADDRESS}: the preferred source address ({@code RTA_PREFSRC}).
     *
     * @param source a local address of the route's family
     * @return this spec with the preferred source
     * @throws IllegalArgumentException if {@code source} is of another family
     */
    public RouteSpec withSource(InetAddress source) {
        return new RouteSpec(destination, family, type, gateway, dev, table, metric, scope, protocol,
                Objects.requireNonNull(source, "source"), onlink, nextHops);
    }

    /**
     * {@code onlink}: use the gateway even though no prefix of the device covers it (needs {@code dev}).
     *
     * @return this spec with {@code onlink} set
     */
    public RouteSpec withOnlink() {
        return new RouteSpec(destination, family, type, gateway, dev, table, metric, scope, protocol, source, true,
                nextHops);
    }

    /**
     * {@code nexthop ... nexthop ...}: a multipath route ({@code RTA_MULTIPATH}).
     *
     * @param hops the paths, at least one; each with its gateway, device and weight
     * @return this spec with the next hops, in place of any set before
     * @throws IllegalArgumentException if there are none, a gateway is of another family, or via or dev is set
     */
    public RouteSpec withNextHops(NextHop... hops) {
        Objects.requireNonNull(hops, "hops");
        if (hops.length == 0) {
            throw new IllegalArgumentException("withNextHops needs at least one next hop");
        }
        return new RouteSpec(destination, family, type, gateway, dev, table, metric, scope, protocol, source, onlink,
                List.of(hops));
    }

    /** As {@code ip route add} takes it: {@code blackhole 10.66.0.0/16}, {@code default via 10.0.0.1 dev veth0 table 100}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (type != null && type != RouteType.UNICAST) {
            b.append(type).append(' ');
        }
        b.append(destination == null ? family == AddressFamily.INET6 ? "default (IPv6)" : "default" : destination.toString());
        if (gateway != null) {
            b.append(" via ").append(Cidr.format(gateway));
        }
        if (dev != null) {
            b.append(" dev ").append(dev);
        }
        if (table != null) {
            b.append(" table ").append(table);
        }
        if (protocol != null) {
            b.append(" proto ").append(protocol);
        }
        if (scope != null) {
            b.append(" scope ").append(scope);
        }
        if (source != null) {
            b.append(" src ").append(Cidr.format(source));
        }
        if (metric != 0) {
            b.append(" metric ").append(metric);
        }
        if (onlink) {
            b.append(" onlink");
        }
        for (NextHop h : nextHops) {
            b.append(' ').append(h);
        }
        return b.toString();
    }
}
