package io.netlink4j.route.route;

import static io.netlink4j.core.uapi.SysConst.AF_INET;
import static io.netlink4j.core.uapi.SysConst.AF_INET6;

import io.netlink4j.core.Cidr;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.List;
import io.netlink4j.core.InterfaceName;
import io.netlink4j.route.uapi.RtnetlinkH;

/**
 * A route to add, replace or delete, built like the command line of {@code ip route add}. Each
 * step returns a new immutable spec and checks its input at once, before anything is sent.
 *
 * <pre>{@code
 * RouteSpec.defaultRoute().via("10.244.0.1")                   // ip route add default via 10.244.0.1
 * RouteSpec.to("10.200.1.1/32").dev("veth1")                   // ip route add 10.200.1.1/32 dev veth1
 * RouteSpec.defaultRoute().via("10.200.1.1").dev("veth2")      // ip route add default via 10.200.1.1 dev veth2
 * RouteSpec.to("10.9.0.0/16").type(RouteType.BLACKHOLE)        // ip route add blackhole 10.9.0.0/16
 * RouteSpec.to("fd00:9::/64").via("fd00::1").metric(50).table(100)
 * }</pre>
 *
 * <p>Defaults are {@code ip route add}'s: table main, protocol boot, type unicast; scope link for
 * a unicast route with neither gateway nor next hops, host for {@code local}, universe otherwise
 * (IPv6 routes are always universe). Unset fields of a delete are wildcards, as for
 * {@code ip route del}.
 */
public final class RouteSpec {
    private final Cidr destination;
    private final int family;
    private final InetAddress gateway;
    private final String dev;
    private final Integer table;
    private final Integer metric;
    private final RouteScope scope;
    private final Integer protocol;
    private final RouteType type;
    private final boolean onlink;
    private final List<NextHop> nextHops;
    private final InetAddress source;

    private RouteSpec(Cidr destination, int family, InetAddress gateway, String dev, Integer table, Integer metric,
                      RouteScope scope, Integer protocol, RouteType type, boolean onlink, List<NextHop> nextHops,
                      InetAddress source) {
        this.destination = destination;
        this.family = family;
        this.gateway = gateway;
        this.dev = dev;
        this.table = table;
        this.metric = metric;
        this.scope = scope;
        this.protocol = protocol;
        this.type = type;
        this.onlink = onlink;
        this.nextHops = nextHops;
        this.source = source;
    }

    /**
     * A route to {@code "10.0.0.0/24"}, {@code "10.200.1.1/32"} (a bare address is a host route)
     * or {@code "default"}.
     *
     * @throws IllegalArgumentException for a bad prefix, or one with host bits set ({@code 10.0.0.1/24})
     */
    public static RouteSpec to(String destination) {
        if ("default".equals(destination)) {
            return defaultRoute();
        }
        return to(Cidr.parse(destination));
    }

    /** A route to {@code destination}, whose host bits must be clear. */
    public static RouteSpec to(Cidr destination) {
        if (!destination.network().equals(destination.address())) {
            throw new IllegalArgumentException("route destination " + destination + " has host bits set: did you mean "
                    + destination.network().getHostAddress() + "/" + destination.prefixLength() + "?");
        }
        int family = destination.isIpv4() ? AF_INET : AF_INET6;
        Cidr dst = destination.prefixLength() == 0 ? null : destination;
        return new RouteSpec(dst, family, null, null, null, null, null, null, null, false, List.of(), null);
    }

    /** {@code default}: 0.0.0.0/0, or ::/0 once an IPv6 gateway is given. */
    public static RouteSpec defaultRoute() {
        return new RouteSpec(null, 0, null, null, null, null, null, null, null, false, List.of(), null);
    }

    /** {@code ip -6 route add default ...}: ::/0, for IPv6 default routes without a gateway. */
    public static RouteSpec defaultRoute6() {
        return new RouteSpec(null, AF_INET6, null, null, null, null, null, null, null, false, List.of(), null);
    }

    /** {@code via GATEWAY}. */
    public RouteSpec via(String gateway) {
        return via(Cidr.parseAddress(gateway));
    }

