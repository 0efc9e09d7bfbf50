package io.netlink4j.route.route;

import java.util.Locale;
import io.netlink4j.route.uapi.RtnetlinkH;

/** What a route does with matching packets ({@code rtm_type}), as {@code ip route add TYPE ...}. */
public enum RouteType {
    UNSPEC(RtnetlinkH.RTN_UNSPEC),
    /** Forward (to a gateway or onto the link): the default. */
    UNICAST(RtnetlinkH.RTN_UNICAST),
    /** Deliver locally: the kernel's {@code local} table is made of these. */
    LOCAL(RtnetlinkH.RTN_LOCAL),
    BROADCAST(RtnetlinkH.RTN_BROADCAST),
    ANYCAST(RtnetlinkH.RTN_ANYCAST),
    MULTICAST(RtnetlinkH.RTN_MULTICAST),
    /** Drop silently. */
    BLACKHOLE(RtnetlinkH.RTN_BLACKHOLE),
    /** Drop and answer ICMP host unreachable ({@code EHOSTUNREACH} locally). */
    UNREACHABLE(RtnetlinkH.RTN_UNREACHABLE),
    /** Drop and answer ICMP administratively prohibited ({@code EACCES} locally). */
    PROHIBIT(RtnetlinkH.RTN_PROHIBIT),
    /** Continue the lookup in the next policy rule. */
    THROW(RtnetlinkH.RTN_THROW),
    NAT(RtnetlinkH.RTN_NAT),
    XRESOLVE(RtnetlinkH.RTN_XRESOLVE);

    private final int value;

    RouteType(int value) {
        this.value = value;
    }

    /** The kernel's number. */
    public int value() {
        return value;
    }

    /** The type with that number; {@link #UNSPEC} for a number this enum does not know. */
    public static RouteType of(int value) {
        for (RouteType t : values()) {
            if (t.value == value) {
                return t;
            }
        }
        return UNSPEC;
    }

    /** The name {@code ip -j -d route} prints: {@code unicast}, {@code blackhole}... */
    public String ipName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
