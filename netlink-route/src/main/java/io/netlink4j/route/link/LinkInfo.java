package io.netlink4j.route.link;

import io.netlink4j.core.Cidr;
import io.netlink4j.core.message.RawAttribute;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The kind-specific settings of a link ({@code IFLA_INFO_DATA}) for the kinds this library
 * creates, printed as {@code ip -d link} prints them after the kind. Each record keeps the
 * attributes of {@code IFLA_INFO_DATA} it does not model in its own {@code unknown()}, in the
 * order received (a bridge reports some forty settings; the STP and VLAN ones are modeled).
 */
public sealed interface LinkInfo {
    /**
     * The {@code IFLA_INFO_DATA} attributes this record does not model, in the order received.
     *
     * @return an unmodifiable list, empty when every attribute was modeled
     */
    List<RawAttribute> unknown();

    /**
     * A bridge's settings ({@code IFLA_BR_*}), as {@code ip -d link show type bridge} prints them.
     *
     * @param stp               {@code stp_state}
     * @param forwardDelay      {@code forward_delay}
     * @param helloTime         {@code hello_time}
     * @param maxAge            {@code max_age}
     * @param ageingTime        {@code ageing_time}
     * @param priority          {@code priority}, the STP bridge priority
     * @param vlanFiltering     {@code vlan_filtering}
     * @param vlanProtocol      {@code vlan_protocol}, or {@code null} when the kernel does not report
     *                          it (kernels without {@code CONFIG_BRIDGE_VLAN_FILTERING}) or reports an
     *                          ethertype this library does not know
     * @param multicastSnooping {@code mcast_snooping}
     * @param unknown           the other {@code IFLA_BR_*} attributes (timers, ids, multicast
     *                          tuning...), in the order received
     */
    record BridgeInfo(boolean stp, Duration forwardDelay, Duration helloTime, Duration maxAge, Duration ageingTime,
                      int priority, boolean vlanFiltering, VlanProtocol vlanProtocol, boolean multicastSnooping,
                      List<RawAttribute> unknown) implements LinkInfo {
        /** Requires the timers and copies the unknown attributes. */
        public BridgeInfo {
            Objects.requireNonNull(forwardDelay, "forwardDelay");
            Objects.requireNonNull(helloTime, "helloTime");
            Objects.requireNonNull(maxAge, "maxAge");
            Objects.requireNonNull(ageingTime, "ageingTime");
            unknown = List.copyOf(unknown);
        }

        /**
         * As {@code ip -d link} prints it: {@code bridge forward_delay 400 hello_time 200 max_age 2000
         * ageing_time 3000 stp_state 1 priority 32768 vlan_filtering 0 mcast_snooping 1}.
         */
        @Override
        public String toString() {
            return "bridge forward_delay " + centis(forwardDelay) + " hello_time " + centis(helloTime)
                    + " max_age " + centis(maxAge) + " ageing_time " + centis(ageingTime)
                    + " stp_state " + (stp ? 1 : 0) + " priority " + priority
                    + " vlan_filtering " + (vlanFiltering ? 1 : 0)
                    + (vlanProtocol == null ? "" : " vlan_protocol " + vlanProtocol)
                    + " mcast_snooping " + (multicastSnooping ? 1 : 0);
        }

        private static long centis(Duration d) {
            return d.toMillis() / 10;
        }
    }

    /**
     * A VLAN's tag.
     *
     * @param id       {@code IFLA_VLAN_ID}
     * @param protocol {@code IFLA_VLAN_PROTOCOL}, or {@code null} for an ethertype this library does not know
     * @param unknown  the other {@code IFLA_VLAN_*} attributes (flags, QoS maps), in the order received
     */
    record VlanInfo(int id, VlanProtocol protocol, List<RawAttribute> unknown) implements LinkInfo {
        /** Copies the unknown attributes. */
        public VlanInfo {
            unknown = List.copyOf(unknown);
        }

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
     * @param learning    {@code IFLA_VXLAN_LEARNING}: whether remote MACs are learned from received packets
     * @param ttl         {@code IFLA_VXLAN_TTL} of encapsulated packets, 0 for {@code ttl auto} (the
     *                    kernel's default; {@code ttl inherit} is {@code IFLA_VXLAN_TTL_INHERIT}, kept in
     *                    {@code unknown})
     * @param l2miss      {@code IFLA_VXLAN_L2MISS}: misses in the FDB are reported
     * @param l3miss      {@code IFLA_VXLAN_L3MISS}: misses in the neighbour table are reported
     * @param unknown     the other {@code IFLA_VXLAN_*} attributes (ageing, tos, checksums, port
     *                    range...), in the order received
     */
    record VxlanInfo(int vni, InetAddress local, InetAddress remote, InetAddress group, int port, String device,
                     int deviceIndex, boolean learning, int ttl, boolean l2miss, boolean l3miss,
                     List<RawAttribute> unknown) implements LinkInfo {
        /** Copies the unknown attributes. */
        public VxlanInfo {
            unknown = List.copyOf(unknown);
        }

        /**
         * As {@code ip -d link} prints it, in its order: {@code vxlan id 100 remote 192.0.2.2 local
         * 192.0.2.1 dev veth-a dstport 4789 nolearning l2miss l3miss ttl 64}.
         */
        @Override
        public String toString() {
            return "vxlan id " + vni + (remote == null ? "" : " remote " + Cidr.format(remote))
                    + (group == null ? "" : " group " + Cidr.format(group))
                    + (local == null ? "" : " local " + Cidr.format(local))
                    + (deviceIndex == 0 ? "" : " dev " + (device != null ? device : "if" + deviceIndex))
                    + " dstport " + port + (learning ? "" : " nolearning") + (l2miss ? " l2miss" : "")
                    + (l3miss ? " l3miss" : "") + " ttl " + (ttl == 0 ? "auto" : Integer.toString(ttl));
        }
    }

    /**
     * A macvlan's mode.
     *
     * @param mode    {@code IFLA_MACVLAN_MODE}, or {@code null} for a mode this library does not know
     * @param unknown the other {@code IFLA_MACVLAN_*} attributes (flags, broadcast queue...), in the order received
     */
    record MacvlanInfo(MacvlanMode mode, List<RawAttribute> unknown) implements LinkInfo {
        /** Copies the unknown attributes. */
        public MacvlanInfo {
            unknown = List.copyOf(unknown);
        }

        /** {@code macvlan mode bridge}. */
        @Override
        public String toString() {
            return "macvlan mode " + mode;
        }
    }
}
