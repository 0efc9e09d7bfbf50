package io.netlink4j.route.tc;

import static io.netlink4j.route.uapi.PktSchedH.*;

import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.message.Payload;
import java.time.Duration;

/**
 * netem's options as tc/q_netem.c sends them: {@code struct tc_netem_qopt} as the payload of
 * {@code TCA_OPTIONS}, followed inside it by the correlation, reorder, corrupt and rate structs.
 */
final class NetemCodec {
    private NetemCodec() {}

    /** {@code struct tc_netem_qopt}: latency, limit, loss, gap, duplicate, jitter (u32 each). */
    private static final int QOPT_LEN = 24;

    static void writeNetem(MessageWriter w, Netem n, Psched clock) {
        int start = w.beginNestedPlain(TCA_OPTIONS);
        w.u32((int) clock.time2tick(TcTime.micros(n.delay(), "delay"))).u32((int) n.limit()).u32((int) n.loss().value())
                .u32((int) n.gap()).u32((int) n.duplicate().value())
                .u32((int) clock.time2tick(TcTime.micros(n.jitter(), "jitter")));
        // tc sends the correlations when one was given; here when one is not zero (tc 6.1 forgets the duplicate one).
        if (n.delayCorrelation().value() != 0 || n.lossCorrelation().value() != 0 || n.duplicateCorrelation().value() != 0
                || n.reorderCorrelation().value() != 0 || n.corruptCorrelation().value() != 0) {
            int corr = w.beginNestedPlain(TCA_NETEM_CORR);
            w.u32((int) n.delayCorrelation().value()).u32((int) n.lossCorrelation().value())
                    .u32((int) n.duplicateCorrelation().value());
            w.endNested(corr);
        }
        if (n.reorder().value() != 0) {
            pair(w, TCA_NETEM_REORDER, n.reorder(), n.reorderCorrelation());
        }
        if (n.ecn()) {
            w.putU32(TCA_NETEM_ECN, 1);
        }
        if (n.corrupt().value() != 0) {
            pair(w, TCA_NETEM_CORRUPT, n.corrupt(), n.corruptCorrelation());
        }
        if (n.rate() != null) {
            long rate64 = n.rate().bytesPerSecond();
            if (rate64 >= 1L << 32) {
                w.putU64(TCA_NETEM_RATE64, rate64);
            }
            // struct tc_netem_rate: rate, packet_overhead, cell_size, cell_overhead.
            int rate = w.beginNestedPlain(TCA_NETEM_RATE);
            w.u32((int) RateTable.rate32(rate64)).u32(0).u32(0).u32(0);
            w.endNested(rate);
        }
        w.endNested(start);
    }

    private static void pair(MessageWriter w, int type, Percent probability, Percent correlation) {
        int at = w.beginNestedPlain(type);
        w.u32((int) probability.value()).u32((int) correlation.value());
        w.endNested(at);
    }

    static Netem readNetem(Payload p, Psched clock) {
        if (p.length() < QOPT_LEN) {
            throw new ProtocolException("netem options of " + p.length() + " bytes, expected at least " + QOPT_LEN);
        }
        long delayUs = clock.tick2time(Integer.toUnsignedLong(p.u32(0)));
        long jitterUs = clock.tick2time(Integer.toUnsignedLong(p.u32(20)));
        long limit = Integer.toUnsignedLong(p.u32(4));
        Percent loss = pct(p.u32(8));
        long gap = Integer.toUnsignedLong(p.u32(12));
        Percent duplicate = pct(p.u32(16));
        Percent delayCorr = Percent.ZERO;
        Percent lossCorr = Percent.ZERO;
        Percent dupCorr = Percent.ZERO;
        Percent reorder = Percent.ZERO;
        Percent reorderCorr = Percent.ZERO;
        Percent corrupt = Percent.ZERO;
        Percent corruptCorr = Percent.ZERO;
        long rate64 = 0;
        long rate32 = 0;
        boolean ecn = false;
        Attributes a = p.attributes(QOPT_LEN);
        while (a.next()) {
            switch (a.type()) {
                case TCA_NETEM_CORR -> {
                    Payload c = a.payload();
                    delayCorr = pct(c.u32(0));
                    lossCorr = pct(c.u32(4));
                    dupCorr = pct(c.u32(8));
                }
                case TCA_NETEM_REORDER -> {
                    reorder = pct(a.payload().u32(0));
                    reorderCorr = pct(a.payload().u32(4));
                }
                case TCA_NETEM_CORRUPT -> {
                    corrupt = pct(a.payload().u32(0));
                    corruptCorr = pct(a.payload().u32(4));
                }
                case TCA_NETEM_RATE -> rate32 = Integer.toUnsignedLong(a.payload().u32(0));
                case TCA_NETEM_RATE64 -> rate64 = a.u64();
                case TCA_NETEM_ECN -> ecn = a.u32() != 0;
                case TCA_NETEM_LATENCY64 -> delayUs = a.u64() / 1000;
                case TCA_NETEM_JITTER64 -> jitterUs = a.u64() / 1000;
                default -> { }
            }
        }
        long rate = rate64 != 0 ? rate64 : rate32;
        return new Netem(limit, Duration.ofNanos(delayUs * 1000), Duration.ofNanos(jitterUs * 1000), delayCorr, loss,
                lossCorr, duplicate, dupCorr, reorder, reorderCorr, reorder.value() == 0 ? 0 : gap, // a gap means nothing without reordering
                corrupt, corruptCorr,
                rate == 0 ? null : new Rate(rate), ecn && loss.value() != 0);
    }

    private static Percent pct(int v) {
        return new Percent(Integer.toUnsignedLong(v));
    }
}
