package io.netlink4j.route.address;

import io.netlink4j.core.Cidr;
import io.netlink4j.core.uapi.SysConst;
import java.net.InetAddress;
import io.netlink4j.route.route.RouteScope;
import io.netlink4j.route.uapi.IfAddrH;

/**
 * An address on a device, as the kernel reports it ({@code RTM_NEWADDR}).
 *
 * <p>Kernel meanings: {@code address} is {@code IFA_ADDRESS} (the peer on point-to-point links,
 * otherwise the address itself) and {@code local} is {@code IFA_LOCAL} (IPv4 always; IPv6 only
 * with a peer). {@link #cidr()} is what {@code ip addr} prints after {@code inet}.
 *
 * @param index        the device's index
 * @param family       {@code AF_INET} or {@code AF_INET6}
 * @param address      {@code IFA_ADDRESS}
 * @param prefixLength the prefix length
 * @param broadcast    {@code IFA_BROADCAST}, or {@code null}
 * @param local        {@code IFA_LOCAL}, or {@code null}
 * @param label        {@code IFA_LABEL} (IPv4), or {@code null}
 * @param scope        {@code ifa_scope}: 0 global, 253 link, 254 host (see {@link RouteScope})
 * @param flags        {@code IFA_FLAGS} ({@code IFA_F_PERMANENT}, {@code IFA_F_NODAD}...)
 * @param metric       {@code IFA_RT_PRIORITY}: metric of the subnet's route, 0 when not set
 */
public record Address(int index, int family, InetAddress address, int prefixLength, InetAddress broadcast,
                      InetAddress local, String label, int scope, int flags, int metric) {

    /** The device's own address and the prefix length: {@code 10.0.0.1/24}. */
    public Cidr cidr() {
        return new Cidr(local != null ? local : address, prefixLength);
    }

    /** Whether this is an IPv4 address. */
    public boolean isIpv4() {
        return family == SysConst.AF_INET;
    }

    /** The scope as an enum, or {@code null} for a user-defined number. */
    public RouteScope routeScope() {
        return RouteScope.of(scope);
    }

    /** {@code IFA_F_SECONDARY}: another address of the same subnet came first. */
    public boolean isSecondary() {
        return (flags & IfAddrH.IFA_F_SECONDARY) != 0;
    }

    /** {@code IFA_F_TENTATIVE}: IPv6 duplicate address detection still runs. */
    public boolean isTentative() {
        return (flags & IfAddrH.IFA_F_TENTATIVE) != 0;
    }

    @Override
    public String toString() {
        return cidr() + (broadcast != null ? " brd " + broadcast.getHostAddress() : "") + " index " + index
                + (label != null ? " label " + label : "");
    }

    /**
     * The address an {@code RTM_NEWADDR}/{@code RTM_DELADDR} message; {@code null} for families other than IPv4 and IPv6.
     *
     * @throws io.netlink4j.core.ProtocolException if the message is malformed
     */
    public static Address parse(io.netlink4j.core.message.Message m) {
        return AddressCodec.parse(m);
    }
}
