package io.netlink4j.route;

/** Placeholder: filled in by the netlink-route issue. */
public final class Events {
    private final RouteHandle handle;

    Events(RouteHandle handle) {
        this.handle = handle;
    }
}
