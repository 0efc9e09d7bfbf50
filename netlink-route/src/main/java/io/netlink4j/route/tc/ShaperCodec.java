package io.netlink4j.route.tc;

import static io.netlink4j.route.uapi.PktSchedH.*;

import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.message.Payload;
import java.time.Duration;

/**
 * The options of the token-bucket shapers, tbf and htb, as tc/q_tbf.c and tc/q_htb.c build them
 * (rate tables, buffers in ticks, the queue limit from the latency), and their reading back from
 * a request or a kernel dump.
 */
final class ShaperCodec {
    private ShaperCodec() {}

    /** {@code struct tc_tbf_qopt}: rate and peakrate specs, limit, buffer, mtu. */
    private static final int TBF_QOPT_LEN = 36;
    /** {@code struct tc_htb_opt}: rate and ceil specs, buffer, cbuffer, quantum, level, prio. */
    private static final int HTB_OPT_LEN = 44;
    /** The MTU tc's htb builds its rate tables for. */
    private static final int HTB_MTU = 1600;

    // ---- tbf ----

    static void writeTbf(MessageWriter w, Tbf t, Psched clock) {
        long rate64 = t.rate().bytesPerSecond();
        long rate32 = RateTable.rate32(rate64);
        long limit = t.limit();
        if (t.latency() != null) {
            double lim = rate64 * (double) TcTime.micros(t.latency(), "latency") / 1000000 + t.burst();
            limit = ((long) lim) & 0xffffffffL;
        }
        RateTable rtab = RateTable.compute(clock, rate64, rate32, -1, 0, 0);
        int start = w.beginNestedPlain(TCA_OPTIONS);
        int parms = w.beginNestedPlain(TCA_TBF_PARMS);
        rtab.writeSpec(w);
        RateTable.writeZeroSpec(w);
        w.u32((int) limit).u32((int) clock.xmittime(rate32, t.burst())).u32(0);
        w.endNested(parms);
        w.putU32(TCA_TBF_BURST, (int) t.burst());
        if (rate64 >= 1L << 32) {
            w.putU64(TCA_TBF_RATE64, rate64);
        }
        rtab.writeTable(w, TCA_TBF_RTAB);
        w.endNested(start);
    }

    static Tbf readTbf(Attributes a, Psched clock) {
        Payload parms = null;
        long rate64 = 0;
        long burst = -1;
        while (a.next()) {
            switch (a.type()) {
                case TCA_TBF_PARMS -> parms = a.payload();
                case TCA_TBF_RATE64 -> rate64 = a.u64();
                case TCA_TBF_BURST -> burst = Integer.toUnsignedLong(a.u32());
                default -> { }
            }
        }
        if (parms == null || parms.length() < TBF_QOPT_LEN) {
            throw new ProtocolException("tbf options without a " + TBF_QOPT_LEN + "-byte TCA_TBF_PARMS");
        }
        if (rate64 == 0) {
            rate64 = Integer.toUnsignedLong(parms.u32(8));
        }
        long limit = Integer.toUnsignedLong(parms.u32(24));
        long buffer = Integer.toUnsignedLong(parms.u32(28));
        if (rate64 == 0) {
            throw new ProtocolException("tbf options with a rate of 0");
        }
        long rate32 = RateTable.rate32(rate64);
        if (burst < 0) {
            burst = roundestSize(clock, rate32, buffer);
        }
        Rate rate = new Rate(rate64);
        Duration latency = latency(rate64, burst, limit);
        if (burst < 1 || (latency == null && limit == 0)) {
            throw new ProtocolException("tbf options with burst " + burst + " and limit " + limit);
        }
        return latency != null ? new Tbf(rate, burst, latency, 0) : new Tbf(rate, burst, null, limit);
    }

    /**
     * The latency tc was given, if the limit is what a whole number of milliseconds gives (as
     * people write latencies: 50ms); otherwise {@code null}, and the limit stands as given. The
     * kernel keeps only the limit, so both forms describe the same qdisc.
     */
    private static Duration latency(long rate64, long burst, long limit) {
        double us = 1000000 * ((limit - (double) burst) / rate64);
        if (!(us >= 0) || us >= 0x1p32) {
            return null;
        }
        long ms = Math.round(us / 1000);
        for (long c = Math.max(0, ms - 1); c <= ms + 1; c++) {
            if ((((long) (rate64 * (double) (c * 1000) / 1000000 + burst)) & 0xffffffffL) == limit) {
                return Duration.ofMillis(c);
            }
        }
        return null;
    }

    /**
     * The size tc would have been given for {@code ticks} at {@code rate}: of the sizes that give
     * exactly these ticks, the one with the most trailing zero bits ({@code 32768}, not 32769),
     * or tc's own estimate ({@code tc_calc_xmitsize}) when none does.
     */
    static long roundestSize(Psched clock, long rate, long ticks) {
        // xmittime never decreases as the size grows: bisect for the run of sizes that give these ticks.
        long lo = firstSize(clock, rate, ticks);
        long hi = firstSize(clock, rate, ticks + 1) - 1;
        if (lo > hi) {
            return clock.xmitsize(rate, ticks);
        }
        for (int bit = 31; bit > 0; bit--) {
            long step = 1L << bit;
            long c = (lo + step - 1) / step * step;
            if (c <= hi) {
                return c;
            }
        }
        return lo;
    }