    /** {@code via GATEWAY}; must be of the destination's family. */
    public RouteSpec via(InetAddress gateway) {
        int f = checkFamily(gateway, "gateway");
        return new RouteSpec(destination, f, gateway, dev, table, metric, scope, protocol, type, onlink, nextHops, source);
    }

    /** {@code dev DEV}: the output device. */
    public RouteSpec dev(String dev) {
        InterfaceName.check(dev);
        return new RouteSpec(destination, family, gateway, dev, table, metric, scope, protocol, type, onlink, nextHops,
                source);
    }

    /** {@code table N}: 1..2^32-1; 254 is main, 255 local. Tables above 255 go in {@code RTA_TABLE}. */
    public RouteSpec table(int table) {
        if (table == 0) {
            throw new IllegalArgumentException("table 0 is RT_TABLE_UNSPEC: use 1..4294967295 (254 is main)");
        }
        return new RouteSpec(destination, family, gateway, dev, table, metric, scope, protocol, type, onlink, nextHops,
                source);
    }

    /** {@code metric N} ({@code RTA_PRIORITY}): lower wins; IPv6 routes get 1024 when none is given. */
    public RouteSpec metric(int metric) {
        if (metric < 0) {
            throw new IllegalArgumentException("metric " + metric + " must not be negative");
        }
        return new RouteSpec(destination, family, gateway, dev, table, metric, scope, protocol, type, onlink, nextHops,
                source);
    }

    /** {@code scope SCOPE}. */
    public RouteSpec scope(RouteScope scope) {
        return new RouteSpec(destination, family, gateway, dev, table, metric, scope, protocol, type, onlink, nextHops,
                source);
    }

    /** {@code proto N} (0..255): who owns the route, see {@link Route#PROTOCOL_STATIC} and friends. */
    public RouteSpec protocol(int protocol) {
        if (protocol < 0 || protocol > 255) {
            throw new IllegalArgumentException("protocol " + protocol + " is out of range 0..255");
        }
        return new RouteSpec(destination, family, gateway, dev, table, metric, scope, protocol, type, onlink, nextHops,
                source);
    }

    /** {@code ip route add TYPE ...}: {@code unicast}, {@code local}, {@code blackhole}, {@code unreachable}, {@code prohibit}... */
    public RouteSpec type(RouteType type) {
        if (type == null || type == RouteType.UNSPEC) {
            throw new IllegalArgumentException("route type must be set, not " + type);
        }
        return new RouteSpec(destination, family, gateway, dev, table, metric, scope, protocol, type, onlink, nextHops,
                source);
    }

    /** {@code onlink}: use the gateway even though no prefix of the device covers it. */
    public RouteSpec onlink() {
        return new RouteSpec(destination, family, gateway, dev, table, metric, scope, protocol, type, true, nextHops,
                source);
    }

    /** {@code nexthop ... nexthop ...}: a multipath route ({@code RTA_MULTIPATH}). */
    public RouteSpec nextHops(NextHop... hops) {
        if (hops.length == 0) {
            throw new IllegalArgumentException("nextHops needs at least one next hop");
        }
        int f = family;
        for (NextHop h : hops) {
            if (h.gateway() != null) {
                f = checkFamily(h.gateway(), "next hop gateway");
            }
        }
        return new RouteSpec(destination, f, gateway, dev, table, metric, scope, protocol, type, onlink, List.of(hops),
                source);
    }

    /** {@code src ADDRESS} ({@code RTA_PREFSRC}): the source address for locally sent packets. */
    public RouteSpec source(String address) {
        InetAddress a = Cidr.parseAddress(address);
        int f = checkFamily(a, "source");
        return new RouteSpec(destination, f, gateway, dev, table, metric, scope, protocol, type, onlink, nextHops, a);
    }

    private int checkFamily(InetAddress a, String what) {
        int f = a instanceof Inet4Address ? AF_INET : AF_INET6;
        if (family != 0 && family != f) {
            throw new IllegalArgumentException(what + " " + a.getHostAddress() + " is not of the route's family ("
                    + (family == AF_INET ? "IPv4" : "IPv6") + ", " + describeDestination() + ")");
        }
        return f;
    }

