package io.netlink4j.route.route;

import io.netlink4j.route.uapi.RtnetlinkH;
import java.util.Optional;

/**
 * How far an address or route reaches ({@code rtm_scope}, {@code ifa_scope}), as
 * {@code ip route ... scope NAME} and {@code ip addr ... scope NAME} spell it. {@link #GLOBAL} is
 * {@code ip}'s name for {@link #UNIVERSE}.
 */
public enum RouteScope {
    /** {@code RT_SCOPE_UNIVERSE} (0), {@code global}: anywhere; routes via a gateway, global addresses. */
    UNIVERSE(RtnetlinkH.RT_SCOPE_UNIVERSE),
    /** {@code RT_SCOPE_SITE} (200): inside the site (IPv6 site-local, rarely used). */
    SITE(RtnetlinkH.RT_SCOPE_SITE),
    /** {@code RT_SCOPE_LINK} (253): directly on the link; routes with a device and no gateway. */
    LINK(RtnetlinkH.RT_SCOPE_LINK),
    /** {@code RT_SCOPE_HOST} (254): this host only; local routes, 127.0.0.1. */
    HOST(RtnetlinkH.RT_SCOPE_HOST),
    /** {@code RT_SCOPE_NOWHERE} (255): no destination. */
    NOWHERE(RtnetlinkH.RT_SCOPE_NOWHERE);

    /** {@code ip}'s name for {@link #UNIVERSE}. */
    public static final RouteScope GLOBAL = UNIVERSE;

    private final int code;

    RouteScope(int code) {
        this.code = code;
    }

    /**
     * The kernel's number.
     *
     * @return the {@code RT_SCOPE_*} value, 0..255
     */
    public int code() {
        return code;
    }

    /**
     * The scope with kernel number {@code code}, or empty for a number without a name (1..199, 201..252).
     *
     * @param code an {@code rtm_scope} or {@code ifa_scope} value
     * @return the scope, or empty for a number without a name
     */
    public static Optional<RouteScope> fromCode(int code) {
        for (RouteScope s : values()) {
            if (s.code == code) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** {@code global}, {@code site}, {@code link}, {@code host}, {@code nowhere}: as {@code ip} prints it. */
    @Override
    public String toString() {
        return this == UNIVERSE ? "global" : name().toLowerCase(java.util.Locale.ROOT);
    }
}
