package io.netlink4j.route.route;

import io.netlink4j.route.uapi.RtnetlinkH;
import java.util.Locale;
import java.util.Optional;

/** What a route does with matching packets ({@code rtm_type}), as {@code ip route add TYPE ...} names it. */
public enum RouteType {
    /** {@code RTN_UNSPEC}: no type; a delete with it matches any type. */
    UNSPEC(RtnetlinkH.RTN_UNSPEC),
    /** Forward (to a gateway or onto the link): the default. */
    UNICAST(RtnetlinkH.RTN_UNICAST),
    /** Deliver locally: the kernel's {@code local} table is made of these. */
    LOCAL(RtnetlinkH.RTN_LOCAL),
    /** Deliver locally as broadcast and send as link broadcast. */
    BROADCAST(RtnetlinkH.RTN_BROADCAST),
    /** Deliver locally as anycast (IPv6), sent as unicast. */
    ANYCAST(RtnetlinkH.RTN_ANYCAST),
    /** A multicast route. */
    MULTICAST(RtnetlinkH.RTN_MULTICAST),
    /** Drop silently ({@code EINVAL} locally). */
    BLACKHOLE(RtnetlinkH.RTN_BLACKHOLE),
    /** Drop and answer ICMP host unreachable ({@code EHOSTUNREACH} locally). */
    UNREACHABLE(RtnetlinkH.RTN_UNREACHABLE),
    /** Drop and answer ICMP administratively prohibited ({@code EACCES} locally). */
    PROHIBIT(RtnetlinkH.RTN_PROHIBIT),
    /** Continue the lookup in the next policy rule. */
    THROW(RtnetlinkH.RTN_THROW),
    /** Stateless NAT (gone from kernels since 2.6). */
    NAT(RtnetlinkH.RTN_NAT),
    /** External resolver (unused by the kernel). */
    XRESOLVE(RtnetlinkH.RTN_XRESOLVE);

    private final int code;

    RouteType(int code) {
        this.code = code;
    }

    /**
     * The kernel's number.
     *
     * @return the {@code RTN_*} value, 0..11
     */
    public int code() {
        return code;
    }

    /**
     * The type with kernel number {@code code}, or empty for a number this enum does not know.
     *
     * @param code an {@code rtm_type} value
     * @return the type, or empty for a number above {@code RTN_XRESOLVE}
     */
    public static Optional<RouteType> fromCode(int code) {
        for (RouteType t : values()) {
            if (t.code == code) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** {@code unicast}, {@code blackhole}...: as {@code ip -d route} prints it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
