package io.netlink4j.route;

/** Placeholder: filled in by the netlink-route issue. */
public final class Addresses {
    private final RouteHandle handle;

    Addresses(RouteHandle handle) {
        this.handle = handle;
    }
}
