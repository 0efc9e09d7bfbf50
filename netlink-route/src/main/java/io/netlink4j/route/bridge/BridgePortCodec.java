package io.netlink4j.route.bridge;

import static io.netlink4j.core.uapi.SysConst.AF_BRIDGE;
import static io.netlink4j.route.uapi.IfLinkH.*;

import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.message.RawAttribute;
import io.netlink4j.route.internal.DeviceNames;
import io.netlink4j.route.internal.Structs;
import java.util.ArrayList;
import java.util.List;

/** {@code bridge link set} and {@code bridge link show}: {@code AF_BRIDGE} link messages with {@code IFLA_PROTINFO}. */
final class BridgePortCodec {
    private BridgePortCodec() {}

    /**
     * The body of {@code RTM_SETLINK} for {@code bridge link set dev DEV ...}: an {@code AF_BRIDGE}
     * {@code ifinfomsg} and a nested {@code IFLA_PROTINFO} whose attributes go in the fixed order
     * {@code bridge} writes them (guard, hairpin, flood, mcast_flood, learning, cost, priority,
     * neigh_suppress, isolated), whatever order they were given in.
     */
    static void write(MessageWriter w, BridgePortSpec s, int index) {
        Structs.ifinfomsg(w, AF_BRIDGE, index, 0, 0);
        int nest = w.beginNested(IFLA_PROTINFO);
        flag(w, IFLA_BRPORT_GUARD, s.bpduGuard());
        flag(w, IFLA_BRPORT_MODE, s.hairpin());
        flag(w, IFLA_BRPORT_UNICAST_FLOOD, s.flood());
        flag(w, IFLA_BRPORT_MCAST_FLOOD, s.mcastFlood());
        flag(w, IFLA_BRPORT_LEARNING, s.learning());
        if (s.cost() != null) {
            w.putU32(IFLA_BRPORT_COST, s.cost().intValue());
        }
        if (s.priority() != null) {
            w.putU16(IFLA_BRPORT_PRIORITY, s.priority());
        }
        flag(w, IFLA_BRPORT_NEIGH_SUPPRESS, s.neighSuppress());
        flag(w, IFLA_BRPORT_ISOLATED, s.isolated());
        w.endNested(nest);
    }

    private static void flag(MessageWriter w, int type, Boolean on) {
        if (on != null) {
            w.putU8(type, on ? 1 : 0);
        }
    }

    /** {@code bridge link show}: an {@code AF_BRIDGE} link dump. */
    static void writeDump(MessageWriter w) {
        Structs.ifinfomsg(w, AF_BRIDGE, 0, 0, 0);
    }

    /**
     * The port an {@code AF_BRIDGE} {@code RTM_NEWLINK} describes, or {@code null} for one without
     * port settings (the bridge itself).
     */
    static BridgePort parse(Message m, DeviceNames names) {
        if (m.u8(0) != AF_BRIDGE) {
            return null;
        }
        int index = m.u32(Structs.IFINFOMSG_INDEX);
        String dev = null;
        int master = 0;
        Attributes port = null;
        Attributes a = m.attributes(Structs.IFINFOMSG_LEN);
        while (a.next()) {
            switch (a.type()) {
                case IFLA_IFNAME -> dev = a.string();
                case IFLA_MASTER -> master = a.u32();
                case IFLA_PROTINFO -> port = a.nested();
                default -> { }
            }
        }
        if (port == null) {
            return null;
        }
        if (dev == null) {
            throw new ProtocolException("RTM_NEWLINK (bridge port " + index + ") without IFLA_IFNAME");
        }
        Integer state = null;
        int priority = 0;
        long cost = 0;
        boolean guard = false;
        boolean hairpin = false;
        boolean flood = false;
        boolean mcastFlood = false;
        boolean bcastFlood = false;
        boolean learning = false;
        boolean neighSuppress = false;
        boolean isolated = false;
        List<RawAttribute> unknown = new ArrayList<>();
        while (port.next()) {
            switch (port.type()) {
                case IFLA_BRPORT_STATE -> state = port.u8();
                case IFLA_BRPORT_PRIORITY -> priority = port.u16();
                case IFLA_BRPORT_COST -> cost = Integer.toUnsignedLong(port.u32());
                case IFLA_BRPORT_GUARD -> guard = port.u8() != 0;
                case IFLA_BRPORT_MODE -> hairpin = port.u8() != 0;
                case IFLA_BRPORT_UNICAST_FLOOD -> flood = port.u8() != 0;
                case IFLA_BRPORT_MCAST_FLOOD -> mcastFlood = port.u8() != 0;
                case IFLA_BRPORT_BCAST_FLOOD -> bcastFlood = port.u8() != 0;
                case IFLA_BRPORT_LEARNING -> learning = port.u8() != 0;
                case IFLA_BRPORT_NEIGH_SUPPRESS -> neighSuppress = port.u8() != 0;
                case IFLA_BRPORT_ISOLATED -> isolated = port.u8() != 0;
                default -> unknown.add(port.raw());
            }
        }
        String br = master == 0 ? null : names.cached(master);
        return new BridgePort(dev, br != null || master == 0 ? br : "if" + master,
                state == null ? null : BridgePortState.fromCode(state).orElse(null), priority, cost, guard, hairpin,
                flood, mcastFlood, bcastFlood, learning, neighSuppress, isolated, unknown);
    }
}
