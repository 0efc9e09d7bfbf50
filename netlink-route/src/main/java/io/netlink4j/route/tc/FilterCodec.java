package io.netlink4j.route.tc;

import static io.netlink4j.route.uapi.PktClsH.*;
import static io.netlink4j.route.uapi.PktSchedH.TCA_CHAIN;
import static io.netlink4j.route.uapi.PktSchedH.TCA_KIND;
import static io.netlink4j.route.uapi.PktSchedH.TCA_OPTIONS;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_DELTFILTER;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_NEWTFILTER;

import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.message.RawAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * {@code RTM_NEWTFILTER}/{@code RTM_DELTFILTER}/{@code RTM_GETTFILTER} bodies as tc/tc_filter.c
 * builds them, the matchall, flower and bpf options of f_matchall.c, f_flower.c and f_bpf.c
 * (u32's are {@link U32Codec}'s), and the parser of filter messages.
 */
final class FilterCodec {
    private FilterCodec() {}

    /**
     * The body of an add/replace ({@code create}) or change: tcmsg with {@code info} = priority and
     * protocol (tc's default {@code all} when creating), {@code TCA_CHAIN} when given, {@code TCA_KIND}, options.
     */
    static void writeNew(MessageWriter w, int ifindex, FilterSpec s, boolean create, Psched clock,
                         ToIntFunction<String> devIndex) {
        int protocol = s.protocol() != null ? s.protocol().value() : create ? EtherType.ALL.value() : 0;
        TcMsg.write(w, ifindex, s.handle(), s.parent().value(), info(s.priority(), protocol));
        if (s.chain() != null) {
            w.putU32(TCA_CHAIN, s.chain());
        }
        w.putString(TCA_KIND, s.kind().kind());
        switch (s.kind()) {
            case U32 u -> U32Codec.write(w, u, clock, devIndex);
            case Matchall m -> {
                if (!m.classId().equals(TcHandle.UNSPEC) || !m.actions().isEmpty()) {
                    int o = w.beginNestedPlain(TCA_OPTIONS);
                    if (!m.classId().equals(TcHandle.UNSPEC)) {
                        w.putU32(TCA_MATCHALL_CLASSID, m.classId().value());
                    }
                    if (!m.actions().isEmpty()) {
                        ActionCodec.write(w, TCA_MATCHALL_ACT, m.actions(), clock, devIndex);
                    }
                    w.endNested(o);
                }
            }
            case Flower f -> FlowerCodec.write(w, f, protocol, clock, devIndex);
            case Bpf b -> {
                int o = w.beginNestedPlain(TCA_OPTIONS);
                if (!b.classId().equals(TcHandle.UNSPEC)) {
                    w.putU32(TCA_BPF_CLASSID, b.classId().value());
                }
                if (!b.actions().isEmpty()) {
                    ActionCodec.write(w, TCA_BPF_ACT, b.actions(), clock, devIndex);
                }
                w.putU32(TCA_BPF_FD, b.fd());
                if (b.name() != null) {
                    w.putString(TCA_BPF_NAME, b.name());
                }
                if (b.directAction()) {
                    w.putU32(TCA_BPF_FLAGS, TCA_BPF_FLAG_ACT_DIRECT);
                }
                w.endNested(o);
            }
            case OtherFilter o -> {
                if (o.options() != null) {
                    w.putBytes(TCA_OPTIONS, o.options());
                }
            }
        }
    }

    /** {@code tcm_info}: {@code TC_H_MAKE(prio << 16, htons(protocol))}. */
    static int info(int priority, int protocol) {
        return priority << 16 | Short.toUnsignedInt(Short.reverseBytes((short) protocol));
    }

    /** The body of a delete or get: the tcmsg, and the chain when the key gives one (tc sends no kind). */
    static void writeKey(MessageWriter w, int ifindex, FilterSpec key) {
        TcMsg.write(w, ifindex, key.handle(), key.parent().value(),
                info(key.priority(), key.protocol() == null ? 0 : key.protocol().value()));
        if (key.chain() != null) {
            w.putU32(TCA_CHAIN, key.chain());
        }
    }

    /** The body of a dump of one device's filters at {@code parent} (0: its root qdisc). */
    static void writeDump(MessageWriter w, int ifindex, TcHandle parent) {
        TcMsg.write(w, ifindex, 0, parent.value(), 0);
    }

