package io.netlink4j.route;

/** Placeholder: filled in by the netlink-route issue. */
public final class Sysctl {
    private final RouteHandle handle;

    Sysctl(RouteHandle handle) {
        this.handle = handle;
    }
}
