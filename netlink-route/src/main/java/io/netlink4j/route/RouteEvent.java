package io.netlink4j.route;

import io.netlink4j.route.route.Route;

/**
 * A route was added or changed ({@code RTM_NEWROUTE}) or removed ({@code RTM_DELROUTE},
 * {@code removed} true), as {@code ip monitor route} shows it. Covers every table, the local
 * table's entries included.
 *
 * @param removed whether the route went away
 * @param route   the route as the notification describes it
 */
public record RouteEvent(boolean removed, Route route) implements RtnetlinkEvent {
    /** {@code Deleted } in front when removed, as {@code ip monitor} prints it. */
    @Override
    public String toString() {
        return (removed ? "Deleted " : "") + route;
    }
}
