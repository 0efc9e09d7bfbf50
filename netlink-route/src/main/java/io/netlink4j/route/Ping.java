package io.netlink4j.route;

/** Placeholder: filled in by the netlink-route issue (ICMP echo from inside a namespace). */
public final class Ping {
    private final RouteHandle handle;

    Ping(RouteHandle handle) {
        this.handle = handle;
    }
}
