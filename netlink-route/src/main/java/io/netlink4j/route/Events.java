package io.netlink4j.route;

import io.netlink4j.core.NetlinkProtocol;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.socket.NetlinkSubscription;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;

/**
 * {@code ip monitor} and {@code tc monitor}: streams of the link, address, route, neighbour, rule
 * and traffic control changes of the handle's namespace. Obtain it from the handle, {@code Rtnetlink.events()}.
 *
 * <table>
 * <caption>ip monitor and the calls that replace it</caption>
 * <tr><th>command</th><th>call</th></tr>
 * <tr><td>{@code ip monitor}</td><td>{@code events().open()}</td></tr>
 * <tr><td>{@code ip monitor link address}</td><td>{@code events().open(EventGroup.LINK, EventGroup.ADDRESS)}</td></tr>
 * <tr><td>{@code ip monitor route}</td><td>{@code events().open(EventGroup.ROUTE)}</td></tr>
 * <tr><td>{@code ip monitor neigh}</td><td>{@code events().open(EventGroup.NEIGHBOUR)}</td></tr>
 * <tr><td>{@code ip monitor rule}</td><td>{@code events().open(EventGroup.RULE)}</td></tr>
 * <tr><td>{@code tc monitor}</td><td>{@code events().open(EventGroup.TC)}</td></tr>
 * </table>
 */
public final class Events {
    private final NetlinkSocket socket;
    private final NetNs namespace;

    /**
     * The events of {@code namespace}; {@code socket} (a {@code NETLINK_ROUTE} socket there) names
     * the devices events refer to by index. Usually obtained from the handle: {@code Rtnetlink.events()}.
     *
     * @param socket a {@code NETLINK_ROUTE} socket in {@code namespace}
     * @param namespace the namespace whose changes the streams report
     */
    public Events(NetlinkSocket socket, NetNs namespace) {
        this.socket = Objects.requireNonNull(socket, "socket");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
    }

    /**
     * Opens a stream joined to {@code groups} (all of them if none are given). Its socket is
     * created inside the handle's namespace, so it sees that namespace's changes only; it joins
     * the groups before returning, so every change after this call is seen.
     *
     * @param groups the groups to join, none for all of them
     * @return a new stream; close it when done
     * @throws io.netlink4j.core.SystemCallException if the socket cannot be made or joined
     */
    public EventStream open(EventGroup... groups) {
        Objects.requireNonNull(groups, "groups");
        EnumSet<EventGroup> join = EnumSet.noneOf(EventGroup.class);
        for (int i = 0; i < groups.length; i++) {
            join.add(Objects.requireNonNull(groups[i], "groups[" + i + "]"));
        }
        if (join.isEmpty()) {
            join = EnumSet.allOf(EventGroup.class);
        }
        int[] numbers = join.stream().flatMapToInt(g -> Arrays.stream(g.groups())).toArray();
        return new EventStream(NetlinkSubscription.open(NetlinkProtocol.ROUTE, namespace, numbers), socket);
    }

    @Override
    public String toString() {
        return "Events[" + namespace + "]";
    }
}
