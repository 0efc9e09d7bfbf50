package io.netlink4j.route;

import io.netlink4j.route.uapi.RtnetlinkH;

/**
 * What an {@link EventStream} listens to, named as {@code ip monitor}'s objects (and
 * {@code tc monitor}'s): each joins the kernel's multicast groups ({@code RTNLGRP_*}) for that
 * object, IPv4 and IPv6 alike.
 */
public enum EventGroup {
    /** {@code ip monitor link}: links created, changed, deleted, and bridge ports ({@code RTNLGRP_LINK}). */
    LINK(RtnetlinkH.RTNLGRP_LINK),
    /** {@code ip monitor address}: {@code RTNLGRP_IPV4_IFADDR} and {@code RTNLGRP_IPV6_IFADDR}. */
    ADDRESS(RtnetlinkH.RTNLGRP_IPV4_IFADDR, RtnetlinkH.RTNLGRP_IPV6_IFADDR),
    /** {@code ip monitor route}: {@code RTNLGRP_IPV4_ROUTE} and {@code RTNLGRP_IPV6_ROUTE}. */
    ROUTE(RtnetlinkH.RTNLGRP_IPV4_ROUTE, RtnetlinkH.RTNLGRP_IPV6_ROUTE),
    /** {@code ip monitor neigh}: neighbour (ARP/NDP) entries, {@code RTNLGRP_NEIGH}. */
    NEIGHBOUR(RtnetlinkH.RTNLGRP_NEIGH),
    /** {@code ip monitor rule}: policy routing rules, {@code RTNLGRP_IPV4_RULE} and {@code RTNLGRP_IPV6_RULE}. */
    RULE(RtnetlinkH.RTNLGRP_IPV4_RULE, RtnetlinkH.RTNLGRP_IPV6_RULE),
    /**
     * {@code tc monitor}: qdiscs, classes and filters ({@code RTNLGRP_TC}); tc actions and chains,
     * which the group carries too, arrive as {@link RawEvent}s.
     */
    TC(RtnetlinkH.RTNLGRP_TC);

    private final int[] groups;

    EventGroup(int... groups) {
        this.groups = groups;
    }

    /** The {@code RTNLGRP_*} numbers to join. */
    int[] groups() {
        return groups.clone();
    }

    /** {@code link}, {@code address}... as {@code ip monitor} takes it. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
