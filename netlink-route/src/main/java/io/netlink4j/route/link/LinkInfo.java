package io.netlink4j.route.link;

import java.net.InetAddress;
import java.time.Duration;

/** The kind-specific settings of a link ({@code IFLA_INFO_DATA}), for the kinds this library creates. */
public sealed interface LinkInfo {
    /** A bridge's settings ({@code IFLA_BR_*}). */
    record BridgeInfo(boolean stp, Duration forwardDelay, boolean vlanFiltering, Duration ageingTime)
            implements LinkInfo {}

    /** A VLAN's id and protocol ({@code 0x8100} for 802.1Q). */
    record VlanInfo(int id, int protocol) implements LinkInfo {}

    /**
     * A VXLAN's settings; {@code remote} or {@code group} is set depending on whether the default
     * destination is unicast or multicast, as {@code ip -d link} prints them.
     */
    record VxlanInfo(int vni, InetAddress local, InetAddress remote, InetAddress group, int port,
                     int deviceIndex) implements LinkInfo {}

    /** A macvlan's mode. */
    record MacvlanInfo(MacvlanMode mode) implements LinkInfo {}
}
