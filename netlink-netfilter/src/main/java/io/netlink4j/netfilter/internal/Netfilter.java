package io.netlink4j.netfilter.internal;

/** Constants of {@code <linux/netfilter.h>}, {@code <linux/netfilter/nf_nat.h>} and {@code <linux/netfilter/nf_conntrack_common.h>}. Generated from the kernel's uapi headers; names as there. */
@SuppressWarnings("unused")
public final class Netfilter {
    private Netfilter() {}

    // /usr/include/linux/netfilter.h
    public static final int NFPROTO_ARP = 3;
    public static final int NFPROTO_BRIDGE = 7;
    public static final int NFPROTO_DECNET = 12;
    public static final int NFPROTO_INET = 1;
    public static final int NFPROTO_IPV4 = 2;
    public static final int NFPROTO_IPV6 = 10;
    public static final int NFPROTO_NETDEV = 5;
    public static final int NFPROTO_NUMPROTO = 13;
    public static final int NFPROTO_UNSPEC = 0;
    public static final int NF_ACCEPT = 1;
    public static final int NF_DROP = 0;
    public static final int NF_INET_FORWARD = 2;
    public static final int NF_INET_INGRESS = 5;
    public static final int NF_INET_LOCAL_IN = 1;
    public static final int NF_INET_LOCAL_OUT = 3;
    public static final int NF_INET_NUMHOOKS = 5;
    public static final int NF_INET_POST_ROUTING = 4;
    public static final int NF_INET_PRE_ROUTING = 0;
    public static final int NF_NETDEV_EGRESS = 1;
    public static final int NF_NETDEV_INGRESS = 0;
    public static final int NF_NETDEV_NUMHOOKS = 2;
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
