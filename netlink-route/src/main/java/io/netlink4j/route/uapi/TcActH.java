package io.netlink4j.route.uapi;

/** Constants of {@code <linux/tc_act/tc_mirred.h>} and {@code <linux/tc_act/tc_gact.h>}: the mirred and gact actions. Generated from the kernel's uapi headers; names as there. */
@SuppressWarnings("unused")
public final class TcActH {
    private TcActH() {}

    // /usr/include/linux/tc_act/tc_mirred.h
    public static final int TCA_EGRESS_MIRROR = 2;
    public static final int TCA_EGRESS_REDIR = 1;
    public static final int TCA_INGRESS_MIRROR = 4;
    public static final int TCA_INGRESS_REDIR = 3;
    public static final int TCA_MIRRED_MAX = 3;
    public static final int TCA_MIRRED_PAD = 3;
    public static final int TCA_MIRRED_PARMS = 2;
    public static final int TCA_MIRRED_TM = 1;
    public static final int TCA_MIRRED_UNSPEC = 0;
    // /usr/include/linux/tc_act/tc_gact.h
    public static final int MAX_RAND = 3;
    public static final int PGACT_DETERM = 2;
    public static final int PGACT_NETRAND = 1;
    public static final int PGACT_NONE = 0;
    public static final int TCA_GACT_MAX = 4;
    public static final int TCA_GACT_PAD = 4;
    public static final int TCA_GACT_PARMS = 2;
    public static final int TCA_GACT_PROB = 3;
    public static final int TCA_GACT_TM = 1;
    public static final int TCA_GACT_UNSPEC = 0;
}
