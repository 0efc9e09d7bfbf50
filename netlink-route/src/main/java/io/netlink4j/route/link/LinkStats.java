package io.netlink4j.route.link;

/**
 * The first counters of {@code struct rtnl_link_stats64} ({@code IFLA_STATS64}), as
 * {@code ip -s link} shows them.
 *
 * @param rxPackets packets received
 * @param txPackets packets sent
 * @param rxBytes   bytes received
 * @param txBytes   bytes sent
 * @param rxErrors  receive errors
 * @param txErrors  transmit errors
 * @param rxDropped received packets dropped
 * @param txDropped packets dropped on transmit
 */
public record LinkStats(long rxPackets, long txPackets, long rxBytes, long txBytes, long rxErrors,
                        long txErrors, long rxDropped, long txDropped) {
    /** All zero, for links the kernel sent no counters for. */
    public static final LinkStats ZERO = new LinkStats(0, 0, 0, 0, 0, 0, 0, 0);

    /** {@code RX: bytes 0 packets 0 errors 0 dropped 0 TX: bytes 0 packets 0 errors 0 dropped 0}, as {@code ip -s link}. */
    @Override
    public String toString() {
        return "RX: bytes " + Long.toUnsignedString(rxBytes) + " packets " + Long.toUnsignedString(rxPackets)
                + " errors " + Long.toUnsignedString(rxErrors) + " dropped " + Long.toUnsignedString(rxDropped)
                + " TX: bytes " + Long.toUnsignedString(txBytes) + " packets " + Long.toUnsignedString(txPackets)
                + " errors " + Long.toUnsignedString(txErrors) + " dropped " + Long.toUnsignedString(txDropped);
    }
}
