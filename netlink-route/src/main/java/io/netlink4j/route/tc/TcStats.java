package io.netlink4j.route.tc;

/**
 * The counters {@code tc -s} shows for a qdisc, a class or an action: what the kernel reports in
 * {@code TCA_STATS2} (basic, queue and rate-estimator statistics).
 *
 * @param bytes      bytes sent
 * @param packets    packets sent
 * @param drops      packets dropped
 * @param overlimits times the rate was exceeded (packets delayed or dropped for it)
 * @param requeues   packets put back into the queue
 * @param backlog    bytes waiting in the queue now
 * @param qlen       packets waiting in the queue now
 * @param rate       the estimated rate in bytes per second, 0 without an estimator
 * @param packetRate the estimated rate in packets per second, 0 without an estimator
 */
public record TcStats(long bytes, long packets, long drops, long overlimits, long requeues, long backlog, long qlen,
                      long rate, long packetRate) {
    /** No counters (the kernel sent none). */
    public static final TcStats NONE = new TcStats(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** {@code Sent 1500 bytes 1 pkt (dropped 0, overlimits 0 requeues 0) backlog 0b 0p}, as {@code tc -s} prints. */
    @Override
    public String toString() {
        String s = "Sent " + bytes + " bytes " + packets + " pkt (dropped " + drops + ", overlimits " + overlimits
                + " requeues " + requeues + ") backlog " + Size.format(backlog) + " " + qlen + "p";
        return rate == 0 && packetRate == 0 ? s : s + " rate " + Rate.formatBytes(rate) + " " + packetRate + "pps";
    }
}
