package io.netlink4j.netfilter.uapi;

/** Constants of {@code <linux/in.h>}: IP protocol numbers. Generated from the kernel's uapi headers; names as there. */
@SuppressWarnings("unused")
public final class InH {
    private InH() {}

    // /usr/include/linux/in.h
    public static final int IPPROTO_AH = 51;
    public static final int IPPROTO_BEETPH = 94;
    public static final int IPPROTO_COMP = 108;
    public static final int IPPROTO_DCCP = 33;
    public static final int IPPROTO_EGP = 8;
    public static final int IPPROTO_ENCAP = 98;
    public static final int IPPROTO_ESP = 50;
    public static final int IPPROTO_ETHERNET = 143;
    public static final int IPPROTO_GRE = 47;
    public static final int IPPROTO_ICMP = 1;
    public static final int IPPROTO_IDP = 22;
    public static final int IPPROTO_IGMP = 2;
    public static final int IPPROTO_IP = 0;
    public static final int IPPROTO_IPIP = 4;
    public static final int IPPROTO_IPV6 = 41;
    public static final int IPPROTO_L2TP = 115;
    public static final int IPPROTO_MAX = 263;
    public static final int IPPROTO_MPLS = 137;
    public static final int IPPROTO_MPTCP = 262;
    public static final int IPPROTO_MTP = 92;
    public static final int IPPROTO_PIM = 103;
    public static final int IPPROTO_PUP = 12;
    public static final int IPPROTO_RAW = 255;
    public static final int IPPROTO_RSVP = 46;
    public static final int IPPROTO_SCTP = 132;
    public static final int IPPROTO_TCP = 6;
    public static final int IPPROTO_TP = 29;
    public static final int IPPROTO_UDP = 17;
    public static final int IPPROTO_UDPLITE = 136;
}
