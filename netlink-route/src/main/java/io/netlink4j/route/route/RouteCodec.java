package io.netlink4j.route.route;

import static io.netlink4j.core.uapi.Netlink.NLM_F_CREATE;
import static io.netlink4j.core.uapi.Netlink.NLM_F_EXCL;
import static io.netlink4j.core.uapi.Netlink.NLM_F_REPLACE;
import static io.netlink4j.route.uapi.RtnetlinkH.*;

import io.netlink4j.core.message.RawAttribute;
import io.netlink4j.core.AddressFamily;
import io.netlink4j.core.Cidr;
import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.message.Payload;
import io.netlink4j.core.socket.Request;
import io.netlink4j.route.internal.InetAddresses;
import io.netlink4j.route.internal.Structs;
import io.netlink4j.route.internal.Verb;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * {@code RTM_NEWROUTE}/{@code RTM_DELROUTE}/{@code RTM_GETROUTE} bodies laid out as {@code ip route}
 * 6.1 lays them out, the defaults {@code ip route} applies (family, table, protocol, type, scope),
 * and the parser of {@code RTM_NEWROUTE}.
 */
final class RouteCodec {
    /** {@code struct rtnexthop}: len u16, flags u8, hops u8 (weight - 1), ifindex s32. */
    private static final int RTNEXTHOP_LEN = 8;

    private RouteCodec() {}

    /**
     * A route request: {@code RTM_NEWROUTE} with {@code NLM_F_CREATE} and {@code NLM_F_EXCL}
     * ({@code ip route add}) or {@code NLM_F_REPLACE} ({@code replace}), or {@code RTM_DELROUTE}.
     * The caller has refused a spec the kernel could not add ({@link #checkAddable}) before its
     * device lookups.
     */
    static Request request(RouteSpec spec, Verb verb, int oif, int[] hopIndex) {
        boolean delete = verb == Verb.DELETE;
        int flags = switch (verb) {
            case ADD -> NLM_F_CREATE | NLM_F_EXCL;
            case REPLACE -> NLM_F_CREATE | NLM_F_REPLACE;
            case DELETE -> 0;
        };
        return Request.of(delete ? RTM_DELROUTE : RTM_NEWROUTE, flags, delete ? "RTM_DELROUTE" : "RTM_NEWROUTE", spec,
                w -> write(w, spec, oif, hopIndex, delete));
    }

    /** {@code ip route show}: a dump of what {@code filter} selects, {@code oif} its device's index (0: any). */
    static Request dumpRequest(RouteFilter filter, int oif) {
        return Request.of(RTM_GETROUTE, 0, "RTM_GETROUTE", filter.table() == null ? "table all" : "table " + filter.table(),
                w -> writeDump(w, filter, oif));
    }

    /** {@code ip route get}, named {@code RTM_GETROUTE 10.1.2.3 from 10.0.0.1 iif veth-a} in errors. */
    static Request lookupRequest(RouteLookup lookup, int iif, int oif) {
        return Request.of(RTM_GETROUTE, 0, "RTM_GETROUTE", lookup, w -> writeLookup(w, lookup, iif, oif));
    }

    /**
     * Refuses a spec the kernel could not add: a unicast route needs a gateway, a device or next hops.
     *
     * @throws IllegalArgumentException naming the route
     */
    static void checkAddable(RouteSpec spec) {
        if ((spec.type() == null || spec.type() == RouteType.UNICAST) && spec.gateway() == null && spec.dev() == null
                && spec.nextHops().isEmpty()) {
            throw new IllegalArgumentException("route " + spec + " needs a gateway (via), a device (dev) or next hops");
        }
    }

