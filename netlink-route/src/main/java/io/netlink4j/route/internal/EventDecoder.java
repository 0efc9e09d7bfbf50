package io.netlink4j.route.internal;

import static io.netlink4j.route.internal.Rtnetlink.*;

import io.netlink4j.core.message.Message;
import io.netlink4j.route.AddressEvent;
import io.netlink4j.route.LinkEvent;
import io.netlink4j.route.NeighbourEvent;
import io.netlink4j.route.RouteChange;
import io.netlink4j.route.RawEvent;
import io.netlink4j.route.RouteEvent;
import java.util.function.Function;

/**
 * Turns one rtnetlink notification into a {@link RouteEvent}. The one place where a message type
 * meets its parser: an address or route parser plugs in as one more {@code case}.
 */
public final class EventDecoder {
    private EventDecoder() {}

    /** The event for {@code m}, or {@code null} for control messages. */
    public static RouteEvent decode(Message m) {
        int type = m.type();
        return switch (type) {
            case RTM_NEWLINK, RTM_DELLINK -> new LinkEvent(type == RTM_DELLINK, LinkCodec.parse(m));
            case RTM_NEWADDR, RTM_DELADDR -> parsed(m, AddressCodec.parse(m), a -> new AddressEvent(type == RTM_DELADDR, a));
            case RTM_NEWROUTE, RTM_DELROUTE -> parsed(m, RouteCodec.parse(m), r -> new RouteChange(type == RTM_DELROUTE, r));
            case RTM_NEWNEIGH, RTM_DELNEIGH -> parsed(m, NeighbourCodec.parse(m), n -> new NeighbourEvent(type == RTM_DELNEIGH, n));
            default -> type < 0x10 ? null : raw(m);
        };
    }

    /** The parsers return null for families they do not model (e.g. AF_BRIDGE): keep those raw. */
    private static <T> RouteEvent parsed(Message m, T value, Function<T, RouteEvent> event) {
        return value == null ? raw(m) : event.apply(value);
    }

    private static RouteEvent raw(Message m) {
        return new RawEvent(m.type(), m.payloadLength() > 0 ? m.u8(0) : 0, m.bytes(0, m.payloadLength()));
    }

    /** The {@code RTM_*} name of a message type, or its number. */
    public static String typeName(int type) {
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
