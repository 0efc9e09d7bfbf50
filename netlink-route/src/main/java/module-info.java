/**
 * netlink4j route: rtnetlink — links, addresses, routes, neighbours, rules, bridge forwarding
 * and VLANs, traffic control, and events — per network namespace, plus per-namespace sysctl
 * and ICMP echo. Builds on {@code io.netlink4j.core}.
 *
 * <p>Floors, bottom up: {@code uapi} (kernel constants) and {@code internal} (plumbing the
 * families share), not exported; the family packages, each with its facade, specs, results and
 * package-private codec; {@code io.netlink4j.route}, the per-namespace handle and events.
 */
module io.netlink4j.route {
    requires transitive io.netlink4j.core;
    exports io.netlink4j.route;
    exports io.netlink4j.route.link;
    exports io.netlink4j.route.address;
    exports io.netlink4j.route.route;
    exports io.netlink4j.route.neighbour;
    exports io.netlink4j.route.tc;
    exports io.netlink4j.route.rule;
    exports io.netlink4j.route.bridge;
}
