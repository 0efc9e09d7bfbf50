package io.netlink4j.route.neighbour;

import static io.netlink4j.core.uapi.SysConst.AF_INET;
import static io.netlink4j.core.uapi.SysConst.AF_INET6;
import static io.netlink4j.route.uapi.RtnetlinkH.*;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageWriter;
import java.net.Inet4Address;
import java.net.InetAddress;
import io.netlink4j.core.MacAddress;
import io.netlink4j.route.internal.Structs;

/** {@code RTM_NEWNEIGH}/{@code RTM_DELNEIGH} bodies, the dump request, and the parser. */
final class NeighbourCodec {
    private NeighbourCodec() {}

    /**
     * The body of {@code RTM_NEWNEIGH} or {@code RTM_DELNEIGH} ({@code mac} may be null for a delete),
     * as {@code ip neigh} builds it.
     */
    static void write(MessageWriter w, int index, InetAddress ip, byte[] mac, int state) {
        Structs.ndmsg(w, ip instanceof Inet4Address ? AF_INET : AF_INET6, index, state, 0, 0);
        w.putAddress(NDA_DST, ip);
        if (mac != null) {
            w.putBytes(NDA_LLADDR, mac);
        }
    }

    /** An {@code RTM_GETNEIGH} dump; strict checking wants a zero header and the device in {@code NDA_IFINDEX}. */
    static void writeDump(MessageWriter w, int index) {
        Structs.ndmsg(w, 0, 0, 0, 0, 0);
        if (index != 0) {
            w.putU32(NDA_IFINDEX, index);
        }
    }

    /** Parses an {@code RTM_NEWNEIGH}/{@code RTM_DELNEIGH} message; {@code null} for families other than IPv4/IPv6. */
    static Neighbour parse(Message m) {
        int family = m.u8(0);
        if (family != AF_INET && family != AF_INET6) {
            return null;
        }
        int index = m.u32(4);
        int state = m.u16(8);
        int flags = m.u8(10);
        InetAddress dst = null;
        String mac = null;
        Attributes a = m.attributes(Structs.NDMSG_LEN);
        while (a.next()) {
            switch (a.type()) {
                case NDA_DST -> dst = a.address();
                case NDA_LLADDR -> mac = a.length() == 0 ? null : MacAddress.format(a.bytes());
                default -> { }
            }
        }
        return dst == null ? null : new Neighbour(index, family, dst, mac, state, flags);
    }
}