    /**
     * The body of a route request in {@code ip route add [TYPE] DST [via G] [table T] [metric M]
     * [src S] [dev D] [onlink] [nexthop ...]}'s attribute order; the table goes in {@code rtm_table}
     * when it fits a byte, else in {@code RTA_TABLE}.
     *
     * @param oif      the output device's index, or 0
     * @param hopIndex each next hop's device index (0: none)
     * @param delete   for {@code RTM_DELROUTE}: unset protocol, type and scope match anything
     */
    static void write(MessageWriter w, RouteSpec spec, int oif, int[] hopIndex, boolean delete) {
        AddressFamily family = spec.family() == null ? AddressFamily.INET : spec.family();
        long table = table(spec).id();
        boolean byteTable = table < 256;
        Structs.rtmsg(w, family.code(), spec.destination() == null ? 0 : spec.destination().prefixLength(), 0, 0,
                byteTable ? (int) table : RT_TABLE_UNSPEC, protocol(spec, delete), scope(spec, family, delete),
                spec.type() != null ? spec.type().code() : delete ? RTN_UNSPEC : RTN_UNICAST,
                spec.onlink() ? RTNH_F_ONLINK : 0);
        if (spec.destination() != null) {
            w.putAddress(RTA_DST, spec.destination().address());
        }
        if (spec.gateway() != null) {
            w.putAddress(RTA_GATEWAY, spec.gateway());
        }
        if (!byteTable) {
            w.putU32(RTA_TABLE, (int) table);
        }
        if (spec.metric() != 0) {
            w.putU32(RTA_PRIORITY, (int) spec.metric());
        }
        if (spec.source() != null) {
            w.putAddress(RTA_PREFSRC, spec.source());
        }
        if (oif != 0) {
            w.putU32(RTA_OIF, oif);
        }
        writeHops(w, spec.nextHops(), i -> hopIndex[i], false);
    }

    /**
     * {@code RTA_MULTIPATH}, if there are {@code hops}: one {@code struct rtnexthop} each, its
     * device {@code index.applyAsInt(i)} for the i-th, its gateway, and with {@code unknown} the
     * attributes it was parsed with.
     */
    private static void writeHops(MessageWriter w, List<NextHop> hops, IntUnaryOperator index, boolean unknown) {
        if (hops.isEmpty()) {
            return;
        }
        // RTA_MULTIPATH is not NLA_NESTED in the kernel's policy: no NLA_F_NESTED, as iproute2 sends it.
        int mp = w.beginNestedPlain(RTA_MULTIPATH);
        for (int i = 0; i < hops.size(); i++) {
            NextHop h = hops.get(i);
            int at = w.reserve(RTNEXTHOP_LEN);
            w.setU8(at + 2, h.flags());
            w.setU8(at + 3, h.weight() - 1);
            w.setU32(at + 4, index.applyAsInt(i));
            if (h.gateway() != null) {
                w.putAddress(RTA_GATEWAY, h.gateway());
            }
            if (unknown) {
                h.unknown().forEach(x -> w.putBytes(x.type(), x.value()));
            }
            w.setU16(at, w.size() - at);
        }
        w.endNested(mp);
    }

    /** As given; else local for {@code local}, {@code broadcast}, {@code anycast} and {@code nat} routes, as ip; else main. */
    static RouteTable table(RouteSpec spec) {
        if (spec.table() != null) {
            return spec.table();
        }
        RouteType t = spec.type();
        return t == RouteType.LOCAL || t == RouteType.BROADCAST || t == RouteType.ANYCAST || t == RouteType.NAT
                ? RouteTable.LOCAL : RouteTable.MAIN;
    }

    private static int protocol(RouteSpec spec, boolean delete) {
        return spec.protocol() != null ? spec.protocol().code() : delete ? RTPROT_UNSPEC : RTPROT_BOOT;
    }

    /** The scope {@code ip route} sends when none is given (iproute.c, {@code iproute_modify}). */
    static int scope(RouteSpec spec, AddressFamily family, boolean delete) {
        if (spec.scope() != null) {
            return spec.scope().code();
        }
        if (family == AddressFamily.INET6) {
            return RT_SCOPE_UNIVERSE;
        }
        RouteType t = spec.type() != null ? spec.type() : delete ? RouteType.UNSPEC : RouteType.UNICAST;
        return switch (t) {
            case LOCAL, NAT -> RT_SCOPE_HOST;
            case BROADCAST, MULTICAST, ANYCAST -> RT_SCOPE_LINK;
            case UNICAST, UNSPEC -> delete ? RT_SCOPE_NOWHERE
                    : spec.gateway() == null && spec.nextHops().isEmpty() ? RT_SCOPE_LINK : RT_SCOPE_UNIVERSE;
            default -> RT_SCOPE_UNIVERSE;
        };
    }

