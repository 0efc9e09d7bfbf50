package io.netlink4j.route.link;

/**
 * The first counters of {@code struct rtnl_link_stats64} ({@code IFLA_STATS64}), as
 * {@code ip -s link} shows them.
 */
public record LinkStats(long rxPackets, long txPackets, long rxBytes, long txBytes, long rxErrors,
                        long txErrors, long rxDropped, long txDropped) {
    /** All zero, for links the kernel sent no counters for. */
    public static final LinkStats ZERO = new LinkStats(0, 0, 0, 0, 0, 0, 0, 0);
}
