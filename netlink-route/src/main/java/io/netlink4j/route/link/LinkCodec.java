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
            case Bridge b -> bridge(w, b, false);
            case Vlan v -> vlan(w, v);
            case Vxlan x -> vxlan(w, x, parentIndex, false);
            case Macvlan m -> macvlan(w, m);
        }
        w.endNested(linkinfo);
    }

    /**
     * Writes the body of {@code RTM_NEWLINK} changing the link at {@code index} as {@code ip link set
     * NAME [up] [mtu] [address] [group] [master] type KIND ...} does: the device by index (no
     * {@code IFLA_IFNAME}), then what the spec sets and nothing else. Only bridge, vxlan and
     * macvlan specs come here ({@link LinkChange} refuses the others).
     *
     * @param masterIndex the index of {@code options().master()}, or 0
     * @param deviceIndex the index of a vxlan's {@code device()}, or 0
     */
    static void writeChange(MessageWriter w, LinkSpec spec, int index, int masterIndex, int deviceIndex) {
        LinkOptions o = spec.options();
        header(w, index, o.up());
        common(w, o, masterIndex);
        int linkinfo = w.beginNestedPlain(IFLA_LINKINFO);
        w.putBytes(IFLA_INFO_KIND, kindBytes(spec.kind()));
        switch (spec) {
            case Bridge b -> bridge(w, b, true);
            case Vxlan x -> vxlan(w, x, deviceIndex, true);
            case Macvlan m -> macvlan(w, m);
            case Veth v -> throw new IllegalArgumentException("veth " + v.name() + " cannot be changed in place");
            case Vlan v -> throw new IllegalArgumentException("vlan " + v.name() + " cannot be changed in place");
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
     * {@code IFLA_INFO_DATA} of a bridge, in the order of {@code ip link add|set ... type bridge
     * stp_state forward_delay hello_time max_age ageing_time priority vlan_filtering mcast_snooping
     * vlan_protocol} (ip sends them as typed); none at all when the spec sets none, as ip sends
     * none for {@code type bridge} alone.
     */
    private static void bridge(MessageWriter w, Bridge b, boolean change) {
        // At creation vlan_filtering is sent only to turn it on: kernels without
        // CONFIG_BRIDGE_VLAN_FILTERING refuse the attribute. A change sends what the caller asked.
        boolean vlanFiltering = change ? b.vlanFiltering() != null : Boolean.TRUE.equals(b.vlanFiltering());
        if (b.stp() == null && b.forwardDelay() == null && b.helloTime() == null && b.maxAge() == null
                && b.ageingTime() == null && b.priority() == null && !vlanFiltering
                && b.multicastSnooping() == null && b.vlanProtocol() == null) {
            return;
        }
        int data = w.beginNestedPlain(IFLA_INFO_DATA);
        if (b.stp() != null) {
            w.putU32(IFLA_BR_STP_STATE, b.stp() ? 1 : 0);
        }
        timer(w, IFLA_BR_FORWARD_DELAY, b.forwardDelay());
        timer(w, IFLA_BR_HELLO_TIME, b.helloTime());
        timer(w, IFLA_BR_MAX_AGE, b.maxAge());
        timer(w, IFLA_BR_AGEING_TIME, b.ageingTime());
        if (b.priority() != null) {
            w.putU16(IFLA_BR_PRIORITY, b.priority());
        }
        if (vlanFiltering) {
            w.putU8(IFLA_BR_VLAN_FILTERING, b.vlanFiltering() ? 1 : 0);
        }
        if (b.multicastSnooping() != null) {
            w.putU8(IFLA_BR_MCAST_SNOOPING, b.multicastSnooping() ? 1 : 0);
        }
        if (b.vlanProtocol() != null) {
            w.putU16be(IFLA_BR_VLAN_PROTOCOL, b.vlanProtocol().code());
        }
        w.endNested(data);
    }

    private static void timer(MessageWriter w, int type, Duration d) {
        if (d != null) {
            w.putU32(type, centis(d));
        }
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
     * {@code IFLA_INFO_DATA} of a VXLAN in the order {@code ip link add|set ... type vxlan} sends it:
     * ttl, l2miss, l3miss and dev as met on its command line (here in that order), then id,
     * local, remote/group, learning and dstport, which it adds last. At creation learning and the
     * port are always stated, as ip states them; a change sends learning only when set, and
     * never a port (the kernel cannot change it).
     */
    private static void vxlan(MessageWriter w, Vxlan x, int deviceIndex, boolean change) {
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
        if (change) {
            if (x.learning() != null) {
                w.putU8(IFLA_VXLAN_LEARNING, x.learning() ? 1 : 0);
            }
        } else {
            // iproute2 states learning on creation, on (the kernel's default for a new device) or off.
            w.putU8(IFLA_VXLAN_LEARNING, x.learning() == null || x.learning() ? 1 : 0);
            w.putU16be(IFLA_VXLAN_PORT, x.port() != null ? x.port() : Vxlan.IANA_PORT);
        }
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

    /**
     * What {@code IFLA_LINKINFO} holds; {@code complete} when it holds only the kind and the data a
     * {@link LinkInfo} keeps (a port's {@code IFLA_INFO_SLAVE_*}, or data of a kind not modeled, is not).
     */
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
        LinkInfo info = info(kind, data);
        return new LinkInfoParts(kind, info, !other && info != null);
    }

    /** The settings of {@code kind} from its {@code IFLA_INFO_DATA}; {@code null} for kinds not modeled. */
    private static LinkInfo info(String kind, Attributes d) {
        List<RawAttribute> unknown = new ArrayList<>();
        return switch (kind) {
            case "bridge" -> bridgeInfo(d, unknown);
            case "vlan" -> {
                int id = 0;
                VlanProtocol protocol = VlanProtocol.IEEE_802_1Q;
                while (d.next()) {
                    switch (d.type()) {
                        case IFLA_VLAN_ID -> id = d.u16();
                        case IFLA_VLAN_PROTOCOL -> protocol = VlanProtocol.fromCode(d.u16be()).orElse(null);
                        default -> unknown.add(d.raw());
                    }
                }
                yield new LinkInfo.VlanInfo(id, protocol, unknown);
            }
            case "vxlan" -> vxlanInfo(d, unknown);
            case "macvlan" -> {
                MacvlanMode mode = MacvlanMode.VEPA;
                while (d.next()) {
                    if (d.type() == IFLA_MACVLAN_MODE) {
                        mode = MacvlanMode.fromCode(d.u32()).orElse(null);
                    } else {
                        unknown.add(d.raw());
                    }
                }
                yield new LinkInfo.MacvlanInfo(mode, unknown);
            }
            default -> null;
        };
    }

    private static LinkInfo.BridgeInfo bridgeInfo(Attributes d, List<RawAttribute> unknown) {
        boolean stp = false;
        boolean vlanFiltering = false;
        boolean snooping = false;
        int priority = 0;
        VlanProtocol vlanProtocol = null;
        Duration fd = Duration.ZERO;
        Duration hello = Duration.ZERO;
        Duration maxAge = Duration.ZERO;
        Duration ageing = Duration.ZERO;
        while (d.next()) {
            switch (d.type()) {
                case IFLA_BR_STP_STATE -> stp = d.u32() != 0;
                case IFLA_BR_FORWARD_DELAY -> fd = fromCentis(d.u32());
                case IFLA_BR_HELLO_TIME -> hello = fromCentis(d.u32());
                case IFLA_BR_MAX_AGE -> maxAge = fromCentis(d.u32());
                case IFLA_BR_AGEING_TIME -> ageing = fromCentis(d.u32());
                case IFLA_BR_PRIORITY -> priority = d.u16();
                case IFLA_BR_VLAN_FILTERING -> vlanFiltering = d.u8() != 0;
                case IFLA_BR_VLAN_PROTOCOL -> vlanProtocol = VlanProtocol.fromCode(d.u16be()).orElse(null);
                case IFLA_BR_MCAST_SNOOPING -> snooping = d.u8() != 0;
                default -> unknown.add(d.raw());
            }
        }
        return new LinkInfo.BridgeInfo(stp, fd, hello, maxAge, ageing, priority, vlanFiltering, vlanProtocol,
                snooping, unknown);
    }

    private static LinkInfo.VxlanInfo vxlanInfo(Attributes d, List<RawAttribute> unknown) {
        int vni = 0;
        int port = 0;
        int dev = 0;
        int ttl = 0;
        boolean learning = false;
        boolean l2miss = false;
        boolean l3miss = false;
        InetAddress local = null;
        InetAddress dst = null;
        while (d.next()) {
            switch (d.type()) {
                case IFLA_VXLAN_ID -> vni = d.u32();
                case IFLA_VXLAN_PORT -> port = d.u16be();
                case IFLA_VXLAN_LINK -> dev = d.u32();
                case IFLA_VXLAN_LOCAL, IFLA_VXLAN_LOCAL6 -> local = nonZero(d.address());
                case IFLA_VXLAN_GROUP, IFLA_VXLAN_GROUP6 -> dst = nonZero(d.address());
                case IFLA_VXLAN_LEARNING -> learning = d.u8() != 0;
                case IFLA_VXLAN_TTL -> ttl = d.u8();
                case IFLA_VXLAN_L2MISS -> l2miss = d.u8() != 0;
                case IFLA_VXLAN_L3MISS -> l3miss = d.u8() != 0;
                default -> unknown.add(d.raw());
            }
        }
        boolean mcast = dst != null && dst.isMulticastAddress();
        return new LinkInfo.VxlanInfo(vni, local, mcast ? null : dst, mcast ? dst : null, port, null, dev, learning,
                ttl, l2miss, l3miss, unknown);
    }

    /** The kernel reports an unset vxlan address as all zeros; that is "none". */
    private static InetAddress nonZero(InetAddress a) {
        return a.isAnyLocalAddress() ? null : a;
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
                    names.apply(x.deviceIndex()), x.deviceIndex(), x.learning(), x.ttl(), x.l2miss(), x.l3miss(),
                    x.unknown());
        }
        return new Link(l.index(), l.name(), l.kind(), l.flags(), l.operState(), l.mtu(), l.mac(), master,
                l.masterIndex(), link, l.linkIndex(), l.linkNetnsId(), l.group(), l.alias(), l.txQueues(),
                l.rxQueues(), l.stats(), info, l.unknown());
    }
}
