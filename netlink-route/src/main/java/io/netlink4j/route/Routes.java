package io.netlink4j.route;

/** Placeholder: filled in by the netlink-route issue. */
public final class Routes {
    private final RouteHandle handle;

    Routes(RouteHandle handle) {
        this.handle = handle;
    }
}
