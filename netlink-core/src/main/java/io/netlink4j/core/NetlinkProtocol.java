package io.netlink4j.core;

/** The netlink protocols ({@code socket(AF_NETLINK, SOCK_DGRAM, PROTOCOL)}) this library speaks. */
public enum NetlinkProtocol {
    /** {@code NETLINK_ROUTE}: links, addresses, routes, neighbours, rules, traffic control. */
    ROUTE(0),
    /** {@code NETLINK_USERSOCK}: user-space to user-space, for tests that play the kernel. */
    USERSOCK(2),
    /** {@code NETLINK_SOCK_DIAG}: socket monitoring and destruction. */
    SOCK_DIAG(4),
    /** {@code NETLINK_NETFILTER}: nftables, conntrack. */
    NETFILTER(12),
    /** {@code NETLINK_GENERIC}: generic netlink families (ethtool, ...). */
    GENERIC(16);

    private final int code;

    NetlinkProtocol(int code) {
        this.code = code;
    }

    /**
     * The protocol number for {@code socket(2)}.
     *
     * @return the {@code NETLINK_*} number
     */
    public int code() {
        return code;
    }

    /** {@code "NETLINK_ROUTE"} and so on. */
    @Override
    public String toString() {
        return "NETLINK_" + name();
    }
}
