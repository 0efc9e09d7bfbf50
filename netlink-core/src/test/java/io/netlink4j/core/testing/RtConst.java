package io.netlink4j.core.testing;

/**
 * The few rtnetlink numbers the core tests use ({@code <linux/rtnetlink.h>},
 * {@code <linux/if_link.h>}, {@code <linux/veth.h>}, {@code <linux/if_addr.h>}); netlink-core
 * itself knows no protocol. The golden-bytes test holds them against what iproute2 sends.
 */
public final class RtConst {
    private RtConst() {}

    public static final int RTM_NEWLINK = 16;
    public static final int RTM_DELLINK = 17;
    public static final int RTM_GETLINK = 18;
    public static final int RTM_NEWADDR = 20;
    public static final int IFINFOMSG_LEN = 16;
    public static final int IFADDRMSG_LEN = 8;
    public static final int IFLA_IFNAME = 3;
    public static final int IFLA_MTU = 4;
    public static final int IFLA_LINKINFO = 18;
    public static final int IFLA_INFO_KIND = 1;
    public static final int IFLA_INFO_DATA = 2;
    public static final int VETH_INFO_PEER = 1;
    public static final int IFA_ADDRESS = 1;
    public static final int IFA_LOCAL = 2;
    public static final int RT_SCOPE_UNIVERSE = 0;
}
