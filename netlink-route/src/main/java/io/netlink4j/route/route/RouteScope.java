package io.netlink4j.route.route;

import io.netlink4j.route.uapi.RtnetlinkH;






/**
 * How far an address or route reaches ({@code rtm_scope}, {@code ifa_scope}), named as
 * {@code ip route ... scope NAME} spells it. {@link #GLOBAL} is {@code ip}'s name for
 * {@link #UNIVERSE} on addresses.
 */
public enum RouteScope {
    /** {@code RT_SCOPE_UNIVERSE} (0): anywhere; routes via a gateway, global addresses. */
    UNIVERSE(RtnetlinkH.RT_SCOPE_UNIVERSE),
    /** {@code RT_SCOPE_SITE} (200): inside the site (IPv6 site-local, rarely used). */
    SITE(RtnetlinkH.RT_SCOPE_SITE),
    /** {@code RT_SCOPE_LINK} (253): directly on the link; routes with a device and no gateway. */
    LINK(RtnetlinkH.RT_SCOPE_LINK),
    /** {@code RT_SCOPE_HOST} (254): this host only; local routes, 127.0.0.1. */
    HOST(RtnetlinkH.RT_SCOPE_HOST),
    /** {@code RT_SCOPE_NOWHERE} (255): no destination; a delete with it matches any scope. */
    NOWHERE(RtnetlinkH.RT_SCOPE_NOWHERE);

    /** {@code ip address}'s name for {@link #UNIVERSE}. */
    public static final RouteScope GLOBAL = UNIVERSE;

    private final int value;

    RouteScope(int value) {
        this.value = value;
    }

    /** The kernel's number. */
    public int value() {
        return value;
    }

    /** The scope with that number, or {@code null} for a user-defined one (1..199, 201..252). */
    public static RouteScope of(int value) {
        for (RouteScope s : values()) {
            if (s.value == value) {
                return s;
            }
        }
        return null;
    }

    /** The name {@code ip -j} prints: {@code global}, {@code link}, {@code host}... */
    public String ipName() {
        return this == UNIVERSE ? "global" : name().toLowerCase(java.util.Locale.ROOT);
    }
}
