package io.netlink4j.route.route;

import static io.netlink4j.core.uapi.SysConst.AF_INET;
import static io.netlink4j.core.uapi.SysConst.AF_INET6;
import static io.netlink4j.route.uapi.RtnetlinkH.*;

import io.netlink4j.core.Cidr;
import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.Payload;
import io.netlink4j.core.message.MessageWriter;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import io.netlink4j.route.internal.Structs;

/** {@code RTM_NEWROUTE}/{@code RTM_DELROUTE} bodies and the parser of {@code RTM_NEWROUTE} messages. */
final class RouteCodec {
    /** {@code struct rtnexthop}: len u16, flags u8, hops u8 (weight - 1), ifindex s32. */
    private static final int RTNEXTHOP_LEN = 8;

    private RouteCodec() {}

    /**
     * The body of a route request, laid out as {@code ip route} lays it out: table in
     * {@code rtm_table} when it fits a byte, else {@code RTA_TABLE}.
     *
     * @param oif       the output device's index, or 0
     * @param hopIndex  the output index of each next hop (0: none)
     * @param forDelete unset fields become wildcards
     */
    static void write(MessageWriter w, RouteSpec spec, int oif, int[] hopIndex, boolean forDelete) {
        Cidr dst = spec.destination();
        int table = spec.effectiveTable();
        boolean byteTable = table > 0 && table < 256;
        int flags = spec.isOnlink() ? RTNH_F_ONLINK : 0;
        Structs.rtmsg(w, spec.family(), dst == null ? 0 : dst.prefixLength(), 0, 0, byteTable ? table : RT_TABLE_UNSPEC,
                spec.effectiveProtocol(forDelete), spec.effectiveScope(forDelete).value(),
                spec.effectiveTypeValue(forDelete), flags);
        // Attribute order as iproute2 emits `ip route add DST via GW table N metric M src S dev D`.
        if (dst != null) {
            w.putAddress(RTA_DST, dst.address());
        }
        if (spec.gateway() != null) {
            w.putAddress(RTA_GATEWAY, spec.gateway());
        }
        if (!byteTable) {
            w.putU32(RTA_TABLE, table);
        }
        if (spec.metric() != null) {
            w.putU32(RTA_PRIORITY, spec.metric());
        }
        if (spec.source() != null) {
            w.putAddress(RTA_PREFSRC, spec.source());
        }
        if (oif != 0) {
            w.putU32(RTA_OIF, oif);
        }
        List<NextHop> hops = spec.nextHops();
        if (!hops.isEmpty()) {
            // RTA_MULTIPATH is not NLA_NESTED in the kernel's policy: no NLA_F_NESTED, as iproute2 sends it.
            int mp = w.beginNestedPlain(RTA_MULTIPATH);
            for (int i = 0; i < hops.size(); i++) {
                NextHop h = hops.get(i);
                int at = w.reserve(RTNEXTHOP_LEN);
                w.setU8(at + 2, h.flags());
                w.setU8(at + 3, h.weight() - 1);
                w.setU32(at + 4, hopIndex[i]);
                if (h.gateway() != null) {
                    w.putAddress(RTA_GATEWAY, h.gateway());
                }
                w.setU16(at, w.size() - at);
            }
            w.endNested(mp);
        }
    }

    /**
     * The body of an {@code RTM_GETROUTE} dump: under strict checking the kernel filters by
     * family and table ({@code RT_TABLE_UNSPEC}: all tables).
     */
    static void writeDump(MessageWriter w, int family, int table) {
        boolean byteTable = table >= 0 && table < 256;
        Structs.rtmsg(w, family, 0, 0, 0, byteTable ? table : RT_TABLE_UNSPEC, 0, 0, 0, 0);
        if (!byteTable) {
            w.putU32(RTA_TABLE, table);
        }
    }

    /** Parses an {@code RTM_NEWROUTE}/{@code RTM_DELROUTE} message; {@code null} for families other than IPv4/IPv6. */
    static Route parse(Message m) {
        int family = m.u8(0);
        if (family != AF_INET && family != AF_INET6) {
            return null;
        }
        int dstLen = m.u8(1);
        int table = m.u8(4);
        int protocol = m.u8(5);
        int scope = m.u8(6);
        int type = m.u8(7);
        int flags = m.u32(8);
        InetAddress dst = null;
        InetAddress gateway = null;
        InetAddress source = null;
        int oif = 0;
        int metric = 0;
        List<NextHop> hops = List.of();
        Attributes a = m.attributes(Structs.RTMSG_LEN);
        while (a.next()) {
            switch (a.type()) {
                case RTA_DST -> dst = a.address();
                case RTA_GATEWAY -> gateway = a.address();
                case RTA_PREFSRC -> source = a.address();
                case RTA_OIF -> oif = a.u32();
                case RTA_PRIORITY -> metric = a.u32();
                case RTA_TABLE -> table = a.u32();
                case RTA_MULTIPATH -> hops = nextHops(a.payload());
                default -> { }
            }
        }
        Cidr destination = dstLen == 0 ? null : new Cidr(dst != null ? dst : zero(family), dstLen);
        return new Route(family, destination, gateway, oif, table, metric, RouteScope.of(scope), protocol,
                RouteType.of(type), flags, hops, source);
    }

    private static List<NextHop> nextHops(Payload seg) {
        List<NextHop> out = new ArrayList<>();
        int off = 0;
        while (seg.length() - off >= RTNEXTHOP_LEN) {
            int len = seg.u16(off);
            if (len < RTNEXTHOP_LEN || len > seg.length() - off) {
                throw new ProtocolException("rtnexthop of " + len + " bytes at " + off + " in RTA_MULTIPATH of "
                        + seg.length());
            }
            int flags = seg.u8(off + 2);
            int weight = seg.u8(off + 3) + 1;
            int index = seg.u32(off + 4);
            InetAddress gw = null;
            Attributes a = seg.slice(off, len).attributes(RTNEXTHOP_LEN);
            while (a.next()) {
                if (a.type() == RTA_GATEWAY) {
                    gw = a.address();
                }
            }
            out.add(new NextHop(gw, null, index, weight, flags));
            off += (len + 3) & ~3;
        }
        return out;
    }

    private static InetAddress zero(int family) {
        try {
            return InetAddress.getByAddress(new byte[family == AF_INET ? 4 : 16]);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
