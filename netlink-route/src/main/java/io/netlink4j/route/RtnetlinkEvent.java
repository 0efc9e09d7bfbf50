package io.netlink4j.route;

/**
 * One notification from {@link EventStream#next}: a parsed change of a link, a bridge port, an
 * address, a route, a neighbour, a rule, a qdisc, a traffic class or a filter, a {@link RawEvent}
 * for any other rtnetlink message (tc actions and chains among them), or an
 * {@link Overrun} telling that changes were lost and the state must be read again.
 */
public sealed interface RtnetlinkEvent
        permits LinkEvent, BridgePortEvent, AddressEvent, RouteEvent, NeighbourEvent, RuleEvent,
                QdiscEvent, TrafficClassEvent, FilterEvent, Overrun, RawEvent {}