    /**
     * Checks that the spec makes a route the kernel can add.
     *
     * @throws IllegalArgumentException naming what is missing or contradictory
     */
    void checkComplete() {
        if (!nextHops.isEmpty() && (gateway != null || dev != null)) {
            throw new IllegalArgumentException("route " + this + ": give either via/dev or next hops, not both");
        }
        if (effectiveType() == RouteType.UNICAST && gateway == null && dev == null && nextHops.isEmpty()) {
            throw new IllegalArgumentException("route " + this + " needs a gateway (via), a device (dev) or next hops");
        }
    }

    // ---- what is sent ---------------------------------------------------------------------

    /** {@code AF_INET} or {@code AF_INET6}. */
    public int family() {
        return family == 0 ? AF_INET : family;
    }

    /** The prefix, or {@code null} for the default route. */
    public Cidr destination() {
        return destination;
    }

    /** The gateway, or {@code null}. */
    public InetAddress gateway() {
        return gateway;
    }

    /** The output device's name, or {@code null}. */
    public String dev() {
        return dev;
    }

    /** The next hops of a multipath route. */
    public List<NextHop> nextHops() {
        return nextHops;
    }

    /** The preferred source address, or {@code null}. */
    public InetAddress source() {
        return source;
    }

    /** The metric, or {@code null} for the kernel's default. */
    public Integer metric() {
        return metric;
    }

    /** Whether {@code onlink} was asked for. */
    public boolean isOnlink() {
        return onlink;
    }

    /** The type that is sent for add/replace. */
    public RouteType effectiveType() {
        return type != null ? type : RouteType.UNICAST;
    }

    /** The table sent: as given, else local for {@code local} routes (as iproute2), else main. */
    public int effectiveTable() {
        if (table != null) {
            return table;
        }
        return type == RouteType.LOCAL || type == RouteType.NAT ? RtnetlinkH.RT_TABLE_LOCAL : RtnetlinkH.RT_TABLE_MAIN;
    }

    /** The protocol sent: as given, else boot for add/replace and any (0) for delete. */
    public int effectiveProtocol(boolean forDelete) {
        return protocol != null ? protocol : forDelete ? RtnetlinkH.RTPROT_UNSPEC : RtnetlinkH.RTPROT_BOOT;
    }

    /** The type sent: as given, else unicast for add/replace and any (0) for delete. */
    public int effectiveTypeValue(boolean forDelete) {
        return type != null ? type.value() : forDelete ? RtnetlinkH.RTN_UNSPEC : RtnetlinkH.RTN_UNICAST;
    }

    /** The scope sent, chosen as {@code ip route} chooses it; any ({@code NOWHERE}) for delete. */
    public RouteScope effectiveScope(boolean forDelete) {
        if (scope != null) {
            return scope;
        }
        if (forDelete) {
            return RouteScope.NOWHERE;
        }
        if (family() == AF_INET6) {
            return RouteScope.UNIVERSE;
        }
        RouteType t = effectiveType();
        return switch (t) {
            case LOCAL, NAT -> RouteScope.HOST;
            case BROADCAST, MULTICAST, ANYCAST -> RouteScope.LINK;
            case UNICAST -> gateway == null && nextHops.isEmpty() ? RouteScope.LINK : RouteScope.UNIVERSE;
            default -> RouteScope.UNIVERSE;
        };
    }

    private String describeDestination() {
        return destination == null ? "default" : destination.toString();
    }

    /** As {@code ip route add} would take it. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (type != null && type != RouteType.UNICAST) {
            b.append(type.ipName()).append(' ');
        }
        b.append(describeDestination());
        if (family() == AF_INET6 && destination == null) {
            b.append(" (IPv6)");
        }
        if (gateway != null) {
            b.append(" via ").append(gateway.getHostAddress());
        }
        if (dev != null) {
            b.append(" dev ").append(dev);
        }
        if (table != null) {
            b.append(" table ").append(Integer.toUnsignedString(table));
        }
        if (metric != null) {
            b.append(" metric ").append(Integer.toUnsignedString(metric));
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
