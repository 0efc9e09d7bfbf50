package io.netlink4j.netfilter.uapi;

/** Constants of {@code <linux/netfilter.h>}. Generated from the kernel's uapi headers; names as there. */
@SuppressWarnings("unused")
public final class NetfilterH {
    private NetfilterH() {}

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
}
