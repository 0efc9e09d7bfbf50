package io.netlink4j.netfilter.uapi;

/** Constants of {@code <linux/netfilter/nfnetlink.h>}. Generated from the kernel's uapi headers; names as there. */
@SuppressWarnings("unused")
public final class NfNetlinkH {
    private NfNetlinkH() {}

    // /usr/include/linux/netfilter/nfnetlink.h
    public static final int NFNETLINK_V0 = 0;
    public static final int NFNLGRP_ACCT_QUOTA = 8;
    public static final int NFNLGRP_CONNTRACK_DESTROY = 3;
    public static final int NFNLGRP_CONNTRACK_EXP_DESTROY = 6;
    public static final int NFNLGRP_CONNTRACK_EXP_NEW = 4;
    public static final int NFNLGRP_CONNTRACK_EXP_UPDATE = 5;
    public static final int NFNLGRP_CONNTRACK_NEW = 1;
    public static final int NFNLGRP_CONNTRACK_UPDATE = 2;
    public static final int NFNLGRP_MAX = 9;
    public static final int NFNLGRP_NFTABLES = 7;
    public static final int NFNLGRP_NFTRACE = 9;
    public static final int NFNLGRP_NONE = 0;
    public static final int NFNL_BATCH_GENID = 1;
    public static final int NFNL_BATCH_MAX = 1;
    public static final int NFNL_BATCH_UNSPEC = 0;
    public static final int NFNL_MSG_BATCH_BEGIN = 16;
    public static final int NFNL_MSG_BATCH_END = 17;
    public static final int NFNL_SUBSYS_ACCT = 7;
    public static final int NFNL_SUBSYS_COUNT = 13;
    public static final int NFNL_SUBSYS_CTHELPER = 9;
    public static final int NFNL_SUBSYS_CTNETLINK = 1;
    public static final int NFNL_SUBSYS_CTNETLINK_EXP = 2;
    public static final int NFNL_SUBSYS_CTNETLINK_TIMEOUT = 8;
    public static final int NFNL_SUBSYS_HOOK = 12;
    public static final int NFNL_SUBSYS_IPSET = 6;
    public static final int NFNL_SUBSYS_NFTABLES = 10;
    public static final int NFNL_SUBSYS_NFT_COMPAT = 11;
    public static final int NFNL_SUBSYS_NONE = 0;
    public static final int NFNL_SUBSYS_OSF = 5;
    public static final int NFNL_SUBSYS_QUEUE = 3;
    public static final int NFNL_SUBSYS_ULOG = 4;
}
