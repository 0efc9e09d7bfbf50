package io.netlink4j.route.link;

import static io.netlink4j.route.uapi.IfLinkH.*;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.Payload;
import io.netlink4j.core.message.MessageWriter;
import java.net.InetAddress;
import java.time.Duration;
import io.netlink4j.core.MacAddress;
import io.netlink4j.route.internal.Structs;

/** Encodes {@code RTM_NEWLINK} requests for {@link LinkSpec}s and decodes {@code RTM_NEWLINK} into {@link Link}. */
final class LinkCodec {
    /** {@code USER_HZ}: bridge timers travel as clock_t, hundredths of a second. */
    private static final int CENTIS_PER_SECOND = 100;
    private static final int AF_UNSPEC = 0;
    /** {@code AF_BRIDGE}: the family of the bridge-port copies of link messages. */
    static final int AF_BRIDGE = 7;

    private LinkCodec() {}

    /** The device a kind sits on ({@code IFLA_LINK} / {@code IFLA_VXLAN_LINK}), or {@code null}. */
    static String parentOf(LinkSpec spec) {
        return switch (spec) {
            case Vlan v -> v.parent();
            case Macvlan m -> m.parent();
            case Vxlan x -> x.device();
            case Veth v -> null;
            case Bridge b -> null;
        };
    }

    /**
     * Writes the body of {@code RTM_NEWLINK} creating {@code spec}, after the header was begun.
     * Writes straight into the socket's buffer: no native memory and, for ASCII names, no heap.
     *
     * @param masterIndex the index of {@code options().master()}, or 0
     * @param parentIndex the index of {@link #parentOf}, or 0
     */
    static void writeNewLink(MessageWriter w, LinkSpec spec, int masterIndex, int parentIndex, int peerNamespaceFd) {
        LinkOptions o = spec.options();
        header(w, 0, o.up());
        w.putString(IFLA_IFNAME, spec.name());
        common(w, o, masterIndex);
        if (parentIndex > 0 && !(spec instanceof Vxlan)) {
            w.putU32(IFLA_LINK, parentIndex);
        }
        int linkinfo = w.beginNested(IFLA_LINKINFO);
        w.putString(IFLA_INFO_KIND, spec.kind());
        switch (spec) {
            case Veth v -> veth(w, v, peerNamespaceFd);
            case Bridge b -> bridge(w, b);
            case Vlan v -> {
                int data = w.beginNested(IFLA_INFO_DATA);
                w.putU16(IFLA_VLAN_ID, v.id());
                w.endNested(data);
            }
            case Vxlan x -> vxlan(w, x, parentIndex);
            case Macvlan m -> {
                int data = w.beginNested(IFLA_INFO_DATA);
                w.putU32(IFLA_MACVLAN_MODE, m.mode().value());
                w.endNested(data);
            }
        }
        w.endNested(linkinfo);
    }

    /** {@code struct ifinfomsg} with {@code IFF_UP} in flags and change when {@code up}. */
    static void header(MessageWriter w, int index, boolean up) {
        int f = up ? IFF_UP : 0;
        Structs.ifinfomsg(w, AF_UNSPEC, index, f, f);
    }

    private static void common(MessageWriter w, LinkOptions o, int masterIndex) {
        if (o.mtu() > 0) {
            w.putU32(IFLA_MTU, o.mtu());
        }
        if (o.mac() != null) {
            w.putBytes(IFLA_ADDRESS, MacAddress.parseUnicast(o.mac()).bytes());
        }
        if (o.group() != 0) {
            w.putU32(IFLA_GROUP, o.group());
        }
        if (masterIndex > 0) {
            w.putU32(IFLA_MASTER, masterIndex);
        }
        if (o.queues() > 0) {
            w.putU32(IFLA_NUM_TX_QUEUES, o.queues());
            w.putU32(IFLA_NUM_RX_QUEUES, o.queues());
        }
    }

    private static void veth(MessageWriter w, Veth v, int peerNamespaceFd) {
        int data = w.beginNested(IFLA_INFO_DATA);
        // VETH_INFO_PEER holds a whole ifinfomsg plus attributes: the peer is a second new link.
        int peer = w.beginNested(VETH_INFO_PEER);
        header(w, 0, v.peerOptions().up());
        w.putString(IFLA_IFNAME, v.peerName());
        common(w, v.peerOptions(), 0);
        if (peerNamespaceFd >= 0) {
            w.putU32(IFLA_NET_NS_FD, peerNamespaceFd);
        }
        w.endNested(peer);
        w.endNested(data);
    }

    private static void bridge(MessageWriter w, Bridge b) {
        if (b.stp() == null && b.forwardDelay() == null && !Boolean.TRUE.equals(b.vlanFiltering())
                && b.ageingTime() == null) {
            return;
        }
        int data = w.beginNested(IFLA_INFO_DATA);
        if (b.forwardDelay() != null) {
            w.putU32(IFLA_BR_FORWARD_DELAY, centis(b.forwardDelay()));
        }
        if (b.ageingTime() != null) {
            w.putU32(IFLA_BR_AGEING_TIME, centis(b.ageingTime()));
        }
        if (b.stp() != null) {
            w.putU32(IFLA_BR_STP_STATE, b.stp() ? 1 : 0);
        }
        // Sent only to turn it on: kernels without CONFIG_BRIDGE_VLAN_FILTERING refuse the attribute.
        if (Boolean.TRUE.equals(b.vlanFiltering())) {
            w.putU8(IFLA_BR_VLAN_FILTERING, b.vlanFiltering() ? 1 : 0);
        }
        w.endNested(data);
    }

