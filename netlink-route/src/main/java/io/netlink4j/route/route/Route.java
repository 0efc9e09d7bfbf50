package io.netlink4j.route.route;

import io.netlink4j.core.message.RawAttribute;
import io.netlink4j.core.AddressFamily;
import io.netlink4j.core.Cidr;
import io.netlink4j.core.message.Message;
import io.netlink4j.route.uapi.RtnetlinkH;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * A route as the kernel reports it ({@code RTM_NEWROUTE}): a dump entry, an event, or the answer
 * to a {@link RouteLookup}. {@code toString} prints it as {@code ip route} does:
 * {@code 10.0.0.0/24 dev veth0 proto kernel scope link src 10.0.0.1}.
 *
 * @param family      IPv4 or IPv6
 * @param type        unicast, local, blackhole...; {@code null} for a number without a name
 * @param destination the prefix ({@code 0.0.0.0/0} or {@code ::/0} for a default route)
 * @param from        the source prefix of a source-specific route ({@code RTA_SRC}, {@code ip}'s
 *                    {@code from}; a lookup's source), or {@code null}
 * @param tos         {@code rtm_tos} (DSCP and ECN bits), 0 for any
 * @param gateway     {@code RTA_GATEWAY}, or {@code null}
 * @param dev         the output device's name, or {@code null} when there is none or it could not be named
 * @param index       the output device's index ({@code RTA_OIF}), or 0
 * @param table       the table ({@code RTA_TABLE}, else {@code rtm_table}), or {@code null} for none (0)
 * @param protocol    who made it: {@link RouteProtocol#KERNEL}, {@link RouteProtocol#BOOT}...
 * @param scope       the scope, or {@code null} for a number without a name
 * @param source      {@code RTA_PREFSRC}, the preferred source address ({@code ip}'s {@code src}), or {@code null}
 * @param metric      {@code RTA_PRIORITY}, 0 when absent
 * @param flags       {@code rtm_flags}: {@code RTNH_F_*} ({@link #isOnlink()}, {@link #isLinkDown()}...)
 *                    and {@code RTM_F_*} ({@link #isCloned()}); a lookup's answer adds the route
 *                    cache's {@code RTCF_*} bits above them. Kept as the kernel's bits because the
 *                    three sets overlap.
 * @param nextHops    the paths of a multipath route ({@code RTA_MULTIPATH}), empty otherwise
 * @param iif         the input device of a lookup that gave one ({@code RTA_IIF}), or {@code null}
 * @param iifIndex    its index, or 0
 * @param mark        {@code RTA_MARK} of a lookup, 0 when absent
 * @param unknown     attributes this record does not model ({@code RTA_CACHEINFO}, {@code RTA_PREF},
 *                    {@code RTA_METRICS}, {@code RTA_UID}...), in the order the kernel sent them
 */
public record Route(AddressFamily family, RouteType type, Cidr destination, Cidr from, int tos, InetAddress gateway,
                    String dev, int index, RouteTable table, RouteProtocol protocol, RouteScope scope,
                    InetAddress source, long metric, int flags, List<NextHop> nextHops, String iif, int iifIndex,
                    long mark, List<RawAttribute> unknown) {
    /** Copies the collections. */
    public Route {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(protocol, "protocol");
        nextHops = List.copyOf(nextHops);
        unknown = List.copyOf(unknown);
    }

    /**
     * Whether this is a default route ({@code 0.0.0.0/0} or {@code ::/0}).
     *
     * @return whether the destination's prefix length is 0
     */
    public boolean isDefault() {
        return destination.prefixLength() == 0;
    }

    /**
     * Whether {@code RTNH_F_ONLINK} is set.
     *
     * @return whether the gateway is taken to be on the link ({@code ip}'s {@code onlink})
     */
    public boolean isOnlink() {
        return (flags & RtnetlinkH.RTNH_F_ONLINK) != 0;
    }

    /**
     * Whether {@code RTNH_F_LINKDOWN} is set: the output device has no carrier.
     *
     * @return whether the output device has no carrier ({@code ip}'s {@code linkdown})
     */
    public boolean isLinkDown() {
        return (flags & RtnetlinkH.RTNH_F_LINKDOWN) != 0;
    }

    /**
     * Whether {@code RTNH_F_DEAD} is set.
     *
     * @return whether the kernel counts the route's path as unusable ({@code ip}'s {@code dead})
     */
    public boolean isDead() {
        return (flags & RtnetlinkH.RTNH_F_DEAD) != 0;
    }

    /**
     * Whether {@code RTM_F_CLONED} is set: a route cache entry, as a lookup answers.
     *
     * @return whether this is a cached route, as a lookup's answer is
     */
    public boolean isCloned() {
        return (flags & RtnetlinkH.RTM_F_CLONED) != 0;
    }

    /** This route with device names filled in by {@code names} where it has only indices. */
    Route named(IntFunction<String> names) {
        if ((dev != null || index == 0) && (iif != null || iifIndex == 0)
                && nextHops.stream().allMatch(h -> h.dev() != null || h.index() == 0)) {
            return this;
        }
        List<NextHop> hops = nextHops.stream().map(h -> h.dev() != null || h.index() == 0 ? h
                : h.withName(names.apply(h.index()))).toList();
        return new Route(family, type, destination, from, tos, gateway, dev != null || index == 0 ? dev
                : names.apply(index), index, table, protocol, scope, source, metric, flags, hops,
                iif != null || iifIndex == 0 ? iif : names.apply(iifIndex), iifIndex, mark, unknown);
    }

    /**
     * As {@code ip route show} prints it: {@code default via 10.0.0.254 dev veth0},
     * {@code 10.0.0.0/24 dev veth0 proto kernel scope link src 10.0.0.1 linkdown},
     * {@code blackhole 10.66.0.0/16 table 100}.
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (type != RouteType.UNICAST) {
            b.append(type == null ? "type?" : type.toString()).append(' ');
        }
        b.append(isDefault() ? "default" : destination.prefixLength() == family.maxPrefixLength()
                ? Cidr.format(destination.address()) : destination.toString());
        if (from != null) {
            b.append(" from ").append(from.prefixLength() == family.maxPrefixLength() ? Cidr.format(from.address()) : from);
        }
        if (tos != 0) {
            b.append(" tos 0x").append(Integer.toHexString(tos));
        }
        if (gateway != null) {
            b.append(" via ").append(Cidr.format(gateway));
        }
        if (dev != null || index != 0) {
            b.append(" dev ").append(dev != null ? dev : "if" + Integer.toUnsignedString(index));
        }
        if (table != null && !table.equals(RouteTable.MAIN)) {
            b.append(" table ").append(table);
        }
        if (!protocol.equals(RouteProtocol.BOOT) && !isCloned()) { // a lookup's answer has none; ip prints none
            b.append(" proto ").append(protocol);
        }
        if (scope != RouteScope.UNIVERSE) {
            b.append(" scope ").append(scope == null ? "?" : scope.toString());
        }
        if (source != null) {
            b.append(" src ").append(Cidr.format(source));
        }
        if (metric != 0) {
            b.append(" metric ").append(metric);
        }
        appendFlags(b, flags);
        if (mark != 0) {
            b.append(" mark 0x").append(Long.toHexString(mark));
        }
        if (iif != null || iifIndex != 0) {
            b.append(" iif ").append(iif != null ? iif : "if" + Integer.toUnsignedString(iifIndex));
        }
        for (NextHop h : nextHops) {
            b.append(' ').append(h);
        }
        return b.toString();
    }

    /** The {@code RTNH_F_*} words {@code ip route} prints after a route or next hop. */
    static void appendFlags(StringBuilder b, int flags) {
        if ((flags & RtnetlinkH.RTNH_F_DEAD) != 0) {
            b.append(" dead");
        }
        if ((flags & RtnetlinkH.RTNH_F_ONLINK) != 0) {
            b.append(" onlink");
        }
        if ((flags & RtnetlinkH.RTNH_F_PERVASIVE) != 0) {
            b.append(" pervasive");
        }
        if ((flags & RtnetlinkH.RTNH_F_OFFLOAD) != 0) {
            b.append(" offload");
        }
        if ((flags & RtnetlinkH.RTNH_F_LINKDOWN) != 0) {
            b.append(" linkdown");
        }
        if ((flags & RtnetlinkH.RTNH_F_UNRESOLVED) != 0) {
            b.append(" unresolved");
        }
        if ((flags & RtnetlinkH.RTNH_F_TRAP) != 0) {
            b.append(" trap");
        }
    }

    /**
     * The route an {@code RTM_NEWROUTE}/{@code RTM_DELROUTE} message describes (a dump reply, an
     * event, a lookup's answer), with device names left {@code null}; {@code null} for families
     * other than IPv4 and IPv6.
     *
     * @param m an {@code RTM_NEWROUTE} or {@code RTM_DELROUTE} message
     * @return the route, or {@code null} for a family other than IPv4 and IPv6
     * @throws io.netlink4j.core.ProtocolException if the message is malformed (a prefix length
     *         beyond the family's, an address of the wrong size, a broken next hop)
     */
    public static Route parse(Message m) {
        return RouteCodec.parse(m, i -> null);
    }

    /**
     * {@link #parse(Message)} naming devices through {@code deviceNames} (index to name, or {@code null}).
     *
     * @param m an {@code RTM_NEWROUTE} or {@code RTM_DELROUTE} message
     * @param deviceNames maps a device index to its name, or to {@code null} when it does not know it
     * @return the route, or {@code null} for a family other than IPv4 and IPv6
     * @throws io.netlink4j.core.ProtocolException if the message is malformed
     */
    public static Route parse(Message m, IntFunction<String> deviceNames) {
        return RouteCodec.parse(m, Objects.requireNonNull(deviceNames, "deviceNames"));
    }
}
