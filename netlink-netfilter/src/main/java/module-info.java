/** netlink4j netfilter: nftables over NFNETLINK. Builds on {@code io.netlink4j.core}. */
module io.netlink4j.netfilter {
    requires transitive io.netlink4j.core;
    exports io.netlink4j.netfilter;
}