    private static void vxlan(MessageWriter w, Vxlan x, int deviceIndex) {
        int data = w.beginNested(IFLA_INFO_DATA);
        w.putU32(IFLA_VXLAN_ID, x.vni());
        InetAddress dst = x.remote() != null ? x.remote() : x.group();
        if (dst != null) {
            w.putAddress(dst.getAddress().length == 4 ? IFLA_VXLAN_GROUP : IFLA_VXLAN_GROUP6, dst);
        }
        if (x.local() != null) {
            w.putAddress(x.local().getAddress().length == 4 ? IFLA_VXLAN_LOCAL : IFLA_VXLAN_LOCAL6, x.local());
        }
        if (deviceIndex > 0) {
            w.putU32(IFLA_VXLAN_LINK, deviceIndex);
        }
        w.putU16be(IFLA_VXLAN_PORT, x.port());
        w.endNested(data);
    }

    private static int centis(Duration d) {
        return Math.toIntExact(d.toMillis() / (1000 / CENTIS_PER_SECOND));
    }

    private static Duration fromCentis(int v) {
        return Duration.ofMillis(Integer.toUnsignedLong(v) * (1000 / CENTIS_PER_SECOND));
    }

    // ---- decoding ---------------------------------------------------------------------------

    /** The link an {@code RTM_NEWLINK}/{@code RTM_DELLINK} message describes. */
    static Link parse(Message m) {
        int index = m.u32(Structs.IFINFOMSG_INDEX);
        int flags = m.u32(Structs.IFINFOMSG_FLAGS);
        String name = null;
        String kind = null;
        String mac = null;
        String alias = null;
        int mtu = 0;
        int master = 0;
        int link = 0;
        int netnsId = -1;
        int group = 0;
        OperState oper = OperState.UNKNOWN;
        LinkStats stats = LinkStats.ZERO;
        Attributes data = null;
        Attributes a = m.attributes(Structs.IFINFOMSG_LEN);
        while (a.next()) {
            switch (a.type()) {
                case IFLA_IFNAME -> name = a.string();
                case IFLA_MTU -> mtu = a.u32();
                case IFLA_ADDRESS -> mac = MacAddress.format(a.bytes());
                case IFLA_MASTER -> master = a.u32();
                case IFLA_LINK -> link = a.u32();
                case IFLA_LINK_NETNSID -> netnsId = a.u32();
                case IFLA_GROUP -> group = a.u32();
                case IFLA_IFALIAS -> alias = a.string();
                case IFLA_OPERSTATE -> oper = OperState.of(a.u8());
                case IFLA_STATS64 -> stats = stats(a.payload());
                case IFLA_LINKINFO -> {
                    Attributes li = a.nested();
                    while (li.next()) {
                        if (li.type() == IFLA_INFO_KIND) {
                            kind = li.string();
                        } else if (li.type() == IFLA_INFO_DATA) {
                            data = li.nested();
                        }
                    }
                }
                default -> { }
            }
        }
        LinkInfo info = kind == null || data == null ? null : info(kind, data);
        return new Link(index, name, kind, flags, oper, mtu, mac, master, link, netnsId, group, alias, stats, info);
    }

    private static LinkStats stats(Payload s) {
        if (s.length() < 64) {
            return LinkStats.ZERO;
        }
        return new LinkStats(s.u64(0), s.u64(8), s.u64(16), s.u64(24), s.u64(32), s.u64(40), s.u64(48), s.u64(56));
    }

    private static LinkInfo info(String kind, Attributes d) {
        return switch (kind) {
            case "bridge" -> {
                boolean stp = false;
                boolean vlanFiltering = false;
                Duration fd = Duration.ZERO;
                Duration ageing = Duration.ZERO;
                while (d.next()) {
                    switch (d.type()) {
                        case IFLA_BR_STP_STATE -> stp = d.u32() != 0;
                        case IFLA_BR_VLAN_FILTERING -> vlanFiltering = d.u8() != 0;
                        case IFLA_BR_FORWARD_DELAY -> fd = fromCentis(d.u32());
                        case IFLA_BR_AGEING_TIME -> ageing = fromCentis(d.u32());
                        default -> { }
                    }
                }
                yield new LinkInfo.BridgeInfo(stp, fd, vlanFiltering, ageing);
            }
            case "vlan" -> {
                int id = 0;
                int protocol = 0;
                while (d.next()) {
                    switch (d.type()) {
                        case IFLA_VLAN_ID -> id = d.u16();
                        case IFLA_VLAN_PROTOCOL -> protocol = d.u16be();
                        default -> { }
                    }
                }
                yield new LinkInfo.VlanInfo(id, protocol);
            }
            case "vxlan" -> {
                int vni = 0;
                int port = 0;
                int dev = 0;
                InetAddress local = null;
                InetAddress dst = null;
                while (d.next()) {
                    switch (d.type()) {
                        case IFLA_VXLAN_ID -> vni = d.u32();
                        case IFLA_VXLAN_PORT -> port = d.u16be();
                        case IFLA_VXLAN_LINK -> dev = d.u32();
                        case IFLA_VXLAN_LOCAL, IFLA_VXLAN_LOCAL6 -> local = d.address();
                        case IFLA_VXLAN_GROUP, IFLA_VXLAN_GROUP6 -> dst = d.address();
                        default -> { }
                    }
                }
                boolean mcast = dst != null && dst.isMulticastAddress();
                yield new LinkInfo.VxlanInfo(vni, local, mcast ? null : dst, mcast ? dst : null, port, dev);
            }
            case "macvlan" -> {
                MacvlanMode mode = null;
                while (d.next()) {
                    if (d.type() == IFLA_MACVLAN_MODE) {
                        mode = MacvlanMode.of(d.u32());
                    }
                }
                yield new LinkInfo.MacvlanInfo(mode);
            }
            default -> null;
        };
    }
}
