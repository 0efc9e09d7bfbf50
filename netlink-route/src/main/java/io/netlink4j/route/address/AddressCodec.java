package io.netlink4j.route.address;

import static io.netlink4j.core.uapi.Netlink.NLM_F_CREATE;
import static io.netlink4j.core.uapi.Netlink.NLM_F_EXCL;
import static io.netlink4j.core.uapi.Netlink.NLM_F_REPLACE;
import static io.netlink4j.route.uapi.IfAddrH.*;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_DELADDR;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_GETADDR;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_NEWADDR;

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
import io.netlink4j.route.route.RouteScope;
import java.net.InetAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.List;
import java.util.ArrayList;

/**
 * {@code RTM_NEWADDR}/{@code RTM_DELADDR}/{@code RTM_GETADDR} bodies laid out as {@code ip addr}
 * 6.1 lays them out, the policy {@code ip addr add} applies ({@code brd +}, the scope of
 * 127.0.0.0/8), and the parser of {@code RTM_NEWADDR}.
 */
final class AddressCodec {
    /** {@code struct ifa_cacheinfo}: ifa_prefered, ifa_valid, cstamp, tstamp (u32 each). */
    private static final int CACHEINFO_LEN = 16;

    private AddressCodec() {}

    /** {@code ip addr add} ({@code NLM_F_CREATE | NLM_F_EXCL}) or {@code ip addr replace} ({@code NLM_F_CREATE | NLM_F_REPLACE}). */
    static Request newRequest(AddressSpec spec, int index, boolean replace) {
        return Request.of(RTM_NEWADDR, NLM_F_CREATE | (replace ? NLM_F_REPLACE : NLM_F_EXCL), "RTM_NEWADDR", spec,
                w -> writeNew(w, spec, index));
    }

    /** {@code ip addr del}, named by its key: {@code RTM_DELADDR 10.0.0.1/24 dev veth0}. */
    static Request deleteRequest(AddressSpec spec, int index) {
        return Request.of(RTM_DELADDR, 0, "RTM_DELADDR", key(spec), w -> writeDelete(w, spec, index));
    }

    /** {@code ip addr show}: a dump of {@code filter}'s family and the device {@code index} (0: all). */
    static Request dumpRequest(AddressFilter filter, int index) {
        return Request.of(RTM_GETADDR, 0, "RTM_GETADDR", filter.dev() == null ? null : "dev " + filter.dev(),
                w -> writeDump(w, filter.family(), index));
    }

    /** What {@code ip addr del} names: {@code 10.0.0.1/24 dev veth0 [label L]}. */
    static String key(AddressSpec spec) {
        return spec.cidr() + " dev " + spec.dev() + (spec.label() != null ? " label " + spec.label() : "");
    }

    /**
     * {@code RTM_NEWADDR} for {@code ip addr add CIDR [brd B] [label L] [metric M] dev DEV [brd +] [FLAGS]}:
     * {@code IFA_LOCAL}, the options in that order, {@code IFA_FLAGS} only for flags above 8 bits,
     * {@code IFA_ADDRESS}, then the broadcast {@code brd +} computes.
     */
    static void writeNew(MessageWriter w, AddressSpec spec, int index) {
        Cidr c = spec.cidr();
        int flags = AddressFlag.toBits(spec.flags());
        Structs.ifaddrmsg(w, c.family().code(), c.prefixLength(), flags <= 0xff ? flags : 0, scope(spec), index);
        w.putAddress(IFA_LOCAL, c.address());
        if (spec.broadcast() != null) {
            w.putAddress(IFA_BROADCAST, spec.broadcast());
        }
        if (spec.label() != null) {
            w.putString(IFA_LABEL, spec.label());
        }
        if (spec.metric() != 0) {
            w.putU32(IFA_RT_PRIORITY, (int) spec.metric());
        }
        if (flags > 0xff) {
            w.putU32(IFA_FLAGS, flags);
        }
        w.putAddress(IFA_ADDRESS, c.address());
        InetAddress brd = autoBroadcast(spec);
        if (brd != null) {
            w.putAddress(IFA_BROADCAST, brd);
        }
    }

    /** The scope {@code ip addr add} sends: as given, else host for 127.0.0.0/8, else global. */
    static int scope(AddressSpec spec) {
        if (spec.scope() != null) {
            return spec.scope().code();
        }
        return spec.cidr().isIpv4() && spec.cidr().address().isLoopbackAddress()
                ? RouteScope.HOST.code() : RouteScope.UNIVERSE.code();
    }

    /** {@code brd +}: the address with host bits set; nothing for /31 and /32, as iproute2 computes it. */
    static InetAddress autoBroadcast(AddressSpec spec) {
        if (!spec.autoBroadcast() || spec.cidr().prefixLength() > 30) {
            return null;
        }
        byte[] b = spec.cidr().address().getAddress();
        for (int bit = spec.cidr().prefixLength(); bit < 32; bit++) {
            b[bit / 8] |= (byte) (0x80 >>> (bit % 8));
        }
        return InetAddresses.of(b);
    }

