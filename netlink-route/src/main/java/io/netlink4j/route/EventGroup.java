package io.netlink4j.route;

import io.netlink4j.route.uapi.RtnetlinkH;






/** The rtnetlink multicast groups behind {@code ip monitor}, named as {@code RTNLGRP_*}. */
public enum EventGroup {
    /** {@code RTNLGRP_LINK}: links created, changed, deleted ({@code ip monitor link}). */
    LINK(RtnetlinkH.RTNLGRP_LINK),
    /** {@code RTNLGRP_IPV4_IFADDR}: IPv4 addresses. */
    IPV4_IFADDR(RtnetlinkH.RTNLGRP_IPV4_IFADDR),
    /** {@code RTNLGRP_IPV6_IFADDR}: IPv6 addresses. */
    IPV6_IFADDR(RtnetlinkH.RTNLGRP_IPV6_IFADDR),
    /** {@code RTNLGRP_IPV4_ROUTE}: IPv4 routes. */
    IPV4_ROUTE(RtnetlinkH.RTNLGRP_IPV4_ROUTE),
    /** {@code RTNLGRP_IPV6_ROUTE}: IPv6 routes. */
    IPV6_ROUTE(RtnetlinkH.RTNLGRP_IPV6_ROUTE),
    /** {@code RTNLGRP_NEIGH}: neighbour (ARP/NDP) entries. */
    NEIGH(RtnetlinkH.RTNLGRP_NEIGH);

    private final int group;

    EventGroup(int group) {
        this.group = group;
    }

    /** The {@code RTNLGRP_*} number to join. */
    public int group() {
        return group;
    }
}
