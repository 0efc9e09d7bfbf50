package io.netlink4j.route;

import io.netlink4j.route.link.Link;





/**
 * A link was created or changed ({@code RTM_NEWLINK}), or deleted or moved out of the namespace
 * ({@code RTM_DELLINK}, {@code removed} true); {@code link} is its state in the notification.
 */
public record LinkEvent(boolean removed, Link link) implements RtnetlinkEvent {}
