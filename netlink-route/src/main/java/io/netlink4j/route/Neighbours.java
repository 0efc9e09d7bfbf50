package io.netlink4j.route;

/** Placeholder: filled in by the netlink-route issue. */
public final class Neighbours {
    private final RouteHandle handle;

    Neighbours(RouteHandle handle) {
        this.handle = handle;
    }
}
