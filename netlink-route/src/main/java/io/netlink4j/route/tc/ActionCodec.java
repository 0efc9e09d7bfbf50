package io.netlink4j.route.tc;

import static io.netlink4j.route.uapi.PktClsH.*;
import static io.netlink4j.route.uapi.TcActH.TCA_GACT_PARMS;
import static io.netlink4j.route.uapi.TcActH.TCA_GACT_PROB;
import static io.netlink4j.route.uapi.TcActH.TCA_MIRRED_PARMS;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.message.Payload;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * A filter's actions as tc/m_action.c nests them — one attribute per action numbered from 1,
 * holding {@code TCA_ACT_KIND} and {@code TCA_ACT_OPTIONS} — with the mirred, gact and police
 * options of m_mirred.c, m_gact.c and m_police.c; and their reading back, with counters.
 */
final class ActionCodec {
    private ActionCodec() {}

    /** An action and its counters ({@code TCA_ACT_STATS}). */
    record Read(TcAction action, TcStats stats) {}

    /** {@code sizeof(struct tc_police)}. */
    private static final int POLICE_LEN = 56;

    static void write(MessageWriter w, int type, List<TcAction> actions, Psched clock, ToIntFunction<String> devIndex) {
        int outer = w.beginNestedPlain(type);
        int prio = 0;
        for (TcAction a : actions) {
            int one = w.beginNestedPlain(++prio);
            w.putString(TCA_ACT_KIND, a.kind());
            // tc opens the options with NLA_F_NESTED here, unlike its other nests.
            int options = w.beginNested(TCA_ACT_OPTIONS);
            switch (a) {
                case Gact g -> {
                    int p = w.beginNestedPlain(TCA_GACT_PARMS);
                    tcGen(w, g.control().code());
                    w.endNested(p);
                }
                case Mirred m -> {
                    int ifindex = devIndex.applyAsInt(m.dev());
                    int p = w.beginNestedPlain(TCA_MIRRED_PARMS);
                    tcGen(w, m.control().code());
                    w.u32(m.action().code()).u32(ifindex);
                    w.endNested(p);
                }
                case Police p -> writePolice(w, p, clock);
                case OtherAction o -> {
                    if (o.options() != null) {
                        w.bytes(o.options());
                    }
                }
            }
            w.endNested(options);
            w.endNested(one);
        }
        w.endNested(outer);
    }

    /** {@code struct tc_gen}: index, capab, action, refcnt, bindcnt. */
    private static void tcGen(MessageWriter w, int action) {
        w.u32(0).u32(0).u32(action).u32(0).u32(0);
    }

    /** {@code struct tc_police}, then the rate table from tc_calc_rtable_64 and the conform result when not pass. */
    private static void writePolice(MessageWriter w, Police p, Psched clock) {
        long rate64 = p.rate().bytesPerSecond();
        RateTable rtab = RateTable.compute(clock, rate64, rate64, -1, 0, 0);
        int tbf = w.beginNestedPlain(TCA_POLICE_TBF);
        // index, action (exceed), limit, burst (ticks), mtu, rate, peakrate, refcnt, bindcnt, capab.
        w.u32(0).u32(p.exceed().code()).u32(0).u32((int) clock.xmittime(rate64, p.burst())).u32(0);
        rtab.writeSpec(w);
        RateTable.writeZeroSpec(w);
        w.u32(0).u32(0).u32(0);
        w.endNested(tbf);
        rtab.writeTable(w, TCA_POLICE_RATE);
        if (rate64 >= 1L << 32) {
            w.putU64(TCA_POLICE_RATE64, rate64);
        }
        if (p.conform() != ActionControl.PASS) {
            w.putU32(TCA_POLICE_RESULT, p.conform().code());
        }
    }

    /** The actions of a {@code TCA_*_ACT} attribute, in order. */
    static List<Read> read(Attributes a, IntFunction<String> names, Psched clock) {
        List<Read> out = new ArrayList<>();
        while (a.next()) {
            String kind = null;
            Payload options = null;
            Attributes optionAttrs = null;
            TcStats stats = TcStats.NONE;
            Attributes one = a.nested();
            while (one.next()) {
                switch (one.type()) {
                    case TCA_ACT_KIND -> kind = one.string();
                    case TCA_ACT_OPTIONS -> {
                        options = one.payload();
                        optionAttrs = one.nested();
                    }
                    case TCA_ACT_STATS -> stats = StatsCodec.read(one.nested()).counters();
                    default -> { }
                }
            }
            if (kind == null) {
                throw new io.netlink4j.core.ProtocolException("action " + a.type() + " without TCA_ACT_KIND");
            }
            out.add(new Read(action(kind, options, optionAttrs, names, clock), stats));
        }
        return out;
    }

    private static TcAction action(String kind, Payload raw, Attributes a, IntFunction<String> names, Psched clock) {
        TcAction known = switch (kind) {
            case "gact" -> a == null ? null : gact(a);
            case "mirred" -> a == null ? null : mirred(a, names);
            case "police" -> a == null ? null : police(a, clock);
            default -> null;
        };
        return known != null ? known : new OtherAction(kind, raw == null ? null : raw.bytes());
    }

    private static Gact gact(Attributes a) {
        Integer code = null;
        while (a.next()) {
            if (a.type() == TCA_GACT_PARMS) {
                code = a.payload().u32(8);
            } else if (a.type() == TCA_GACT_PROB) {
                return null; // a random verdict: not modelled
            }
        }
        return code == null ? null : ActionControl.fromCode(code).map(Gact::new).orElse(null);
    }

    private static Mirred mirred(Attributes a, IntFunction<String> names) {
        while (a.next()) {
            if (a.type() == TCA_MIRRED_PARMS) {
                Payload p = a.payload();
                int eaction = p.u32(20);
                int ifindex = p.u32(24);
                return MirredAction.fromCode(eaction).map(m -> new Mirred(m, names.apply(ifindex))).orElse(null);
            }
        }
        return null;
    }

    private static Police police(Attributes a, Psched clock) {
        Payload tbf = null;
        long rate64 = 0;
        int result = 0;
        while (a.next()) {
            switch (a.type()) {
                case TCA_POLICE_TBF -> tbf = a.payload();
                case TCA_POLICE_RATE64 -> rate64 = a.u64();
                case TCA_POLICE_RESULT -> result = a.u32();
                default -> { }
            }
        }
        if (tbf == null || tbf.length() < POLICE_LEN) {
            return null;
        }
        if (rate64 == 0) {
            rate64 = Integer.toUnsignedLong(tbf.u32(28));
        }
        var exceed = ActionControl.fromCode(tbf.u32(4));
        var conform = ActionControl.fromCode(result);
        if (rate64 == 0 || exceed.isEmpty() || conform.isEmpty()) {
            return null; // an average-rate or packet-rate policer, or a goto verdict: not modelled
        }
        long burst = ShaperCodec.roundestSize(clock, rate64, Integer.toUnsignedLong(tbf.u32(12)));
        return new Police(new Rate(rate64), Math.max(1, burst), exceed.get(), conform.get());
    }
}