    /**
     * An {@code RTM_GETROUTE} dump as {@code ip route show} sends it: the protocol and type in
     * the header, the table in {@code RTA_TABLE} (none: every table), the device in {@code RTA_OIF}.
     */
    static void writeDump(MessageWriter w, RouteFilter f, int oif) {
        Structs.rtmsg(w, f.family() == null ? 0 : f.family().code(), 0, 0, 0, RT_TABLE_UNSPEC,
                f.protocol() == null ? 0 : f.protocol().code(), 0, f.type() == null ? 0 : f.type().code(), 0);
        if (f.table() != null) {
            w.putU32(RTA_TABLE, f.table().code());
        }
        if (oif != 0) {
            w.putU32(RTA_OIF, oif);
        }
    }

    /**
     * An {@code RTM_GETROUTE} for one destination as {@code ip route get TO [from F] [mark M] [iif I] [oif O]}
     * 6.1 sends it: host prefixes, {@code RTM_F_LOOKUP_TABLE} (IPv4) so the answer names the table
     * that matched, the devices last.
     */
    static void writeLookup(MessageWriter w, RouteLookup l, int iif, int oif) {
        AddressFamily family = AddressFamily.of(l.to());
        int max = family.maxPrefixLength();
        // Only IPv4 takes RTM_F_LOOKUP_TABLE (IPv6 answers EINVAL, and names the table anyway): ip's rule too.
        Structs.rtmsg(w, family.code(), max, l.from() == null ? 0 : max, 0, RT_TABLE_UNSPEC, 0, 0, 0,
                (family == AddressFamily.INET ? RTM_F_LOOKUP_TABLE : 0) | (l.fibMatch() ? RTM_F_FIB_MATCH : 0));
        w.putAddress(RTA_DST, l.to());
        if (l.from() != null) {
            w.putAddress(RTA_SRC, l.from());
        }
        if (l.mark() != 0) {
            w.putU32(RTA_MARK, (int) l.mark());
        }
        if (iif != 0) {
            w.putU32(RTA_IIF, iif);
        }
        if (oif != 0) {
            w.putU32(RTA_OIF, oif);
        }
    }

    /**
     * Parses {@code RTM_NEWROUTE}/{@code RTM_DELROUTE}; {@code null} for families other than
     * IPv4/IPv6. Raw values are checked before any record is made, so malformed input is a
     * {@link ProtocolException}.
     */
    static Route parse(Message m, IntFunction<String> names) {
        AddressFamily family = AddressFamily.fromCode(m.u8(0)).orElse(null);
        if (family == null) {
            return null;
        }
        int dstLen = m.u8(1);
        int srcLen = m.u8(2);
        int tos = m.u8(3);
        long table = m.u8(4);
        int protocol = m.u8(5);
        int scope = m.u8(6);
        int type = m.u8(7);
        int flags = m.u32(8);
        if (dstLen > family.maxPrefixLength() || srcLen > family.maxPrefixLength()) {
            throw new ProtocolException("RTM_NEWROUTE: prefix length " + Math.max(dstLen, srcLen)
                    + " exceeds the " + family + " maximum " + family.maxPrefixLength());
        }
        InetAddress dst = null;
        InetAddress src = null;
        InetAddress gateway = null;
        InetAddress prefsrc = null;
        int oif = 0;
        int iif = 0;
        long metric = 0;
        long mark = 0;
        List<NextHop> hops = List.of();
        List<RawAttribute> unknown = new ArrayList<>();
        Attributes a = m.attributes(Structs.RTMSG_LEN);
        while (a.next()) {
            switch (a.type()) {
                case RTA_DST -> dst = InetAddresses.read(a, family);
                case RTA_SRC -> src = InetAddresses.read(a, family);
                case RTA_GATEWAY -> gateway = InetAddresses.read(a, family);
                case RTA_PREFSRC -> prefsrc = InetAddresses.read(a, family);
                case RTA_OIF -> oif = a.u32();
                case RTA_IIF -> iif = a.u32();
                case RTA_PRIORITY -> metric = Integer.toUnsignedLong(a.u32());
                case RTA_TABLE -> table = Integer.toUnsignedLong(a.u32());
                case RTA_MARK -> mark = Integer.toUnsignedLong(a.u32());
                case RTA_MULTIPATH -> hops = nextHops(a.payload(), family, names);
                default -> unknown.add(a.raw());
            }
        }
        Cidr destination = new Cidr(dst != null ? dst : InetAddresses.zero(family), dstLen);
        Cidr from = src == null && srcLen == 0 ? null : new Cidr(src != null ? src : InetAddresses.zero(family), srcLen);
        return new Route(family, RouteType.fromCode(type).orElse(null), destination, from, tos, gateway,
                name(names, oif), oif, table == 0 ? null : RouteTable.of(table), RouteProtocol.of(protocol),
                RouteScope.fromCode(scope).orElse(null), prefsrc, metric, flags, hops, name(names, iif), iif, mark,
                unknown);
    }

