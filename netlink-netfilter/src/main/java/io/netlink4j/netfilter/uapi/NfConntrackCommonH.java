package io.netlink4j.netfilter.uapi;

/** Constants of {@code <linux/netfilter/nf_conntrack_common.h>}. Generated from the kernel's uapi headers; names as there. */
@SuppressWarnings("unused")
public final class NfConntrackCommonH {
    private NfConntrackCommonH() {}

    // /usr/include/linux/netfilter/nf_conntrack_common.h
    public static final int IP_CT_ESTABLISHED = 0;
    public static final int IP_CT_ESTABLISHED_REPLY = 3;
    public static final int IP_CT_IS_REPLY = 3;
    public static final int IP_CT_NEW = 2;
    public static final int IP_CT_NEW_REPLY = 5;
    public static final int IP_CT_NUMBER = 5;
    public static final int IP_CT_RELATED = 1;
    public static final int IP_CT_RELATED_REPLY = 4;
    public static final int NF_CT_STATE_INVALID_BIT = 1;
    public static final int NF_CT_STATE_UNTRACKED_BIT = 64;
}
