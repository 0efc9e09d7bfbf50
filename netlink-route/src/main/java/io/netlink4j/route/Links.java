package io.netlink4j.route;

/** Placeholder: filled in by the netlink-route issue. */
public final class Links {
    private final RouteHandle handle;

    Links(RouteHandle handle) {
        this.handle = handle;
    }
}
