package io.netlink4j.route.tc;

import io.netlink4j.core.message.MessageWriter;

/**
 * A {@code struct tc_ratespec} and its 256-entry rate table as iproute2 computes them
 * ({@code tc_calc_rtable}): entry i is the time, in ticks, to send {@code (i + 1) << cell_log}
 * bytes. Kernels since 3.8 compute rates themselves and read the table only to learn the link
 * layer, but htb, tbf and police still require it, and a byte-exact request carries tc's.
 *
 * @param rate    the 32-bit rate field, bytes/s (0xffffffff when the 64-bit rate is larger)
 * @param cellLog {@code cell_log}
 * @param mpu     minimum packet unit, bytes
 * @param table   the 256 entries
 */
record RateTable(long rate, int cellLog, int mpu, int[] table) {
    /** {@code sizeof(struct tc_ratespec)}. */
    static final int RATESPEC_LEN = 12;
    /** {@code TC_RTAB_SIZE}. */
    static final int BYTES = 1024;
    private static final int LINKLAYER_ETHERNET = 1;

    /**
     * tc_calc_rtable (and tc_calc_rtable_64 when {@code rate64} is given) for an Ethernet link
     * layer: {@code cellLog} -1 picks the smallest cell that covers {@code mtu} (2047 when 0) in
     * 256 entries; the entries use {@code xmitRate} (the 32-bit field, or the 64-bit rate for police).
     */
    static RateTable compute(Psched clock, long rate64, long xmitRate, int cellLog, long mtu, int mpu) {
        if (mtu == 0) {
            mtu = 2047;
        }
        if (cellLog < 0) {
            cellLog = 0;
            while ((mtu >> cellLog) > 255) {
                cellLog++;
            }
        }
        int[] t = new int[256];
        for (int i = 0; i < 256; i++) {
            long sz = Math.max((long) (i + 1) << cellLog, mpu);
            t[i] = (int) clock.xmittime(xmitRate, sz);
        }
        return new RateTable(rate32(rate64), cellLog, mpu, t);
    }

    /** The 32-bit rate field: the rate, or ~0 when it needs the 64-bit attribute. */
    static long rate32(long rate64) {
        return rate64 >= 1L << 32 ? 0xffffffffL : rate64;
    }

    /** Appends the {@code struct tc_ratespec}: cell_log, linklayer, overhead, cell_align -1, mpu, rate. */
    void writeSpec(MessageWriter w) {
        w.u8(cellLog).u8(LINKLAYER_ETHERNET).u16(0).u16(0xffff).u16(mpu).u32((int) rate);
    }

    /** Appends the table as an attribute of {@code type}: 256 u32 in host order, written in place. */
    void writeTable(MessageWriter w, int type) {
        int o = w.beginNestedPlain(type);
        for (int v : table) {
            w.u32(v);
        }
        w.endNested(o);
    }

    /** An all-zero ratespec, as tc leaves the peak rate it was not given. */
    static void writeZeroSpec(MessageWriter w) {
        w.u32(0).u32(0).u32(0);
    }
}
