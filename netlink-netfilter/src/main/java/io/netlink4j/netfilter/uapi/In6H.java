package io.netlink4j.netfilter.uapi;

/** Constants of {@code <linux/in6.h>}: the IPv6 protocol numbers. Generated from the kernel's uapi headers; names as there. */
@SuppressWarnings("unused")
public final class In6H {
    private In6H() {}

    // /usr/include/linux/in6.h
    public static final int IPPROTO_DSTOPTS = 60;
    public static final int IPPROTO_FRAGMENT = 44;
    public static final int IPPROTO_HOPOPTS = 0;
    public static final int IPPROTO_ICMPV6 = 58;
    public static final int IPPROTO_MH = 135;
    public static final int IPPROTO_NONE = 59;
    public static final int IPPROTO_ROUTING = 43;
}
