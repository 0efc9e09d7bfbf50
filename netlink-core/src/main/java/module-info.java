/**
 * netlink4j core: netlink sockets, the message codec, kernel errors, and network namespaces,
 * all over {@code java.lang.foreign}. Knows nothing of links, routes or nftables.
 *
 * <p>Floors, bottom up: {@code uapi} (kernel constants), {@code io.netlink4j.core} (errors and
 * values), {@code sys} (system calls), {@code message} (the codec) and {@code ns} (namespaces),
 * {@code socket} (requests, dumps, subscriptions). The constants and the system calls are
 * exported only to the library's own modules.
 */
module io.netlink4j.core {
    requires jdk.jfr;
    exports io.netlink4j.core;
    exports io.netlink4j.core.message;
    exports io.netlink4j.core.ns;
    exports io.netlink4j.core.socket;
    exports io.netlink4j.core.uapi to io.netlink4j.route, io.netlink4j.netfilter;
    exports io.netlink4j.core.sys to io.netlink4j.route, io.netlink4j.netfilter;
}
