package io.netlink4j.route.link;

import io.netlink4j.core.Cidr;
import java.net.InetAddress;
import java.time.Duration;

/**
 * The kind-specific settings of a link ({@code IFLA_INFO_DATA}) for the kinds this library
 * creates, printed as {@code ip -d link} prints them after the kind. Settings a record does not
 * model stay in {@link Link#unknown()} (the whole {@code IFLA_LINKINFO}).
 */
public sealed interface LinkInfo {
    /**
     * A bridge's settings ({@code IFLA_BR_*}).
     *
     * @param stp           {@code stp_state}
     * @param forwardDelay  {@code forward_delay}
     * @param vlanFiltering {@code vlan_filtering}
     * @param ageingTime    {@code ageing_time}
     */
    record BridgeInfo(boolean stp, Duration forwardDelay, boolean vlanFiltering, Duration ageingTime)
            implements LinkInfo {
        /** {@code bridge forward_delay 400 ageing_time 30000 stp_state 1 vlan_filtering 0}. */
        @Override
        public String toString() {
            return "bridge forward_delay " + forwardDelay.toMillis() / 10 + " ageing_time " + ageingTime.toMillis() / 10
                    + " stp_state " + (stp ? 1 : 0) + " vlan_filtering " + (vlanFiltering ? 1 : 0);
        }
    }

    /**
     * A VLAN's tag.
     *
     * @param id       {@code IFLA_VLAN_ID}
     * @param protocol {@code IFLA_VLAN_PROTOCOL}, or {@code null} for an ethertype this library does not know
     */
    record VlanInfo(int id, VlanProtocol protocol) implements LinkInfo {
        /** {@code vlan protocol 802.1Q id 10}. */
        @Override
        public String toString() {
            return "vlan protocol " + protocol + " id " + id;
        }
    }

    /**
     * A VXLAN's settings; {@code remote} or {@code group} is set depending on whether the default
     * destination is unicast or multicast, as {@code ip -d link} prints them.
     *
     * @param vni         {@code IFLA_VXLAN_ID}
     * @param local       {@code IFLA_VXLAN_LOCAL}/{@code LOCAL6}, or {@code null}
     * @param remote      unicast {@code IFLA_VXLAN_GROUP}/{@code GROUP6}, or {@code null}
     * @param group       multicast {@code IFLA_VXLAN_GROUP}/{@code GROUP6}, or {@code null}
     * @param port        {@code IFLA_VXLAN_PORT}
     * @param device      the underlay device's name, or {@code null} for none (or one not found)
     * @param deviceIndex {@code IFLA_VXLAN_LINK}, 0 for none
     */
    record VxlanInfo(int vni, InetAddress local, InetAddress remote, InetAddress group, int port, String device,
                     int deviceIndex) implements LinkInfo {
        /** {@code vxlan id 100 remote 192.0.2.2 local 192.0.2.1 dev veth-a dstport 4789}. */
        @Override
        public String toString() {
            return "vxlan id " + vni + (remote == null ? "" : " remote " + Cidr.format(remote))
                    + (group == null ? "" : " group " + Cidr.format(group))
                    + (local == null ? "" : " local " + Cidr.format(local))
                    + (deviceIndex == 0 ? "" : " dev " + (device != null ? device : "if" + deviceIndex))
                    + " dstport " + port;
        }
    }

    /**
     * A macvlan's mode.
     *
     * @param mode {@code IFLA_MACVLAN_MODE}, or {@code null} for a mode this library does not know
     */
    record MacvlanInfo(MacvlanMode mode) implements LinkInfo {
        /** {@code macvlan mode bridge}. */
        @Override
        public String toString() {
            return "macvlan mode " + mode;
        }
    }
}
