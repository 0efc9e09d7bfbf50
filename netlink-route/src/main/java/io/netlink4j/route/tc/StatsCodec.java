package io.netlink4j.route.tc;

import static io.netlink4j.route.uapi.GenStatsH.*;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.Payload;

/** Reads {@code TCA_STATS2} ({@code <linux/gen_stats.h>}) into {@link TcStats}, and htb's application statistics. */
final class StatsCodec {
    private StatsCodec() {}

    /** What one {@code TCA_STATS2} holds: the counters and the kind-specific {@code TCA_STATS_APP} payload. */
    record Stats(TcStats counters, byte[] app) {}

    static Stats read(Attributes a) {
        long bytes = 0;
        long packets = 0;
        long packets64 = -1;
        long qlen = 0;
        long backlog = 0;
        long drops = 0;
        long requeues = 0;
        long overlimits = 0;
        long bps = 0;
        long pps = 0;
        boolean rate64 = false;
        byte[] app = null;
        while (a.next()) {
            switch (a.type()) {
                case TCA_STATS_BASIC -> {
                    // struct gnet_stats_basic: __u64 bytes; __u32 packets (packed to 12 bytes, padded to 16).
                    Payload p = a.payload();
                    bytes = p.u64(0);
                    packets = Integer.toUnsignedLong(p.u32(8));
                }
                case TCA_STATS_PKT64 -> packets64 = a.u64();
                case TCA_STATS_QUEUE -> {
                    // struct gnet_stats_queue: qlen, backlog, drops, requeues, overlimits (u32 each).
                    Payload p = a.payload();
                    qlen = Integer.toUnsignedLong(p.u32(0));
                    backlog = Integer.toUnsignedLong(p.u32(4));
                    drops = Integer.toUnsignedLong(p.u32(8));
                    requeues = Integer.toUnsignedLong(p.u32(12));
                    overlimits = Integer.toUnsignedLong(p.u32(16));
                }
                case TCA_STATS_RATE_EST -> {
                    if (!rate64) {
                        Payload p = a.payload();
                        bps = Integer.toUnsignedLong(p.u32(0));
                        pps = Integer.toUnsignedLong(p.u32(4));
                    }
                }
                case TCA_STATS_RATE_EST64 -> {
                    Payload p = a.payload();
                    bps = p.u64(0);
                    pps = p.u64(8);
                    rate64 = true;
                }
                case TCA_STATS_APP -> app = a.bytes();
                default -> { }
            }
        }
        return new Stats(new TcStats(bytes, packets64 >= 0 ? packets64 : packets, drops, overlimits, requeues, backlog,
                qlen, bps, pps), app);
    }

    /** {@code struct tc_htb_xstats}: lends, borrows, giants (u32), tokens, ctokens (s32); {@code null} if too short. */
    static HtbClassStats htb(byte[] app) {
        if (app == null || app.length < 20) {
            return null;
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(app).order(java.nio.ByteOrder.nativeOrder());
        return new HtbClassStats(Integer.toUnsignedLong(b.getInt(0)), Integer.toUnsignedLong(b.getInt(4)),
                Integer.toUnsignedLong(b.getInt(8)), b.getInt(12), b.getInt(16));
    }
}
