package io.netlink4j.netfilter.uapi;

/** Constants of {@code <linux/netfilter_arp.h>}: the arp family's hook numbers. Generated from the kernel's uapi headers; names as there. */
@SuppressWarnings("unused")
public final class NetfilterArpH {
    private NetfilterArpH() {}

    // /usr/include/linux/netfilter_arp.h
    public static final int NF_ARP_FORWARD = 2;
    public static final int NF_ARP_IN = 0;
    public static final int NF_ARP_NUMHOOKS = 3;
    public static final int NF_ARP_OUT = 1;
}
