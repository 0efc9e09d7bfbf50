package io.netlink4j.route.link;

import io.netlink4j.route.uapi.IfLinkH;






/**
 * A network device as {@code ip -d -s link show} reports it ({@code RTM_NEWLINK}).
 *
 * @param index       the interface index
 * @param name        {@code IFLA_IFNAME}
 * @param kind        {@code IFLA_INFO_KIND} ({@code "veth"}, {@code "bridge"}...), or {@code null}
 *                    for devices without one ({@code lo}, physical NICs)
 * @param flags       {@code IFF_*} flags of {@code ifinfomsg}
 * @param operState   {@code IFLA_OPERSTATE}
 * @param mtu         {@code IFLA_MTU}
 * @param mac         {@code IFLA_ADDRESS} as {@code "aa:bb:cc:dd:ee:ff"}, or {@code null}
 * @param masterIndex {@code IFLA_MASTER} (the bridge), 0 if none
 * @param linkIndex   {@code IFLA_LINK}: a veth's peer, a vlan's or macvlan's parent; 0 if none
 * @param linkNetnsId {@code IFLA_LINK_NETNSID}: the namespace id (as seen from this namespace) that
 *                    {@code linkIndex} lives in, when it is another one; -1 if none
 * @param group       {@code IFLA_GROUP}
 * @param alias       {@code IFLA_IFALIAS}, or {@code null}
 * @param stats       {@code IFLA_STATS64} counters
 * @param info        kind-specific settings ({@code IFLA_INFO_DATA}) for bridge, vlan, vxlan and
 *                    macvlan; {@code null} for other kinds
 */
public record Link(int index, String name, String kind, int flags, OperState operState, int mtu, String mac,
                   int masterIndex, int linkIndex, int linkNetnsId, int group, String alias, LinkStats stats,
                   LinkInfo info) {
    /** Whether {@code IFF_UP} is set (administratively up). */
    public boolean isUp() {
        return (flags & IfLinkH.IFF_UP) != 0;
    }

    /** Whether {@code IFF_LOWER_UP} is set (the carrier is there). */
    public boolean isLowerUp() {
        return (flags & IfLinkH.IFF_LOWER_UP) != 0;
    }

    /**
     * The link an {@code RTM_NEWLINK}/{@code RTM_DELLINK} message (a dump reply or a notification).
     *
     * @throws io.netlink4j.core.ProtocolException if the message is malformed
     */
    public static Link parse(io.netlink4j.core.message.Message m) {
        return LinkCodec.parse(m);
    }
}
