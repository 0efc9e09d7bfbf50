package io.netlink4j.route.uapi;

/** Constants of {@code <linux/gen_stats.h>}: the {@code TCA_STATS2} statistics attributes. Generated from the kernel's uapi headers; names as there. */
@SuppressWarnings("unused")
public final class GenStatsH {
    private GenStatsH() {}

    // /usr/include/linux/gen_stats.h
    public static final int TCA_STATS_APP = 4;
    public static final int TCA_STATS_BASIC = 1;
    public static final int TCA_STATS_BASIC_HW = 7;
    public static final int TCA_STATS_MAX = 8;
    public static final int TCA_STATS_PAD = 6;
    public static final int TCA_STATS_PKT64 = 8;
    public static final int TCA_STATS_QUEUE = 3;
    public static final int TCA_STATS_RATE_EST = 2;
    public static final int TCA_STATS_RATE_EST64 = 5;
    public static final int TCA_STATS_UNSPEC = 0;
}
