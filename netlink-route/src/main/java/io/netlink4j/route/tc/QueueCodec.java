package io.netlink4j.route.tc;

import static io.netlink4j.route.uapi.PktSchedH.*;

import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.message.Payload;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The options of the queueing (not shaping) qdiscs, as tc/q_fifo.c, q_prio.c, q_sfq.c and q_fq_codel.c send them. */
final class QueueCodec {
    private QueueCodec() {}

    /** {@code sizeof(struct tc_sfq_qopt_v1)}. */
    private static final int SFQ_QOPT_V1_LEN = 72;
    /** {@code sizeof(struct tc_prio_qopt)}: int bands, __u8 priomap[16]. */
    private static final int PRIO_QOPT_LEN = 20;

    /** {@code struct tc_fifo_qopt} (the limit), sent only when a limit is given. */
    static void writeFifo(MessageWriter w, long limit) {
        if (limit != 0) {
            w.putU32(TCA_OPTIONS, (int) limit);
        }
    }

    static long readFifo(Payload p) {
        return Integer.toUnsignedLong(p.u32(0));
    }

    /** tc's {@code addattr_nest_compat}: the struct as TCA_OPTIONS' payload, then an empty nested TCA_OPTIONS. */
    static void writePrio(MessageWriter w, Prio p) {
        int start = w.beginNestedPlain(TCA_OPTIONS);
        w.u32(p.bands());
        for (int b : p.priomap()) {
            w.u8(b);
        }
        w.endNested(w.beginNestedPlain(TCA_OPTIONS));
        w.endNested(start);
    }

    static Prio readPrio(Payload p) {
        if (p.length() < PRIO_QOPT_LEN) {
            throw new ProtocolException("prio options of " + p.length() + " bytes, expected " + PRIO_QOPT_LEN);
        }
        int bands = p.u32(0);
        List<Integer> map = new ArrayList<>(16);
        for (int i = 0; i < 16; i++) {
            map.add(p.u8(4 + i));
            if (map.get(i) >= bands) {
                throw new ProtocolException("prio priomap entry " + map.get(i) + " outside " + bands + " bands");
            }
        }
        if (bands < 2 || bands > 16) {
            throw new ProtocolException("prio with " + bands + " bands");
        }
        return new Prio(bands, map);
    }

    /** {@code struct tc_sfq_qopt_v1}, sent only when an option is given. */
    static void writeSfq(MessageWriter w, Sfq s) {
        if (!s.hasOptions()) {
            return;
        }
        int start = w.beginNestedPlain(TCA_OPTIONS);
        w.u32((int) s.quantum()).u32(s.perturb()).u32((int) s.limit()).u32((int) s.divisor()).u32((int) s.flows())
                .u32((int) s.depth()).u32(s.headdrop() ? 1 : 0);
        w.reserve(SFQ_QOPT_V1_LEN - 28); // the RED part and its statistics, unused without RED
        w.endNested(start);
    }

    static Sfq readSfq(Payload p) {
        if (p.length() < 20) {
            throw new ProtocolException("sfq options of " + p.length() + " bytes, expected at least 20");
        }
        long limit = Integer.toUnsignedLong(p.u32(8));
        int perturb = p.u32(4);
        if (limit == 1 || perturb < 0) {
            throw new ProtocolException("sfq options with limit " + limit + " and perturb " + perturb);
        }
        long depth = p.length() >= 28 ? Integer.toUnsignedLong(p.u32(20)) : 0;
        boolean headdrop = p.length() >= 28 && p.u32(24) != 0;
        return new Sfq(perturb, Integer.toUnsignedLong(p.u32(0)), limit, Integer.toUnsignedLong(p.u32(12)),
                Integer.toUnsignedLong(p.u32(16)), depth, headdrop);
    }

    static void writeFqCodel(MessageWriter w, FqCodel f) {
        int start = w.beginNestedPlain(TCA_OPTIONS);
        if (f.limit() != 0) {
            w.putU32(TCA_FQ_CODEL_LIMIT, (int) f.limit());
        }
        if (f.flows() != 0) {
            w.putU32(TCA_FQ_CODEL_FLOWS, (int) f.flows());
        }
        if (f.quantum() != 0) {
            w.putU32(TCA_FQ_CODEL_QUANTUM, (int) f.quantum());
        }
        if (f.interval() != null) {
            w.putU32(TCA_FQ_CODEL_INTERVAL, (int) TcTime.micros(f.interval(), "interval"));
        }
        if (f.target() != null) {
            w.putU32(TCA_FQ_CODEL_TARGET, (int) TcTime.micros(f.target(), "target"));
        }
        if (f.ecn() != null) {
            w.putU32(TCA_FQ_CODEL_ECN, f.ecn() ? 1 : 0);
        }
        if (f.ceThreshold() != null) {
            w.putU32(TCA_FQ_CODEL_CE_THRESHOLD, (int) TcTime.micros(f.ceThreshold(), "ce_threshold"));
        }
        if (f.memoryLimit() >= 0) {
            w.putU32(TCA_FQ_CODEL_MEMORY_LIMIT, (int) f.memoryLimit());
        }
        if (f.dropBatch() != 0) {
            w.putU32(TCA_FQ_CODEL_DROP_BATCH_SIZE, (int) f.dropBatch());
        }
        w.endNested(start);
    }

    static FqCodel readFqCodel(Attributes a) {
        FqCodel f = FqCodel.of();
        while (a.next()) {
            long v = a.length() >= 4 ? Integer.toUnsignedLong(a.u32()) : 0;
            switch (a.type()) {
                case TCA_FQ_CODEL_LIMIT -> f = f.withLimit(v);
                case TCA_FQ_CODEL_FLOWS -> f = f.withFlows(v);
                case TCA_FQ_CODEL_QUANTUM -> f = f.withQuantum(v);
                case TCA_FQ_CODEL_INTERVAL -> f = f.withInterval(micros(v));
                case TCA_FQ_CODEL_TARGET -> f = f.withTarget(micros(v));
                case TCA_FQ_CODEL_ECN -> f = f.withEcn(v != 0);
                case TCA_FQ_CODEL_CE_THRESHOLD -> f = f.withCeThreshold(micros(v));
                case TCA_FQ_CODEL_MEMORY_LIMIT -> f = v == Size.MAX ? f : f.withMemoryLimit(v);
                case TCA_FQ_CODEL_DROP_BATCH_SIZE -> f = f.withDropBatch(v);
                default -> { }
            }
        }
        return f;
    }

    private static Duration micros(long us) {
        return Duration.ofNanos(us * 1000);
    }
}
