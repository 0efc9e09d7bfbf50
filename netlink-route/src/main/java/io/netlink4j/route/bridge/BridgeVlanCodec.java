package io.netlink4j.route.bridge;

import static io.netlink4j.core.uapi.SysConst.AF_BRIDGE;
import static io.netlink4j.route.uapi.IfBridgeH.*;
import static io.netlink4j.route.uapi.IfLinkH.IFLA_AF_SPEC;
import static io.netlink4j.route.uapi.IfLinkH.IFLA_EXT_MASK;
import static io.netlink4j.route.uapi.IfLinkH.IFLA_IFNAME;
import static io.netlink4j.route.uapi.RtnetlinkH.RTEXT_FILTER_BRVLAN;

import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.route.internal.Structs;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** {@code bridge vlan add|del|show}, laid out as iproute2 does. */
final class BridgeVlanCodec {
    /** {@code struct bridge_vlan_info}: flags u16, vid u16. */
    private static final int VLAN_INFO_LEN = 4;

    private BridgeVlanCodec() {}

    /**
     * The body of {@code RTM_SETLINK} (add) or {@code RTM_DELLINK} (del): {@code IFLA_AF_SPEC}
     * (without {@code NLA_F_NESTED}, as {@code bridge} sends it) holding {@code IFLA_BRIDGE_FLAGS}
     * when {@code self}/{@code master} is said, then one {@code IFLA_BRIDGE_VLAN_INFO}, or a
     * {@code RANGE_BEGIN}/{@code RANGE_END} pair for a range.
     */
    static void write(MessageWriter w, BridgeVlanSpec s, int index) {
        Structs.ifinfomsg(w, AF_BRIDGE, index, 0, 0);
        int spec = w.beginNestedPlain(IFLA_AF_SPEC);
        int bridgeFlags = (s.self() ? BRIDGE_FLAGS_SELF : 0) | (s.master() ? BRIDGE_FLAGS_MASTER : 0);
        if (bridgeFlags != 0) {
            w.putU16(IFLA_BRIDGE_FLAGS, bridgeFlags);
        }
        int flags = (s.pvid() ? BRIDGE_VLAN_INFO_PVID : 0) | (s.untagged() ? BRIDGE_VLAN_INFO_UNTAGGED : 0);
        if (s.vidEnd() == null) {
            vlanInfo(w, flags, s.vid());
        } else {
            vlanInfo(w, flags | BRIDGE_VLAN_INFO_RANGE_BEGIN, s.vid());
            vlanInfo(w, flags | BRIDGE_VLAN_INFO_RANGE_END, s.vidEnd());
        }
        w.endNested(spec);
    }

    /** {@code struct bridge_vlan_info} in host order, written in place. */
    private static void vlanInfo(MessageWriter w, int flags, int vid) {
        int o = w.beginNestedPlain(IFLA_BRIDGE_VLAN_INFO);
        w.u16(flags).u16(vid);
        w.endNested(o);
    }

    /** {@code bridge vlan show}: an {@code AF_BRIDGE} link dump asking for each port's VLANs ({@code RTEXT_FILTER_BRVLAN}). */
    static void writeDump(MessageWriter w) {
        Structs.ifinfomsg(w, AF_BRIDGE, 0, 0, 0);
        w.putU32(IFLA_EXT_MASK, RTEXT_FILTER_BRVLAN);
    }

    /**
     * Sends each VLAN of the port an {@code AF_BRIDGE} {@code RTM_NEWLINK} describes to {@code each}
     * (nothing for a device without VLANs), joining a {@code RANGE_BEGIN}/{@code RANGE_END} pair.
     */
    private static void parse(Message m, Consumer<? super BridgeVlan> each) {
        if (m.u8(0) != AF_BRIDGE) {
            return;
        }
        String dev = null;
        Attributes spec = null;
        Attributes a = m.attributes(Structs.IFINFOMSG_LEN);
        while (a.next()) {
            if (a.type() == IFLA_IFNAME) {
                dev = a.string();
            } else if (a.type() == IFLA_AF_SPEC) {
                spec = a.nested();
            }
        }
        if (spec == null) {
            return;
        }
        if (dev == null) {
            throw new ProtocolException("RTM_NEWLINK (bridge VLANs of " + m.u32(Structs.IFINFOMSG_INDEX)
                    + ") without IFLA_IFNAME");
        }
        int begin = -1;
        while (spec.next()) {
            if (spec.type() != IFLA_BRIDGE_VLAN_INFO) {
                continue;
            }
            var p = spec.payload();
            if (p.length() < VLAN_INFO_LEN) {
                throw new ProtocolException("IFLA_BRIDGE_VLAN_INFO of " + p.length() + " bytes, needs " + VLAN_INFO_LEN);
            }
            int flags = p.u16(0);
            int vid = p.u16(2);
            boolean pvid = (flags & BRIDGE_VLAN_INFO_PVID) != 0;
            boolean untagged = (flags & BRIDGE_VLAN_INFO_UNTAGGED) != 0;
            if ((flags & BRIDGE_VLAN_INFO_RANGE_BEGIN) != 0) {
                begin = vid;
            } else if ((flags & BRIDGE_VLAN_INFO_RANGE_END) != 0) {
                if (begin < 0 || vid < begin) {
                    throw new ProtocolException("VLAN range end " + vid + " of " + dev + " without its begin");
                }
                each.accept(new BridgeVlan(dev, begin, vid, pvid, untagged));
                begin = -1;
            } else {
                each.accept(new BridgeVlan(dev, vid, vid, pvid, untagged));
            }
        }
    }

    /** The VLANs of the port an {@code AF_BRIDGE} {@code RTM_NEWLINK} describes; empty for a device without any. */
    static List<BridgeVlan> parse(Message m) {
        List<BridgeVlan> out = new ArrayList<>();
        parse(m, out::add);
        return out;
    }
}