    /**
     * {@code RTM_DELADDR} for {@code ip addr del CIDR dev DEV [label L]}: the key fields only
     * (the kernel matches address, prefix length and label; broadcast, scope, metric and flags
     * of the spec are ignored, as {@code ip addr del} ignores them).
     */
    static void writeDelete(MessageWriter w, AddressSpec spec, int index) {
        Cidr c = spec.cidr();
        Structs.ifaddrmsg(w, c.family().code(), c.prefixLength(), 0, 0, index);
        w.putAddress(IFA_LOCAL, c.address());
        if (spec.label() != null) {
            w.putString(IFA_LABEL, spec.label());
        }
        w.putAddress(IFA_ADDRESS, c.address());
    }

    /** An {@code RTM_GETADDR} dump, filtered by the kernel (strict checking) by family and device index (0: all). */
    static void writeDump(MessageWriter w, AddressFamily family, int index) {
        Structs.ifaddrmsg(w, family == null ? 0 : family.code(), 0, 0, 0, index);
    }

    /** Parses {@code RTM_NEWADDR}/{@code RTM_DELADDR}; {@code null} for families other than IPv4/IPv6. */
    static Address parse(Message m, IntFunction<String> names) {
        AddressFamily family = AddressFamily.fromCode(m.u8(0)).orElse(null);
        if (family == null) {
            return null;
        }
        int prefix = m.u8(1);
        int flags = m.u8(2);
        int scope = m.u8(3);
        int index = m.u32(4);
        InetAddress address = null;
        InetAddress local = null;
        InetAddress broadcast = null;
        String label = null;
        long metric = 0;
        Duration valid = null;
        Duration preferred = null;
        List<RawAttribute> unknown = new ArrayList<>();
        Attributes a = m.attributes(Structs.IFADDRMSG_LEN);
        while (a.next()) {
            switch (a.type()) {
                case IFA_ADDRESS -> address = InetAddresses.read(a, family);
                case IFA_LOCAL -> local = InetAddresses.read(a, family);
                case IFA_BROADCAST -> broadcast = InetAddresses.read(a, AddressFamily.INET);
                case IFA_LABEL -> label = a.string();
                case IFA_FLAGS -> flags = a.u32();
                case IFA_RT_PRIORITY -> metric = Integer.toUnsignedLong(a.u32());
                case IFA_CACHEINFO -> {
                    if (a.length() < CACHEINFO_LEN) {
                        throw new ProtocolException("IFA_CACHEINFO of " + a.length() + " bytes, expected "
                                + CACHEINFO_LEN);
                    }
                    Payload ci = a.payload();
                    preferred = Duration.ofSeconds(Integer.toUnsignedLong(ci.u32(0)));
                    valid = Duration.ofSeconds(Integer.toUnsignedLong(ci.u32(4)));
                }
                default -> unknown.add(a.raw());
            }
        }
        InetAddress own = local != null ? local : address;
        if (own == null) {
            throw new ProtocolException("RTM_NEWADDR for index " + index + " has neither IFA_LOCAL nor IFA_ADDRESS");
        }
        if (prefix > family.maxPrefixLength()) {
            throw new ProtocolException("RTM_NEWADDR " + Cidr.format(own) + ": prefix length " + prefix
                    + " exceeds " + family.maxPrefixLength());
        }
        InetAddress peer = local != null && address != null && !address.equals(local) ? address : null;
        return new Address(family, new Cidr(own, prefix), peer, index == 0 ? null : names.apply(index), index, broadcast, label,
                RouteScope.fromCode(scope).orElse(null), AddressFlag.fromBits(flags, family), metric, valid,
                preferred, unknown);
    }

    /**
     * Writes {@code a} back as the kernel sends it ({@code RTM_NEWADDR} body): for tests that parse
     * a captured reply, emit it and compare, proving nothing is lost. Lifetimes go back with zero
     * time stamps (the captures zero them).
     */
    static void emit(MessageWriter w, Address a) {
        int flags = AddressFlag.toBits(a.flags());
        Structs.ifaddrmsg(w, a.family().code(), a.cidr().prefixLength(), flags & 0xff,
                a.scope() == null ? 0 : a.scope().code(), a.index());
        w.putAddress(IFA_ADDRESS, a.peer() != null ? a.peer() : a.cidr().address());
        if (a.family() == AddressFamily.INET || a.peer() != null) {
            w.putAddress(IFA_LOCAL, a.cidr().address());
        }
        if (a.broadcast() != null) {
            w.putAddress(IFA_BROADCAST, a.broadcast());
        }
        if (a.label() != null) {
            w.putString(IFA_LABEL, a.label());
        }
        w.putU32(IFA_FLAGS, flags);
        if (a.metric() != 0) {
            w.putU32(IFA_RT_PRIORITY, (int) a.metric());
        }
        if (a.validLifetime() != null) {
            int ci = w.beginNestedPlain(IFA_CACHEINFO); // a struct, not attributes: the writer only frames it
            w.u32((int) a.preferredLifetime().getSeconds()).u32((int) a.validLifetime().getSeconds()).u32(0).u32(0);
            w.endNested(ci);
        }
        a.unknown().forEach(x -> w.putBytes(x.type(), x.value()));
    }
}
