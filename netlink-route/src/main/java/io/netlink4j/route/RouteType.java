package io.netlink4j.route;

import io.netlink4j.route.internal.Rtnetlink;
import java.util.Locale;

/** What a route does with matching packets ({@code rtm_type}), as {@code ip route add TYPE ...}. */
public enum RouteType {
    UNSPEC(Rtnetlink.RTN_UNSPEC),
    /** Forward (to a gateway or onto the link): the default. */
    UNICAST(Rtnetlink.RTN_UNICAST),
    /** Deliver locally: the kernel's {@code local} table is made of these. */
    LOCAL(Rtnetlink.RTN_LOCAL),
    BROADCAST(Rtnetlink.RTN_BROADCAST),
    ANYCAST(Rtnetlink.RTN_ANYCAST),
    MULTICAST(Rtnetlink.RTN_MULTICAST),
    /** Drop silently. */
    BLACKHOLE(Rtnetlink.RTN_BLACKHOLE),
    /** Drop and answer ICMP host unreachable ({@code EHOSTUNREACH} locally). */
    UNREACHABLE(Rtnetlink.RTN_UNREACHABLE),
    /** Drop and answer ICMP administratively prohibited ({@code EACCES} locally). */
    PROHIBIT(Rtnetlink.RTN_PROHIBIT),
    /** Continue the lookup in the next policy rule. */
    THROW(Rtnetlink.RTN_THROW),
    NAT(Rtnetlink.RTN_NAT),
    XRESOLVE(Rtnetlink.RTN_XRESOLVE);

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
