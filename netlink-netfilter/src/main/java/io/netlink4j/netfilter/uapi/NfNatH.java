package io.netlink4j.netfilter.uapi;

/** Constants of {@code <linux/netfilter/nf_nat.h>}. Generated from the kernel's uapi headers; names as there. */
@SuppressWarnings("unused")
public final class NfNatH {
    private NfNatH() {}

    // /usr/include/linux/netfilter/nf_nat.h
    public static final int NF_NAT_RANGE_MAP_IPS = 1;
    public static final int NF_NAT_RANGE_MASK = 127;
    public static final int NF_NAT_RANGE_NETMAP = 64;
    public static final int NF_NAT_RANGE_PERSISTENT = 8;
    public static final int NF_NAT_RANGE_PROTO_OFFSET = 32;
    public static final int NF_NAT_RANGE_PROTO_RANDOM = 4;
    public static final int NF_NAT_RANGE_PROTO_RANDOM_ALL = 20;
    public static final int NF_NAT_RANGE_PROTO_RANDOM_FULLY = 16;
    public static final int NF_NAT_RANGE_PROTO_SPECIFIED = 2;
}