    /** The smallest size whose xmittime is at least {@code ticks}, in 0..2^32. */
    private static long firstSize(Psched clock, long rate, long ticks) {
        long lo = 0;
        long hi = 1L << 32;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            if (clock.xmittimeWide(rate, mid) >= ticks) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    // ---- htb ----

    static void writeHtb(MessageWriter w, Htb h) {
        int start = w.beginNestedPlain(TCA_OPTIONS);
        // struct tc_htb_glob: version, rate2quantum, defcls, debug, direct_pkts.
        int init = w.beginNestedPlain(TCA_HTB_INIT);
        w.u32(TC_HTB_PROTOVER).u32(h.r2q()).u32(h.defaultClass()).u32(0).u32(0);
        w.endNested(init);
        if (h.directQlen() >= 0) {
            w.putU32(TCA_HTB_DIRECT_QLEN, (int) h.directQlen());
        }
        w.endNested(start);
    }

    static Htb readHtb(Attributes a) {
        Payload init = null;
        long directQlen = -1;
        while (a.next()) {
            switch (a.type()) {
                case TCA_HTB_INIT -> init = a.payload();
                case TCA_HTB_DIRECT_QLEN -> directQlen = Integer.toUnsignedLong(a.u32());
                default -> { }
            }
        }
        if (init == null || init.length() < 20) {
            throw new ProtocolException("htb options without a 20-byte TCA_HTB_INIT");
        }
        int r2q = init.u32(4);
        int defcls = init.u32(8);
        if (r2q < 1 || (defcls & ~0xffff) != 0 || directQlen > 0xfffffffeL) {
            throw new ProtocolException("htb options with r2q " + r2q + ", default 0x" + Integer.toHexString(defcls)
                    + ", direct_qlen " + directQlen);
        }
        return new Htb(defcls, r2q, directQlen);
    }

    static void writeHtbClass(MessageWriter w, HtbClass c, Psched clock) {
        long rate64 = c.rate().bytesPerSecond();
        long ceil64 = c.ceil().bytesPerSecond();
        RateTable rtab = RateTable.compute(clock, rate64, RateTable.rate32(rate64), -1, HTB_MTU, 0);
        RateTable ctab = RateTable.compute(clock, ceil64, RateTable.rate32(ceil64), -1, HTB_MTU, 0);
        int start = w.beginNestedPlain(TCA_OPTIONS);
        if (rate64 >= 1L << 32) {
            w.putU64(TCA_HTB_RATE64, rate64);
        }
        if (ceil64 >= 1L << 32) {
            w.putU64(TCA_HTB_CEIL64, ceil64);
        }
        int parms = w.beginNestedPlain(TCA_HTB_PARMS);
        rtab.writeSpec(w);
        ctab.writeSpec(w);
        // tc computes the buffers from the 64-bit rates, the tables from the 32-bit fields.
        w.u32((int) clock.xmittime(rate64, c.burst())).u32((int) clock.xmittime(ceil64, c.cburst()))
                .u32((int) c.quantum()).u32(0).u32(c.prio());
        w.endNested(parms);
        rtab.writeTable(w, TCA_HTB_RTAB);
        ctab.writeTable(w, TCA_HTB_CTAB);
        w.endNested(start);
    }

    static HtbClass readHtbClass(Attributes a, Psched clock) {
        Payload parms = null;
        long rate64 = 0;
        long ceil64 = 0;
        while (a.next()) {
            switch (a.type()) {
                case TCA_HTB_PARMS -> parms = a.payload();
                case TCA_HTB_RATE64 -> rate64 = a.u64();
                case TCA_HTB_CEIL64 -> ceil64 = a.u64();
                default -> { }
            }
        }
        if (parms == null || parms.length() < HTB_OPT_LEN) {
            throw new ProtocolException("htb class options without a " + HTB_OPT_LEN + "-byte TCA_HTB_PARMS");
        }
        if (rate64 == 0) {
            rate64 = Integer.toUnsignedLong(parms.u32(8));
        }
        if (ceil64 == 0) {
            ceil64 = Integer.toUnsignedLong(parms.u32(20));
        }
        long prio = Integer.toUnsignedLong(parms.u32(40));
        long quantum = Integer.toUnsignedLong(parms.u32(32));
        if (rate64 == 0 || ceil64 == 0 || prio >= TC_HTB_NUMPRIO) {
            throw new ProtocolException("htb class options with rate " + rate64 + ", ceil " + ceil64 + ", prio " + prio);
        }
        long burst = roundestSize(clock, rate64, Integer.toUnsignedLong(parms.u32(24)));
        long cburst = roundestSize(clock, ceil64, Integer.toUnsignedLong(parms.u32(28)));
        return new HtbClass(new Rate(rate64), new Rate(ceil64), Math.max(1, burst), Math.max(1, cburst), (int) prio,
                quantum);
    }
}
