package io.netlink4j.route;

/**
 * One notification from {@link EventStream#next}: a parsed change of a link, address, route or
 * neighbour, a {@link RawEvent} for any other rtnetlink message, or an {@link Overrun} telling
 * that changes were lost and the state must be read again.
 */
public sealed interface RtnetlinkEvent
        permits LinkEvent, AddressEvent, RouteEvent, NeighbourEvent, Overrun, RawEvent {}
