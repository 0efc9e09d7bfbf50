package io.netlink4j.route.internal;

import static io.netlink4j.route.internal.Rtnetlink.*;

import io.netlink4j.core.message.Message;
import io.netlink4j.route.LinkEvent;
import io.netlink4j.route.RawEvent;
import io.netlink4j.route.RouteEvent;

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
            // case RTM_NEWADDR, RTM_DELADDR -> new AddressEvent(type == RTM_DELADDR, AddressCodec.parse(m));
            // case RTM_NEWROUTE, RTM_DELROUTE -> new RouteEvent.RouteChange(type == RTM_DELROUTE, RouteCodec.parse(m));
            default -> type < 0x10 ? null
                    : new RawEvent(type, m.payloadLength() > 0 ? m.u8(0) : 0, m.bytes(0, m.payloadLength()));
        };
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
