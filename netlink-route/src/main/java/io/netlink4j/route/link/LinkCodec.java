package io.netlink4j.route.link;

import static io.netlink4j.core.uapi.SysConst.AF_BRIDGE;
import static io.netlink4j.core.uapi.SysConst.AF_UNSPEC;
import static io.netlink4j.route.uapi.IfLinkH.*;

import io.netlink4j.core.MacAddress;
import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.message.Payload;
import io.netlink4j.core.message.RawAttribute;
import io.netlink4j.route.internal.Structs;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Encodes {@code RTM_NEWLINK} for {@link LinkSpec}s and decodes {@code RTM_NEWLINK} into
 * {@link Link}, byte for byte as iproute2 6.1 does: {@code IFLA_LINKINFO} and
 * {@code IFLA_INFO_DATA} without {@code NLA_F_NESTED}, {@code IFLA_INFO_KIND} without a NUL, the
 * common attributes in {@code ip link add}'s order, then {@code IFLA_LINK}, then the name.
 */
final class LinkCodec {

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
     * @param masterIndex     the index of {@code options().master()}, or 0
     * @param parentIndex     the index of {@link #parentOf}, or 0
     * @param peerNamespaceFd a descriptor of a veth peer's namespace, or -1
     */
    static void writeNewLink(MessageWriter w, LinkSpec spec, int masterIndex, int parentIndex, int peerNamespaceFd) {
        LinkOptions o = spec.options();
        header(w, 0, o.up());
        common(w, o, masterIndex);
        if (parentIndex > 0 && !(spec instanceof Vxlan)) {
            w.putU32(IFLA_LINK, parentIndex);
        }
        w.putString(IFLA_IFNAME, spec.name());
        int linkinfo = w.beginNestedPlain(IFLA_LINKINFO);
        w.putBytes(IFLA_INFO_KIND, kindBytes(spec.kind()));
        switch (spec) {
            case Veth v -> veth(w, v, peerNamespaceFd);
            case Bridge b -> bridge(w, b);
            case Vlan v -> vlan(w, v);
            case Vxlan x -> vxlan(w, x, parentIndex);
            case Macvlan m -> macvlan(w, m);
        }
        w.endNested(linkinfo);
    }

    /** {@code struct ifinfomsg} of {@code AF_UNSPEC} with {@code IFF_UP} in flags and change when {@code up}. */
    static void header(MessageWriter w, int index, boolean up) {
        int f = up ? IFF_UP : 0;
        Structs.ifinfomsg(w, AF_UNSPEC, index, f, f);
    }

    private static final byte[] VETH = "veth".getBytes(StandardCharsets.US_ASCII);

    /** The kind without a NUL, as iproute2 sends it; veth, the one made by the thousand, without allocating. */
    private static byte[] kindBytes(String kind) {
        return kind.equals("veth") ? VETH : kind.getBytes(StandardCharsets.US_ASCII);
    }

    private static void common(MessageWriter w, LinkOptions o, int masterIndex) {
        if (o.mtu() > 0) {
            w.putU32(IFLA_MTU, o.mtu());
        }
        if (o.mac() != null) {
            w.putBytes(IFLA_ADDRESS, o.mac().bytes());
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
        int data = w.beginNestedPlain(IFLA_INFO_DATA);
        // VETH_INFO_PEER holds a whole ifinfomsg plus attributes: the peer is a second new link.
        int peer = w.beginNestedPlain(VETH_INFO_PEER);
        header(w, 0, false);
        common(w, v.peerOptions(), 0);
        if (peerNamespaceFd >= 0) {
            w.putU32(IFLA_NET_NS_FD, peerNamespaceFd);
        }
        w.putString(IFLA_IFNAME, v.peerName());
        w.endNested(peer);
        w.endNested(data);
    }

    /**
     * {@code IFLA_INFO_DATA} of a bridge, in the order of {@code ip link add ... type bridge stp_state
     * forward_delay ageing_time vlan_filtering mcast_snooping vlan_protocol} (ip sends them as typed).
     */
    private static void bridge(MessageWriter w, Bridge b) {
        if (b.stp() == null && b.forwardDelay() == null && b.ageingTime() == null
                && !Boolean.TRUE.equals(b.vlanFiltering()) && b.multicastSnooping() == null
                && b.vlanProtocol() == null) {
            return;
        }
        int data = w.beginNestedPlain(IFLA_INFO_DATA);
        if (b.stp() != null) {
            w.putU32(IFLA_BR_STP_STATE, b.stp() ? 1 : 0);
        }
        if (b.forwardDelay() != null) {
            w.putU32(IFLA_BR_FORWARD_DELAY, centis(b.forwardDelay()));
        }
        if (b.ageingTime() != null) {
            w.putU32(IFLA_BR_AGEING_TIME, centis(b.ageingTime()));
        }
        // Sent only to turn it on: kernels without CONFIG_BRIDGE_VLAN_FILTERING refuse the attribute.
        if (Boolean.TRUE.equals(b.vlanFiltering())) {
            w.putU8(IFLA_BR_VLAN_FILTERING, 1);
        }
        if (b.multicastSnooping() != null) {
            w.putU8(IFLA_BR_MCAST_SNOOPING, b.multicastSnooping() ? 1 : 0);
        }
        if (b.vlanProtocol() != null) {
            w.putU16be(IFLA_BR_VLAN_PROTOCOL, b.vlanProtocol().code());
        }
        w.endNested(data);
    }

    private static void vlan(MessageWriter w, Vlan v) {
        int data = w.beginNestedPlain(IFLA_INFO_DATA);
        if (v.protocol() != null) {
            w.putU16be(IFLA_VLAN_PROTOCOL, v.protocol().code());
        }
        w.putU16(IFLA_VLAN_ID, v.id());
        w.endNested(data);
    }

    /**
     * {@code IFLA_INFO_DATA} of a VXLAN in the order {@code ip link add ... type vxlan} sends it:
     * ttl, l2miss, l3miss and dev as met on its command line (here in that order), then id,
     * local, remote/group, learning and dstport, which it adds last.
     */
    private static void vxlan(MessageWriter w, Vxlan x, int deviceIndex) {
        int data = w.beginNestedPlain(IFLA_INFO_DATA);
        if (x.ttl() != null) {
            w.putU8(IFLA_VXLAN_TTL, x.ttl());
        }
        if (x.l2miss() != null) {
            w.putU8(IFLA_VXLAN_L2MISS, x.l2miss() ? 1 : 0);
        }
        if (x.l3miss() != null) {
            w.putU8(IFLA_VXLAN_L3MISS, x.l3miss() ? 1 : 0);
        }
        if (deviceIndex > 0) {
            w.putU32(IFLA_VXLAN_LINK, deviceIndex);
        }
        w.putU32(IFLA_VXLAN_ID, x.vni());
        if (x.local() != null) {
            w.putAddress(x.local().getAddress().length == 4 ? IFLA_VXLAN_LOCAL : IFLA_VXLAN_LOCAL6, x.local());
        }
        InetAddress dst = x.remote() != null ? x.remote() : x.group();
        if (dst != null) {
            w.putAddress(dst.getAddress().length == 4 ? IFLA_VXLAN_GROUP : IFLA_VXLAN_GROUP6, dst);
        }
        // iproute2 states learning on creation, on (the kernel's default for a new device) or off.
        w.putU8(IFLA_VXLAN_LEARNING, x.learning() ? 1 : 0);
        w.putU16be(IFLA_VXLAN_PORT, x.port());
        w.endNested(data);
    }

    private static void macvlan(MessageWriter w, Macvlan m) {
        if (m.mode() != null) {
            int data = w.beginNestedPlain(IFLA_INFO_DATA);
            w.putU32(IFLA_MACVLAN_MODE, m.mode().code());
            w.endNested(data);
        }
    }

    private static int centis(Duration d) {
        return (int) (d.toMillis() / (1000 / Specs.CENTIS_PER_SECOND));
    }

    private static Duration fromCentis(int v) {
        return Duration.ofMillis(Integer.toUnsignedLong(v) * (1000 / Specs.CENTIS_PER_SECOND));
    }

    // ---- decoding ---------------------------------------------------------------------------

    /**
     * The link an {@code RTM_NEWLINK}/{@code RTM_DELLINK} message describes, other devices named
     * by index only; {@code null} for an {@code AF_BRIDGE} (bridge port) message.
     */
    static Link parse(Message m) {
        if (m.u8(0) == AF_BRIDGE) {
            return null;
        }
        int index = m.u32(Structs.IFINFOMSG_INDEX);
        int flags = m.u32(Structs.IFINFOMSG_FLAGS);
        String name = null;
        String kind = null;
        String alias = null;
        MacAddress mac = null;
        int mtu = 0;
        int master = 0;
        int link = 0;
        int netnsId = -1;
        int group = 0;
        int txQueues = 0;
        int rxQueues = 0;
        OperState oper = OperState.UNKNOWN;
        LinkStats stats = LinkStats.ZERO;
        LinkInfo info = null;
        List<RawAttribute> unknown = new ArrayList<>();
        Attributes a = m.attributes(Structs.IFINFOMSG_LEN);
        while (a.next()) {
            switch (a.type()) {
                case IFLA_IFNAME -> name = a.string();
                case IFLA_MTU -> mtu = a.u32();
                case IFLA_ADDRESS -> {
                    if (a.length() == 6) {
                        mac = MacAddress.of(a.bytes());
                    } else {
                        unknown.add(a.raw());
                    }
                }
                case IFLA_MASTER -> master = a.u32();
                case IFLA_LINK -> link = a.u32();
                case IFLA_LINK_NETNSID -> netnsId = a.u32();
                case IFLA_GROUP -> group = a.u32();
                case IFLA_IFALIAS -> alias = a.string();
                case IFLA_NUM_TX_QUEUES -> txQueues = a.u32();
                case IFLA_NUM_RX_QUEUES -> rxQueues = a.u32();
                case IFLA_OPERSTATE -> oper = OperState.fromCode(a.u8()).orElse(OperState.UNKNOWN);
                case IFLA_STATS64 -> stats = stats(a.payload());
                case IFLA_STATS -> { } // the same counters in 32 bits; IFLA_STATS64 is read
                case IFLA_LINKINFO -> {
                    LinkInfoParts p = linkInfo(a.nested());
                    kind = p.kind;
                    info = p.info;
                    if (!p.complete) {
                        unknown.add(a.raw());
                    }
                }
                default -> unknown.add(a.raw());
            }
        }
        if (name == null) {
            throw new ProtocolException("link message for index " + index + " without IFLA_IFNAME");
        }
        return new Link(index, name, kind, LinkFlag.of(flags), oper, mtu, mac, null, master, null, link, netnsId,
                group, alias, txQueues, rxQueues, stats, info, unknown);
    }

    /** What {@code IFLA_LINKINFO} holds; {@code complete} when nothing in it went unmodeled. */
    private record LinkInfoParts(String kind, LinkInfo info, boolean complete) {}

    private static LinkInfoParts linkInfo(Attributes li) {
        String kind = null;
        Attributes data = null;
        boolean other = false;
        while (li.next()) {
            switch (li.type()) {
                case IFLA_INFO_KIND -> kind = li.string();
                case IFLA_INFO_DATA -> data = li.nested();
                default -> other = true;
            }
        }
        if (kind == null || data == null) {
            return new LinkInfoParts(kind, null, !other && data == null);
        }
        boolean[] complete = {!other};
        LinkInfo info = info(kind, data, complete);
        return new LinkInfoParts(kind, info, complete[0] && info != null);
    }

    /** {@code complete[0]} is cleared when {@code d} holds an attribute the record does not model. */
    private static LinkInfo info(String kind, Attributes d, boolean[] complete) {
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
                        default -> complete[0] = false;
                    }
                }
                yield new LinkInfo.BridgeInfo(stp, fd, vlanFiltering, ageing);
            }
            case "vlan" -> {
                int id = 0;
                VlanProtocol protocol = VlanProtocol.IEEE_802_1Q;
                while (d.next()) {
                    switch (d.type()) {
                        case IFLA_VLAN_ID -> id = d.u16();
                        case IFLA_VLAN_PROTOCOL -> protocol = VlanProtocol.fromCode(d.u16be()).orElse(null);
                        default -> complete[0] = false;
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
                        case IFLA_VXLAN_LOCAL, IFLA_VXLAN_LOCAL6 -> local = nonZero(d.address());
                        case IFLA_VXLAN_GROUP, IFLA_VXLAN_GROUP6 -> dst = nonZero(d.address());
                        default -> complete[0] = false;
                    }
                }
                boolean mcast = dst != null && dst.isMulticastAddress();
                yield new LinkInfo.VxlanInfo(vni, local, mcast ? null : dst, mcast ? dst : null, port, null, dev);
            }
            case "macvlan" -> {
                MacvlanMode mode = MacvlanMode.VEPA;
                while (d.next()) {
                    if (d.type() == IFLA_MACVLAN_MODE) {
                        mode = MacvlanMode.fromCode(d.u32()).orElse(null);
                    } else {
                        complete[0] = false;
                    }
                }
                yield new LinkInfo.MacvlanInfo(mode);
            }
            default -> null;
        };
    }

    /** The kernel reports an unset vxlan address as all zeros; that is "none". */
    private static InetAddress nonZero(InetAddress a) {
        for (byte b : a.getAddress()) {
            if (b != 0) {
                return a;
            }
        }
        return null;
    }

    private static LinkStats stats(Payload s) {
        return new LinkStats(s.u64(0), s.u64(8), s.u64(16), s.u64(24), s.u64(32), s.u64(40), s.u64(48), s.u64(56));
    }

    /**
     * {@code l} with its master, link (unless it lives in another namespace) and vxlan device
     * named by {@code names} (which answers {@code null} for an index it cannot name).
     */
    static Link named(Link l, IntFunction<String> names) {
        String master = l.masterIndex() == 0 ? null : names.apply(l.masterIndex());
        String link = l.linkIndex() == 0 || l.linkNetnsId() >= 0 ? null : names.apply(l.linkIndex());
        LinkInfo info = l.info();
        if (info instanceof LinkInfo.VxlanInfo x && x.deviceIndex() != 0) {
            info = new LinkInfo.VxlanInfo(x.vni(), x.local(), x.remote(), x.group(), x.port(),
                    names.apply(x.deviceIndex()), x.deviceIndex());
        }
        return new Link(l.index(), l.name(), l.kind(), l.flags(), l.operState(), l.mtu(), l.mac(), master,
                l.masterIndex(), link, l.linkIndex(), l.linkNetnsId(), l.group(), l.alias(), l.txQueues(),
                l.rxQueues(), l.stats(), info, l.unknown());
    }
}
