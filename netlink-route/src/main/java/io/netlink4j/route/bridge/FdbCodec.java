package io.netlink4j.route.bridge;

import static io.netlink4j.core.uapi.SysConst.AF_BRIDGE;
import static io.netlink4j.route.uapi.RtnetlinkH.*;

import io.netlink4j.core.AddressFamily;
import io.netlink4j.core.MacAddress;
import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.message.RawAttribute;
import io.netlink4j.route.internal.DeviceNames;
import io.netlink4j.route.internal.InetAddresses;
import io.netlink4j.route.internal.Structs;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code AF_BRIDGE} {@code RTM_NEWNEIGH}/{@code RTM_DELNEIGH} bodies, the dump request and the
 * parser, as {@code bridge fdb} lays them out.
 */
final class FdbCodec {
    private FdbCodec() {}

    /**
     * The body of an FDB request: {@code ndmsg}, then {@code NDA_LLADDR}, {@code NDA_DST},
     * {@code NDA_VLAN}, {@code NDA_PORT}, {@code NDA_VNI}, {@code NDA_IFINDEX} in that order,
     * as {@code bridge fdb} sends them. Neither {@code self} nor {@code master} means {@code self}.
     */
    static void write(MessageWriter w, FdbSpec s, int devIndex, int viaIndex) {
        int flags = (s.self() ? NTF_SELF : 0) | (s.master() ? NTF_MASTER : 0);
        Structs.ndmsg(w, AF_BRIDGE, devIndex, s.state().requestBits(), flags == 0 ? NTF_SELF : flags, 0);
        w.putBytes(NDA_LLADDR, s.mac().bytes());
        if (s.dst() != null) {
            w.putAddress(NDA_DST, s.dst());
        }
        if (s.vlan() != null) {
            w.putU16(NDA_VLAN, s.vlan());
        }
        if (s.port() != null) {
            w.putU16be(NDA_PORT, s.port());
        }
        if (s.vni() != null) {
            w.putU32(NDA_VNI, s.vni());
        }
        if (viaIndex != 0) {
            w.putU32(NDA_IFINDEX, viaIndex);
        }
    }

    /** {@code bridge fdb show [br BR] [brport PORT]}: the port in {@code ndm_ifindex}, the bridge in {@code NDA_MASTER}. */
    static void writeDump(MessageWriter w, int bridgeIndex, int portIndex) {
        Structs.ndmsg(w, AF_BRIDGE, portIndex, 0, 0, 0);
        if (bridgeIndex != 0) {
            w.putU32(NDA_MASTER, bridgeIndex);
        }
    }

    /** The entry an {@code RTM_NEWNEIGH} holds, or {@code null} for a neighbour of another family (ARP, NDP). */
    static FdbEntry parse(Message m, DeviceNames names) {
        if (m.u8(0) != AF_BRIDGE) {
            return null;
        }
        int index = m.u32(4);
        int state = m.u16(8);
        int flags = m.u8(10);
        MacAddress mac = null;
        InetAddress dst = null;
        Integer vlan = null;
        Integer port = null;
        Integer vni = null;
        Integer srcVni = null;
        int via = 0;
        int master = 0;
        List<RawAttribute> unknown = new ArrayList<>();
        Attributes a = m.attributes(Structs.NDMSG_LEN);
        while (a.next()) {
            switch (a.type()) {
                case NDA_LLADDR -> {
                    if (a.length() != 6) {
                        throw new ProtocolException("RTM_NEWNEIGH (bridge): NDA_LLADDR of " + a.length()
                                + " bytes, an Ethernet address has 6");
                    }
                    mac = MacAddress.of(a.bytes());
                }
                case NDA_DST -> dst = InetAddresses.read(a, a.length() == 16 ? AddressFamily.INET6 : AddressFamily.INET);
                case NDA_VLAN -> vlan = a.u16();
                case NDA_PORT -> port = a.u16be();
                case NDA_VNI -> vni = a.u32();
                case NDA_SRC_VNI -> srcVni = a.u32();
                case NDA_IFINDEX -> via = a.u32();
                case NDA_MASTER -> master = a.u32();
                default -> unknown.add(a.raw());
            }
        }
        if (mac == null) {
            throw new ProtocolException("RTM_NEWNEIGH (bridge) of device " + index + " without NDA_LLADDR");
        }
        return new FdbEntry(mac, name(names, index), dst, vlan, port, vni, srcVni,
                via == 0 ? null : name(names, via), master == 0 ? null : name(names, master),
                FdbState.ofBits(state), FdbFlag.of(flags), unknown);
    }

    /** The device's name, or {@code if<index>} as {@code ip} prints an index it cannot name. */
    private static String name(DeviceNames names, int index) {
        String n = names.cached(index);
        return n != null ? n : "if" + index;
    }
}
