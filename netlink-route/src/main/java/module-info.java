/**
 * netlink4j route: rtnetlink links, addresses, routes, neighbours and events per network
 * namespace, plus per-namespace sysctl and ICMP echo. Builds on {@code io.netlink4j.core}.
 */
module io.netlink4j.route {
    requires transitive io.netlink4j.core;
    exports io.netlink4j.route;
}
