package io.netlink4j.route;

import io.netlink4j.core.NetlinkSocket;
import io.netlink4j.core.message.Netlink;
import java.util.Objects;

/**
 * {@code ip monitor}: subscriptions to the handle namespace's link, address, route and
 * neighbour changes.
 */
public final class Events {
    private final RouteHandle handle;

    Events(RouteHandle handle) {
        this.handle = handle;
    }

    /**
     * Opens a stream joined to {@code groups} (all of them if none are given). Its socket is
     * created inside the handle's namespace, so it sees that namespace's changes only; it joins
     * the groups before returning, so every change after this call is seen.
     */
    public EventStream open(EventGroup... groups) {
        EventGroup[] join = groups.length == 0 ? EventGroup.values() : groups;
        NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE, handle.namespace());
        try {
            for (EventGroup g : join) {
                s.joinGroup(Objects.requireNonNull(g, "group").group());
            }
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return new EventStream(s);
    }
}
