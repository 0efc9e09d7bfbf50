package io.netlink4j.route;

import io.netlink4j.route.link.Link;

/**
 * A link was created or changed ({@code RTM_NEWLINK}), or deleted or moved out of the namespace
 * ({@code RTM_DELLINK}, {@code removed} true), as {@code ip monitor link} shows it. Bridge-port
 * notices are {@link BridgePortEvent}s, never link events.
 *
 * @param removed whether the link went away
 * @param link    the link as the notification describes it, its master and peer named when they
 *                could be
 */
public record LinkEvent(boolean removed, Link link) implements RtnetlinkEvent {
    /** {@code Deleted } in front of the link when removed, as {@code ip monitor} prints it. */
    @Override
    public String toString() {
        return (removed ? "Deleted " : "") + link;
    }
}
