/**
 * netlink4j core: netlink sockets, the message codec, kernel errors, and network namespaces,
 * all over {@code java.lang.foreign}. Knows nothing of links, routes or nftables.
 */
module io.netlink4j.core {
    exports io.netlink4j.core;
    exports io.netlink4j.core.message;
    exports io.netlink4j.core.ns;
    exports io.netlink4j.core.sys;
}