    private static String name(IntFunction<String> names, int index) {
        return index == 0 ? null : names.apply(index);
    }

    private static List<NextHop> nextHops(Payload seg, AddressFamily family, IntFunction<String> names) {
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
            List<RawAttribute> unknown = new ArrayList<>();
            Attributes a = seg.slice(off, len).attributes(RTNEXTHOP_LEN);
            while (a.next()) {
                if (a.type() == RTA_GATEWAY) {
                    gw = InetAddresses.read(a, family);
                } else {
                    unknown.add(a.raw());
                }
            }
            if (gw == null && index == 0) {
                throw new ProtocolException("rtnexthop at " + off + " in RTA_MULTIPATH has neither gateway nor device");
            }
            out.add(new NextHop(gw, name(names, index), index, weight, flags, unknown));
            off += (len + 3) & ~3;
        }
        return out;
    }

    /**
     * Writes {@code r} back as the kernel sends it ({@code RTM_NEWROUTE} body): for tests that
     * parse a captured reply, emit it and compare, proving nothing is lost.
     */
    static void emit(MessageWriter w, Route r) {
        long table = r.table() == null ? 0 : r.table().id();
        Structs.rtmsg(w, r.family().code(), r.destination().prefixLength(), r.from() == null ? 0 : r.from().prefixLength(),
                r.tos(), table < 256 ? (int) table : RT_TABLE_COMPAT, r.protocol().code(),
                r.scope() == null ? 0 : r.scope().code(), r.type() == null ? 0 : r.type().code(), r.flags());
        w.putU32(RTA_TABLE, (int) table);
        if (r.destination().prefixLength() > 0) {
            w.putAddress(RTA_DST, r.destination().address());
        }
        if (r.from() != null) {
            w.putAddress(RTA_SRC, r.from().address());
        }
        if (r.family() == AddressFamily.INET6 || r.metric() != 0) {
            w.putU32(RTA_PRIORITY, (int) r.metric());
        }
        if (r.source() != null) {
            w.putAddress(RTA_PREFSRC, r.source());
        }
        if (r.gateway() != null) {
            w.putAddress(RTA_GATEWAY, r.gateway());
        }
        if (r.index() != 0) {
            w.putU32(RTA_OIF, r.index());
        }
        if (r.iifIndex() != 0) {
            w.putU32(RTA_IIF, r.iifIndex());
        }
        if (r.mark() != 0) {
            w.putU32(RTA_MARK, (int) r.mark());
        }
        writeHops(w, r.nextHops(), i -> r.nextHops().get(i).index(), true);
        r.unknown().forEach(x -> w.putBytes(x.type(), x.value()));
    }
}
