/** A modular application using netlink4j: it names the library modules it reads, nothing else. */
module io.netlink4j.consumer {
    requires io.netlink4j.route;      // and, transitively, io.netlink4j.core
    requires io.netlink4j.netfilter;
}
