package io.netlink4j.route.link;

import io.netlink4j.core.MacAddress;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.RawAttribute;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A network device as {@code ip -d -s link show} reports it ({@code RTM_NEWLINK}). Other devices
 * are named by name where the kernel gives an index (the master, the peer or parent), resolved
 * once per list or get; the index is kept too. {@link #toString()} prints like {@code ip link}:
 *
 * <pre>3: veth-a@veth-b: &lt;BROADCAST,MULTICAST,UP,LOWER_UP&gt; mtu 1400 master br0 state UP group 7 link/ether 02:00:00:00:00:0a veth</pre>
 *
 * @param index        the interface index
 * @param name         {@code IFLA_IFNAME}
 * @param kind         {@code IFLA_INFO_KIND} ({@code "veth"}, {@code "bridge"}...), or {@code null}
 *                     for devices without one ({@code lo}, physical NICs)
 * @param flags        the {@code IFF_*} flags
 * @param operState    {@code IFLA_OPERSTATE} ({@link OperState#UNKNOWN} for a state this library does not know)
 * @param mtu          {@code IFLA_MTU}
 * @param mac          {@code IFLA_ADDRESS} when it is a 6-byte Ethernet address, else {@code null}
 *                     (an address of another length stays in {@code unknown})
 * @param master       the master's name (the bridge), or {@code null}
 * @param masterIndex  {@code IFLA_MASTER}, 0 if none
 * @param link         the name of {@code linkIndex} — a veth's peer, a vlan's or macvlan's parent — or
 *                     {@code null} when there is none or it lives in another namespace
 * @param linkIndex    {@code IFLA_LINK}, 0 if none
 * @param linkNetnsId  {@code IFLA_LINK_NETNSID}: the namespace id (as this namespace numbers it) that
 *                     {@code linkIndex} lives in, when it is another one; -1 if none
 * @param group        {@code IFLA_GROUP}
 * @param alias        {@code IFLA_IFALIAS}, or {@code null}
 * @param txQueues     {@code IFLA_NUM_TX_QUEUES}, 0 if not reported
 * @param rxQueues     {@code IFLA_NUM_RX_QUEUES}, 0 if not reported
 * @param stats        {@code IFLA_STATS64} counters ({@link LinkStats#ZERO} when not reported)
 * @param info         kind-specific settings for bridge, vlan, vxlan and macvlan; {@code null} for other kinds
 * @param unknown      the attributes this record does not model, in the order received; also the whole
 *                     {@code IFLA_LINKINFO} when it holds more than the kind and the data {@code info}
 *                     keeps (a bridge port's {@code IFLA_INFO_SLAVE_*}, or data of a kind without a
 *                     {@link LinkInfo}); the kind's own unmodeled settings are in {@code info().unknown()}
 */
public record Link(int index, String name, String kind, Set<LinkFlag> flags, OperState operState, int mtu,
                   MacAddress mac, String master, int masterIndex, String link, int linkIndex, int linkNetnsId,
                   int group, String alias, int txQueues, int rxQueues, LinkStats stats, LinkInfo info,
                   List<RawAttribute> unknown) {
    /** Copies the flags and the unknown attributes; the name, flags, state, stats and list are required. */
    public Link {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(operState, "operState");
        Objects.requireNonNull(stats, "stats");
        flags = Collections.unmodifiableSet(flags.isEmpty() ? EnumSet.noneOf(LinkFlag.class) : EnumSet.copyOf(flags));
        unknown = List.copyOf(unknown);
    }

    /**
     * Whether {@code IFF_UP} is set (administratively up).
     *
     * @return whether the link is administratively up
     */
    public boolean isUp() {
        return flags.contains(LinkFlag.UP);
    }

    /**
     * Whether {@code IFF_LOWER_UP} is set (the carrier is there).
     *
     * @return whether the link has a carrier
     */
    public boolean isLowerUp() {
        return flags.contains(LinkFlag.LOWER_UP);
    }

    /**
     * The link an {@code RTM_NEWLINK}/{@code RTM_DELLINK} message describes (a dump reply or a
     * notification), with the other devices named by index only ({@code master} and {@code link}
     * are {@code null}): the message carries no names for them. Returns {@code null} for an
     * {@code AF_BRIDGE} message, which describes a bridge port, not a link.
     *
     * @param m an {@code RTM_NEWLINK} or {@code RTM_DELLINK} message
     * @return the link, or {@code null} for an {@code AF_BRIDGE} message
     * @throws io.netlink4j.core.ProtocolException if the message is malformed
     */
    public static Link parse(Message m) {
        return LinkCodec.parse(m);
    }

    /**
     * {@link #parse(Message)}, with the master, the peer or parent (unless it lives in another
     * namespace) and a vxlan's device named by {@code deviceNames}, which answers {@code null} for
     * an index it cannot name.
     *
     * @param m an {@code RTM_NEWLINK} or {@code RTM_DELLINK} message
     * @param deviceNames maps a device index to its name, or to {@code null} when it does not know it
     * @return the link, or {@code null} for an {@code AF_BRIDGE} message
     * @throws io.netlink4j.core.ProtocolException if the message is malformed
     */
    public static Link parse(Message m, IntFunction<String> deviceNames) {
        Objects.requireNonNull(deviceNames, "deviceNames");
        Link l = LinkCodec.parse(m);
        return l == null ? null : LinkCodec.named(l, deviceNames);
    }

    /**
     * As {@code ip -d link show} prints it, on one line:
     * {@code 3: veth-a@veth-b: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1400 master br0 state UP group 7
     * link/ether 02:00:00:00:00:0a alias "to the a side" veth}.
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(index).append(": ").append(name);
        if (linkIndex != 0) {
            s.append('@').append(link != null ? link : "if" + linkIndex);
        }
        s.append(": <");
        if (flags.contains(LinkFlag.UP) && !flags.contains(LinkFlag.RUNNING)) {
            s.append("NO-CARRIER,");
        }
        for (LinkFlag f : flags) {
            if (f != LinkFlag.RUNNING) {
                s.append(f.name()).append(',');
            }
        }
        if (s.charAt(s.length() - 1) == ',') {
            s.setLength(s.length() - 1);
        }
        s.append("> mtu ").append(Integer.toUnsignedString(mtu));
        if (masterIndex != 0) {
            s.append(" master ").append(master != null ? master : "if" + masterIndex);
        }
        s.append(" state ").append(operState).append(" group ")
                .append(group == 0 ? "default" : Integer.toUnsignedString(group));
        if (mac != null) {
            s.append(flags.contains(LinkFlag.LOOPBACK) ? " link/loopback " : " link/ether ").append(mac);
        }
        if (linkNetnsId >= 0) {
            s.append(" link-netnsid ").append(linkNetnsId);
        }
        if (alias != null) {
            s.append(" alias \"").append(alias).append('"');
        }
        if (info != null) {
            s.append(' ').append(info);
        } else if (kind != null) {
            s.append(' ').append(kind);
        }
        return s.toString();
    }
}
