package io.netlink4j.route.route;

import io.netlink4j.core.Cidr;
import io.netlink4j.core.uapi.SysConst;
import java.net.InetAddress;
import java.util.List;
import io.netlink4j.route.uapi.RtnetlinkH;

/**
 * A route as the kernel reports it ({@code RTM_NEWROUTE}).
 *
 * @param family      {@code AF_INET} or {@code AF_INET6}
 * @param destination the prefix, or {@code null} for the default route
 * @param gateway     {@code RTA_GATEWAY}, or {@code null}
 * @param outputIndex {@code RTA_OIF}, the device's index, or 0
 * @param table       the table: 254 main, 255 local ({@code RTA_TABLE} when present)
 * @param metric      {@code RTA_PRIORITY}, 0 when absent
 * @param scope       the scope, or {@code null} for a user-defined number
 * @param protocol    who made it: 2 kernel, 3 boot (iproute2's default), 4 static... ({@code RTPROT_*})
 * @param type        unicast, local, blackhole...
 * @param flags       {@code rtm_flags} ({@code RTNH_F_ONLINK}, {@code RTNH_F_LINKDOWN}...)
 * @param nextHops    the paths of a multipath route ({@code RTA_MULTIPATH}), empty otherwise
 * @param source      {@code RTA_PREFSRC}, the preferred source address, or {@code null}
 */
public record Route(int family, Cidr destination, InetAddress gateway, int outputIndex, int table, int metric,
                    RouteScope scope, int protocol, RouteType type, int flags, List<NextHop> nextHops,
                    InetAddress source) {
    /** {@code RT_TABLE_MAIN}: where {@code ip route add} puts routes and {@code ip route show} reads. */
    public static final int TABLE_MAIN = RtnetlinkH.RT_TABLE_MAIN;
    /** {@code RT_TABLE_LOCAL}: the kernel's local and broadcast routes. */
    public static final int TABLE_LOCAL = RtnetlinkH.RT_TABLE_LOCAL;
    /** Every table, for {@link Routes#list(int, int)}. */
    public static final int TABLE_ALL = RtnetlinkH.RT_TABLE_UNSPEC;
    /** {@code RTPROT_KERNEL}: made by the kernel (prefix routes of addresses). */
    public static final int PROTOCOL_KERNEL = RtnetlinkH.RTPROT_KERNEL;
    /** {@code RTPROT_BOOT}: {@code ip route add}'s default, and this library's. */
    public static final int PROTOCOL_BOOT = RtnetlinkH.RTPROT_BOOT;
    /** {@code RTPROT_STATIC}: made by an administrator. */
    public static final int PROTOCOL_STATIC = RtnetlinkH.RTPROT_STATIC;

    /** Copies the list. */
    public Route {
        nextHops = List.copyOf(nextHops);
    }

    /** Whether this is a default route ({@code 0.0.0.0/0} or {@code ::/0}). */
    public boolean isDefault() {
        return destination == null;
    }

    /** Whether this is an IPv4 route. */
    public boolean isIpv4() {
        return family == SysConst.AF_INET;
    }

    /** Whether {@code RTNH_F_ONLINK} is set. */
    public boolean isOnlink() {
        return (flags & RtnetlinkH.RTNH_F_ONLINK) != 0;
    }

    /** Roughly as {@code ip route show} prints it, with indices for devices. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (type != RouteType.UNICAST) {
            b.append(type.ipName()).append(' ');
        }
        b.append(destination == null ? "default" : destination.toString());
        if (gateway != null) {
            b.append(" via ").append(gateway.getHostAddress());
        }
        if (outputIndex != 0) {
            b.append(" dev#").append(outputIndex);
        }
        if (table != TABLE_MAIN) {
            b.append(" table ").append(table);
        }
        b.append(" proto ").append(protocol);
        if (scope != null && scope != RouteScope.UNIVERSE) {
            b.append(" scope ").append(scope.ipName());
        }
        if (metric != 0) {
            b.append(" metric ").append(metric);
        }
        for (NextHop h : nextHops) {
            b.append(' ').append(h);
        }
        return b.toString();
    }

    /**
     * The route an {@code RTM_NEWROUTE}/{@code RTM_DELROUTE} message; {@code null} for families other than IPv4 and IPv6.
     *
     * @throws io.netlink4j.core.ProtocolException if the message is malformed
     */
    public static Route parse(io.netlink4j.core.message.Message m) {
        return RouteCodec.parse(m);
    }
}
