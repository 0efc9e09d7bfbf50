package io.netlink4j.route;

/**
 * One notification from {@link EventStream#next}: a parsed change, or an {@link Overrun} telling
 * that changes were lost. Address, route and neighbour notifications arrive as {@link RawEvent}
 * (message type and family) until their parsers are wired into the decoder.
 */
public sealed interface RouteEvent permits LinkEvent, Overrun, RawEvent {}
