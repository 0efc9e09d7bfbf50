package io.netlink4j.route.address;

import static io.netlink4j.core.uapi.SysConst.AF_INET;
import static io.netlink4j.core.uapi.SysConst.AF_INET6;
import static io.netlink4j.route.uapi.IfAddrH.*;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageWriter;
import java.net.InetAddress;
import io.netlink4j.route.internal.Structs;

/** {@code RTM_NEWADDR}/{@code RTM_DELADDR} bodies and the parser of {@code RTM_NEWADDR} messages. */
final class AddressCodec {
    private AddressCodec() {}

    /**
     * The body of {@code RTM_NEWADDR} for {@code spec} on device {@code index}, as {@code ip addr add}
     * builds it: {@code IFA_LOCAL} and {@code IFA_ADDRESS} both set to the address.
     */
    static void writeNew(MessageWriter w, int index, AddressSpec spec) {
        InetAddress a = spec.cidr().address();
        int family = spec.cidr().isIpv4() ? AF_INET : AF_INET6;
        int scope = spec.scope() == null ? 0 : spec.scope().value();
        Structs.ifaddrmsg(w, family, spec.cidr().prefixLength(), spec.flags() & 0xff, scope, index);
        w.putAddress(IFA_LOCAL, a);
        w.putAddress(IFA_ADDRESS, a);
        InetAddress brd = spec.effectiveBroadcast();
        if (brd != null) {
            w.putAddress(IFA_BROADCAST, brd);
        }
        if (spec.metric() != 0) {
            w.putU32(IFA_RT_PRIORITY, spec.metric());
        }
        if (spec.label() != null) {
            w.putString(IFA_LABEL, spec.label());
        }
        // ifa_flags is a u8; IFA_FLAGS (u32, read instead of ifa_flags when present) carries flags above
        // bit 7 (noprefixroute, mngtmpaddr...). Sent only then, as iproute2 does.
        if ((spec.flags() & ~0xff) != 0) {
            w.putU32(IFA_FLAGS, spec.flags());
        }
    }

    /** The body of {@code RTM_DELADDR}: the kernel matches on the local address and prefix length. */
    static void writeDelete(MessageWriter w, int index, InetAddress address, int prefixLength) {
        Structs.ifaddrmsg(w, address.getAddress().length == 4 ? AF_INET : AF_INET6, prefixLength, 0, 0, index);
        w.putAddress(IFA_LOCAL, address);
        w.putAddress(IFA_ADDRESS, address);
    }

    /** The body of an {@code RTM_GETADDR} dump, filtered by family and device index (0: all) under strict checking. */
    static void writeDump(MessageWriter w, int family, int index) {
        Structs.ifaddrmsg(w, family, 0, 0, 0, index);
    }

    /** Parses an {@code RTM_NEWADDR}/{@code RTM_DELADDR} message; {@code null} for families other than IPv4/IPv6. */
    static Address parse(Message m) {
        int family = m.u8(0);
        if (family != AF_INET && family != AF_INET6) {
            return null;
        }
        int prefix = m.u8(1);
        int flags = m.u8(2);
        int scope = m.u8(3);
        int index = m.u32(4);
        InetAddress address = null;
        InetAddress local = null;
        InetAddress broadcast = null;
        String label = null;
        int metric = 0;
        Attributes a = m.attributes(Structs.IFADDRMSG_LEN);
        while (a.next()) {
            switch (a.type()) {
                case IFA_ADDRESS -> address = a.address();
                case IFA_LOCAL -> local = a.address();
                case IFA_BROADCAST -> broadcast = a.address();
                case IFA_LABEL -> label = a.string();
                case IFA_FLAGS -> flags = a.u32();
                case IFA_RT_PRIORITY -> metric = a.u32();
                default -> { }
            }
        }
        if (address == null) {
            address = local;
        }
        if (address == null) {
            return null;
        }
        return new Address(index, family, address, prefix, broadcast, local, label, scope, flags, metric);
    }
}
