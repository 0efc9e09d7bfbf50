package io.netlink4j.route;

import static io.netlink4j.core.uapi.SysConst.AF_BRIDGE;
import static io.netlink4j.route.uapi.IfLinkH.IFLA_BRPORT_STATE;
import static io.netlink4j.route.uapi.IfLinkH.IFLA_IFNAME;
import static io.netlink4j.route.uapi.IfLinkH.IFLA_MASTER;
import static io.netlink4j.route.uapi.IfLinkH.IFLA_PROTINFO;
import static io.netlink4j.route.uapi.RtnetlinkH.*;

import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.Message;
import io.netlink4j.route.address.Address;
import io.netlink4j.route.bridge.BridgePortState;
import io.netlink4j.route.internal.DeviceNames;
import io.netlink4j.route.internal.Structs;
import io.netlink4j.route.link.Link;
import io.netlink4j.route.neighbour.Neighbour;
import io.netlink4j.route.route.Route;
import io.netlink4j.route.rule.Rule;
import io.netlink4j.route.tc.Filter;
import io.netlink4j.route.tc.Qdisc;
import io.netlink4j.route.tc.TrafficClass;
import java.util.function.Function;

/**
 * Turns one rtnetlink notification into a {@link RtnetlinkEvent}: the one place where a message
 * type meets its parser. Link messages of family {@code AF_BRIDGE} are bridge-port notices.
 */
final class EventDecoder {
    private EventDecoder() {}

    /** The event for {@code m}, or {@code null} for control messages; devices named through {@code names}. */
    static RtnetlinkEvent decode(Message m, DeviceNames deviceNames) {
        int type = m.type();
        Names names = new Names(deviceNames);
        return switch (type) {
            case RTM_NEWLINK, RTM_DELLINK -> m.u8(0) == AF_BRIDGE ? port(m, type == RTM_DELLINK, names)
                    : link(m, type == RTM_DELLINK, names);
            case RTM_NEWADDR, RTM_DELADDR -> parsed(m, Address.parse(m, names::name), a -> new AddressEvent(type == RTM_DELADDR, a));
            case RTM_NEWROUTE, RTM_DELROUTE -> parsed(m, Route.parse(m, names::name), r -> new RouteEvent(type == RTM_DELROUTE, r));
            case RTM_NEWNEIGH, RTM_DELNEIGH -> parsed(m, Neighbour.parse(m, names::name), n -> new NeighbourEvent(type == RTM_DELNEIGH, n));
            case RTM_NEWRULE, RTM_DELRULE -> parsed(m, Rule.parse(m), r -> new RuleEvent(type == RTM_DELRULE, r));
            case RTM_NEWQDISC, RTM_DELQDISC -> parsed(m, Qdisc.parse(m, names::name), q -> new QdiscEvent(type == RTM_DELQDISC, q));
            case RTM_NEWTCLASS, RTM_DELTCLASS -> parsed(m, TrafficClass.parse(m, names::name),
                    c -> new TrafficClassEvent(type == RTM_DELTCLASS, c));
            case RTM_NEWTFILTER, RTM_DELTFILTER -> parsed(m, Filter.parse(m, names::name),
                    f -> new FilterEvent(type == RTM_DELTFILTER, f));
            default -> type < 0x10 ? null : raw(m);
        };
    }

    /**
     * Names through the handle's socket; a handle closed before its stream leaves the devices
     * named by index only, rather than failing the stream.
     */
    private record Names(DeviceNames names) {
        String name(int index) {
            try {
                return names.name(index);
            } catch (IllegalStateException closed) {
                return null;
            }
        }

        void put(int index, String name) {
            names.put(index, name);
        }
    }

    private static LinkEvent link(Message m, boolean removed, Names names) {
        Link l = Link.parse(m, names::name);
        names.put(l.index(), l.name());
        return new LinkEvent(removed, l);
    }

    /** An {@code AF_BRIDGE} link message ({@code br_ifinfo_notify}): the port, its bridge, its STP state. */
    private static BridgePortEvent port(Message m, boolean removed, Names names) {
        int index = m.u32(Structs.IFINFOMSG_INDEX);
        String port = null;
        int master = 0;
        BridgePortState state = null;
        Attributes a = m.attributes(Structs.IFINFOMSG_LEN);
        while (a.next()) {
            switch (a.type()) {
                case IFLA_IFNAME -> port = a.string();
                case IFLA_MASTER -> master = a.u32();
                case IFLA_PROTINFO -> {
                    Attributes p = a.nested();
                    while (p.next()) {
                        if (p.type() == IFLA_BRPORT_STATE) {
                            state = BridgePortState.fromCode(p.u8()).orElse(null);
                        }
                    }
                }
                default -> { }
            }
        }
        if (port == null) {
            throw new ProtocolException("bridge port message for index " + index + " without IFLA_IFNAME");
        }
        names.put(index, port);
        return new BridgePortEvent(removed, port, index, names.name(master), master, state);
    }

    /** The parsers return null for families they do not model: keep those raw. */
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
            case RTM_NEWRULE -> "RTM_NEWRULE";
            case RTM_DELRULE -> "RTM_DELRULE";
            case RTM_NEWQDISC -> "RTM_NEWQDISC";
            case RTM_DELQDISC -> "RTM_DELQDISC";
            case RTM_NEWTCLASS -> "RTM_NEWTCLASS";
            case RTM_DELTCLASS -> "RTM_DELTCLASS";
            case RTM_NEWTFILTER -> "RTM_NEWTFILTER";
            case RTM_DELTFILTER -> "RTM_DELTFILTER";
            case RTM_NEWACTION -> "RTM_NEWACTION";
            case RTM_DELACTION -> "RTM_DELACTION";
            case RTM_NEWCHAIN -> "RTM_NEWCHAIN";
            case RTM_DELCHAIN -> "RTM_DELCHAIN";
            case RTM_NEWNETCONF -> "RTM_NEWNETCONF";
            case RTM_NEWNSID -> "RTM_NEWNSID";
            case RTM_DELNSID -> "RTM_DELNSID";
            default -> Integer.toString(type);
        };
    }
}
