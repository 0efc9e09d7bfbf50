package io.netlink4j.route.neighbour;

import static io.netlink4j.core.uapi.Netlink.NLM_F_CREATE;
import static io.netlink4j.core.uapi.Netlink.NLM_F_EXCL;
import static io.netlink4j.core.uapi.Netlink.NLM_F_REPLACE;
import static io.netlink4j.route.uapi.RtnetlinkH.*;

import io.netlink4j.core.message.RawAttribute;
import io.netlink4j.core.AddressFamily;
import io.netlink4j.core.MacAddress;
import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.socket.Request;
import io.netlink4j.route.internal.InetAddresses;
import io.netlink4j.route.internal.Structs;
import io.netlink4j.route.internal.Verb;
import io.netlink4j.route.route.RouteType;
import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.List;
import java.util.ArrayList;

/**
 * {@code RTM_NEWNEIGH}/{@code RTM_DELNEIGH}/{@code RTM_GETNEIGH} bodies laid out as {@code ip neigh}
 * 6.1 lays them out (its default state {@code permanent} included), and the parser.
 */
final class NeighbourCodec {
    private NeighbourCodec() {}

    /**
     * {@code ip neigh add} ({@code RTM_NEWNEIGH}, create and exclusive), {@code replace}
     * (create and replace) or {@code del} ({@code RTM_DELNEIGH}, named by its key).
     */
    static Request request(NeighbourSpec spec, int index, Verb verb) {
        return switch (verb) {
            case ADD -> Request.of(RTM_NEWNEIGH, NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWNEIGH", spec,
                    w -> write(w, spec, index, false));
            case REPLACE -> Request.of(RTM_NEWNEIGH, NLM_F_CREATE | NLM_F_REPLACE, "RTM_NEWNEIGH", spec,
                    w -> write(w, spec, index, false));
            case DELETE -> Request.of(RTM_DELNEIGH, 0, "RTM_DELNEIGH", key(spec), w -> write(w, spec, index, true));
        };
    }

    /** What {@code ip neigh del} names: {@code 10.0.0.7 dev veth0}. */
    static String key(NeighbourSpec spec) {
        return io.netlink4j.core.Cidr.format(spec.address()) + " dev " + spec.dev();
    }

    /** {@code ip neigh show}: a dump of {@code filter}'s family and the device {@code index} (0: all). */
    static Request dumpRequest(NeighbourFilter filter, int index) {
        return Request.of(RTM_GETNEIGH, 0, "RTM_GETNEIGH", filter.dev() == null ? null : "dev " + filter.dev(),
                w -> writeDump(w, filter.family(), index));
    }

    /**
     * {@code RTM_NEWNEIGH} ({@code lladdr} included) or {@code RTM_DELNEIGH} (address and device
     * only): {@code ndm_state} is the spec's state, else {@code NUD_PERMANENT}, as {@code ip neigh}
     * sends it for every command.
     */
    static void write(MessageWriter w, NeighbourSpec spec, int index, boolean delete) {
        int state = spec.state() != null ? spec.state().code() : NUD_PERMANENT;
        Structs.ndmsg(w, spec.family().code(), index, state, 0, 0);
        w.putAddress(NDA_DST, spec.address());
        if (!delete && spec.lladdr() != null) {
            w.putBytes(NDA_LLADDR, spec.lladdr().bytes());
        }
    }

    /** An {@code RTM_GETNEIGH} dump; strict checking wants the device in {@code NDA_IFINDEX}, not the header. */
    static void writeDump(MessageWriter w, AddressFamily family, int index) {
        Structs.ndmsg(w, family == null ? 0 : family.code(), 0, 0, 0, 0);
        if (index != 0) {
            w.putU32(NDA_IFINDEX, index);
        }
    }

    /** Parses {@code RTM_NEWNEIGH}/{@code RTM_DELNEIGH}; {@code null} for families other than IPv4/IPv6. */
    static Neighbour parse(Message m, IntFunction<String> names) {
        AddressFamily family = AddressFamily.fromCode(m.u8(0)).orElse(null);
        if (family == null) {
            return null;
        }
        int index = m.u32(4);
        int state = m.u16(8);
        int flags = m.u8(10);
        InetAddress dst = null;
        MacAddress lladdr = null;
        List<RawAttribute> unknown = new ArrayList<>();
        Attributes a = m.attributes(Structs.NDMSG_LEN);
        while (a.next()) {
            switch (a.type()) {
                case NDA_DST -> dst = InetAddresses.read(a, family);
                case NDA_LLADDR -> {
                    if (a.length() == 6) {
                        lladdr = MacAddress.of(a.bytes());
                    } else {
                        unknown.add(a.raw()); // not Ethernet (a tunnel's, InfiniBand's)
                    }
                }
                default -> unknown.add(a.raw());
            }
        }
        if (dst == null) {
            throw new ProtocolException("RTM_NEWNEIGH for index " + index + " has no NDA_DST");
        }
        return new Neighbour(family, dst, index == 0 ? null : names.apply(index), index, lladdr,
                NeighbourState.fromCode(state).orElse(null), NeighbourFlag.fromBits(flags),
                RouteType.fromCode(m.u8(11)).orElse(null), unknown);
    }

    /**
     * Writes {@code n} back as the kernel sends it ({@code RTM_NEWNEIGH} body): for tests that
     * parse a captured reply, emit it and compare, proving nothing is lost.
     */
    static void emit(MessageWriter w, Neighbour n) {
        int flags = 0;
        for (NeighbourFlag f : n.flags()) {
            flags |= f.code();
        }
        Structs.ndmsg(w, n.family().code(), n.index(), n.state() == null ? 0 : n.state().code(), flags,
                n.type() == null ? 0 : n.type().code());
        w.putAddress(NDA_DST, n.address());
        if (n.lladdr() != null) {
            w.putBytes(NDA_LLADDR, n.lladdr().bytes());
        }
        n.unknown().forEach(x -> w.putBytes(x.type(), x.value()));
    }
}