    /**
     * Parses an {@code RTM_NEWTFILTER}/{@code RTM_DELTFILTER} message (or a request for one).
     *
     * @throws ProtocolException if the message is malformed
     */
    static Filter parse(Message m, IntFunction<String> names, Psched clock) {
        if (m.type() != RTM_NEWTFILTER && m.type() != RTM_DELTFILTER) {
            return null;
        }
        int ifindex = m.u32(TcMsg.IFINDEX);
        int handle = m.u32(TcMsg.HANDLE);
        TcHandle parent = new TcHandle(m.u32(TcMsg.PARENT));
        int info = m.u32(TcMsg.INFO);
        int priority = info >>> 16;
        EtherType protocol = new EtherType(Short.toUnsignedInt(Short.reverseBytes((short) info)));
        String kind = null;
        int chain = 0;
        List<RawAttribute> unknown = new ArrayList<>();
        Attributes a = m.attributes(TcMsg.LEN);
        while (a.next()) {
            switch (a.type()) {
                case TCA_KIND -> kind = a.string();
                case TCA_CHAIN -> chain = a.u32();
                case TCA_OPTIONS -> { }
                default -> unknown.add(a.raw());
            }
        }
        if (kind == null) {
            throw new ProtocolException("filter message for ifindex " + ifindex + " without TCA_KIND");
        }
        Options options = new Options(kind);
        Attributes b = m.attributes(TcMsg.LEN);
        while (b.next()) {
            if (b.type() == TCA_OPTIONS) {
                options.read(b, names, clock);
            }
        }
        return new Filter(names.apply(ifindex), parent, priority, protocol, handle, chain, options.kind(),
                options.stats, unknown, options.unknown);
    }

    /** What one filter's {@code TCA_OPTIONS} held: the kind, its actions' counters, and what was not modelled. */
    static final class Options {
        final String name;
        FilterKind kind;
        final List<TcStats> stats = new ArrayList<>();
        final List<RawAttribute> unknown = new ArrayList<>();

        Options(String name) {
            this.name = name;
        }

        void read(Attributes a, IntFunction<String> names, Psched clock) {
            try {
                kind = switch (name) {
                    case "u32" -> U32Codec.read(a.nested(), this, names, clock);
                    case "matchall" -> matchall(a.nested(), names, clock);
                    case "flower" -> FlowerCodec.read(a.nested(), this, names, clock);
                    case "bpf" -> bpf(a.nested(), names, clock);
                    default -> new OtherFilter(name, a.bytes());
                };
            } catch (Unmodelled e) {
                kind = new OtherFilter(name, a.bytes());
                stats.clear();
                unknown.clear();
            } catch (IllegalArgumentException e) {
                throw new ProtocolException(name + " filter options: " + e.getMessage());
            }
        }

        FilterKind kind() {
            if (kind != null) {
                return kind;
            }
            return switch (name) {
                case "u32" -> U32.of();
                case "matchall" -> Matchall.of();
                case "flower" -> Flower.of();
                default -> new OtherFilter(name, null);
            };
        }

        List<TcAction> actions(Attributes a, IntFunction<String> names, Psched clock) {
            List<TcAction> out = new ArrayList<>();
            for (ActionCodec.Read r : ActionCodec.read(a, names, clock)) {
                out.add(r.action());
                stats.add(r.stats());
            }
            return out;
        }

        private Matchall matchall(Attributes a, IntFunction<String> names, Psched clock) {
            Matchall m = Matchall.of();
            while (a.next()) {
                switch (a.type()) {
                    case TCA_MATCHALL_CLASSID -> m = m.withClassId(new TcHandle(a.u32()));
                    case TCA_MATCHALL_ACT -> m = new Matchall(m.classId(), actions(a.nested(), names, clock));
                    default -> unknown.add(a.raw());
                }
            }
            return m;
        }

        private Bpf bpf(Attributes a, IntFunction<String> names, Psched clock) {
            int fd = -1;
            String bpfName = null;
            boolean da = false;
            TcHandle classId = TcHandle.UNSPEC;
            List<TcAction> actions = List.of();
            int id = 0;
            while (a.next()) {
                switch (a.type()) {
                    case TCA_BPF_FD -> fd = a.u32();
                    case TCA_BPF_NAME -> bpfName = a.string();
                    case TCA_BPF_FLAGS -> {
                        int f = a.u32();
                        da = (f & TCA_BPF_FLAG_ACT_DIRECT) != 0;
                        if ((f & ~TCA_BPF_FLAG_ACT_DIRECT) != 0) {
                            unknown.add(a.raw());
                        }
                    }
                    case TCA_BPF_CLASSID -> classId = new TcHandle(a.u32());
                    case TCA_BPF_ACT -> actions = actions(a.nested(), names, clock);
                    case TCA_BPF_ID -> id = a.u32();
                    default -> unknown.add(a.raw());
                }
            }
            return new Bpf(Math.max(-1, fd), bpfName == null || bpfName.isEmpty() ? null : bpfName, da, classId, actions, id);
        }
    }

    /** Thrown inside option parsers for a valid setting this library does not model; the kind is kept raw. */
    static final class Unmodelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unmodelled(String what) {
            super(what, null, false, false);
        }
    }
}
