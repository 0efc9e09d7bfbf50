package io.netlink4j.netfilter.uapi;

/** Constants of {@code <linux/if_ether.h>}: the ethertypes nft matches on. Generated from the kernel's uapi headers; names as there. */
@SuppressWarnings("unused")
public final class IfEtherH {
    private IfEtherH() {}

    // /usr/include/linux/if_ether.h
    public static final int ETH_P_ARP = 2054;
    public static final int ETH_P_IP = 2048;
    public static final int ETH_P_IPV6 = 34525;
    public static final int ETH_P_IPX = 33079;
}
