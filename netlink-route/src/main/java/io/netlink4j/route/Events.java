package io.netlink4j.route;

import io.netlink4j.core.NetlinkProtocol;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.socket.NetlinkSubscription;
import java.util.Objects;

/**
 * {@code ip monitor}: subscriptions to the link, address, route and neighbour changes of the
 * handle's namespace.
 */
public final class Events {
    private final NetNs namespace;

    Events(NetNs namespace) {
        this.namespace = namespace;
    }

    /**
     * Opens a stream joined to {@code groups} (all of them if none are given). Its socket is
     * created inside the handle's namespace, so it sees that namespace's changes only; it joins
     * the groups before returning, so every change after this call is seen.
     */
    public EventStream open(EventGroup... groups) {
        EventGroup[] join = groups.length == 0 ? EventGroup.values() : groups;
        int[] numbers = new int[join.length];
        for (int i = 0; i < join.length; i++) {
            numbers[i] = Objects.requireNonNull(join[i], "group").group();
        }
        return new EventStream(NetlinkSubscription.open(NetlinkProtocol.ROUTE, namespace, numbers));
    }
}
