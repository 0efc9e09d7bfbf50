package io.netlink4j.route;

import static io.netlink4j.route.uapi.RtnetlinkH.*;

import io.netlink4j.core.message.Message;
import java.util.function.Function;
import io.netlink4j.route.address.Address;
import io.netlink4j.route.link.Link;
import io.netlink4j.route.neighbour.Neighbour;
import io.netlink4j.route.route.Route;

/**
 * Turns one rtnetlink notification into a {@link RtnetlinkEvent}. The one place where a message type
 * meets its parser: an address or route parser plugs in as one more {@code case}.
 */
final class EventDecoder {
    private EventDecoder() {}

    /** The event for {@code m}, or {@code null} for control messages. */
    static RtnetlinkEvent decode(Message m) {
        int type = m.type();
        return switch (type) {
            case RTM_NEWLINK, RTM_DELLINK -> new LinkEvent(type == RTM_DELLINK, Link.parse(m));
            case RTM_NEWADDR, RTM_DELADDR -> parsed(m, Address.parse(m), a -> new AddressEvent(type == RTM_DELADDR, a));
            case RTM_NEWROUTE, RTM_DELROUTE -> parsed(m, Route.parse(m), r -> new RouteEvent(type == RTM_DELROUTE, r));
            case RTM_NEWNEIGH, RTM_DELNEIGH -> parsed(m, Neighbour.parse(m), n -> new NeighbourEvent(type == RTM_DELNEIGH, n));
            default -> type < 0x10 ? null : raw(m);
        };
    }

    /** The parsers return null for families they do not model (e.g. AF_BRIDGE): keep those raw. */
    private static <T> RtnetlinkEvent parsed(Message m, T value, Function<T, RtnetlinkEvent> event) {
        return value == null ? raw(m) : event.apply(value);
    }

    private static RtnetlinkEvent raw(Message m) {
        return new RawEvent(m.type(), m.payloadLength() > 0 ? m.u8(0) : 0, m.bytes(0, m.payloadLength()));
    }

    /** The {@code RTM_*} name of a message type, or its number. */
    static String typeName(int type) {
        return switch (type) {
            case RTM_NEWLINK -> "RTM_NEWLINK";
            case RTM_DELLINK -> "RTM_DELLINK";
            case RTM_NEWADDR -> "RTM_NEWADDR";
            case RTM_DELADDR -> "RTM_DELADDR";
            case RTM_NEWROUTE -> "RTM_NEWROUTE";
            case RTM_DELROUTE -> "RTM_DELROUTE";
            case RTM_NEWNEIGH -> "RTM_NEWNEIGH";
            case RTM_DELNEIGH -> "RTM_DELNEIGH";
            default -> Integer.toString(type);
        };
    }
}
