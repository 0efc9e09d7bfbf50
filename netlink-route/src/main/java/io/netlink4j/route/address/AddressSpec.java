package io.netlink4j.route.address;

import io.netlink4j.core.Cidr;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import io.netlink4j.core.InterfaceName;
import io.netlink4j.route.route.RouteScope;
import io.netlink4j.route.uapi.IfAddrH;

/**
 * An address to put on a device: {@code ip address add CIDR dev DEV [brd B] [label L] [scope S] [nodad]}.
 * Everything is checked when the spec is made, before anything is sent.
 *
 * <pre>{@code
 * AddressSpec.of("veth-blue", "10.0.0.1/24")                     // ip addr add 10.0.0.1/24 dev veth-blue
 * AddressSpec.of("br0", "10.0.0.254/24").withAutoBroadcast()     // ... brd +
 * AddressSpec.of("veth0", "fd00::1/64").withNoDad()              // ... nodad
 * }</pre>
 *
 * <p>Like {@code ip addr add}, no broadcast is sent unless asked for: the kernel still adds the
 * broadcast route of the subnet, but {@code ip addr} shows no {@code brd}.
 *
 * @param dev           the device's name
 * @param cidr          the address and prefix length, host bits kept ({@code 10.0.0.1/24})
 * @param broadcast     IPv4 broadcast address, or {@code null}
 * @param autoBroadcast compute the broadcast from the prefix as {@code brd +} does (IPv4, prefix up to /30)
 * @param label         IPv4 label ({@code eth0:1}), or {@code null} for the device's name
 * @param scope         the scope, or {@code null} for the kernel's choice (global; host for 127/8)
 * @param flags         {@code IFA_F_*} flags ({@code IFA_F_NODAD}...), sent as {@code IFA_FLAGS}
 * @param metric        metric of the prefix route the kernel adds ({@code IFA_RT_PRIORITY}), 0 for the default
 */
public record AddressSpec(String dev, Cidr cidr, InetAddress broadcast, boolean autoBroadcast, String label,
                          RouteScope scope, int flags, int metric) {
    /** Checks the combination. */
    public AddressSpec {
        InterfaceName.check(dev);
        if (cidr == null) {
            throw new IllegalArgumentException("address of " + dev + " must not be null");
        }
        boolean v4 = cidr.isIpv4();
        if ((broadcast != null || autoBroadcast) && !v4) {
            throw new IllegalArgumentException("broadcast can be set only for IPv4 addresses, not " + cidr);
        }
        if (broadcast != null && !(broadcast instanceof Inet4Address)) {
            throw new IllegalArgumentException("broadcast " + broadcast.getHostAddress() + " of " + cidr
                    + " is not an IPv4 address");
        }
        if (metric < 0) {
            throw new IllegalArgumentException("metric " + metric + " of " + cidr + " must not be negative");
        }
        if (label != null) {
            if (!v4) {
                throw new IllegalArgumentException("label '" + label + "': labels exist only for IPv4 addresses, not "
                        + cidr);
            }
            // iproute2's rule (the kernel would take any label, but tools expect DEV or DEV:ALIAS).
            if (!label.startsWith(dev) || label.getBytes(StandardCharsets.UTF_8).length > InterfaceName.MAX_BYTES) {
                throw new IllegalArgumentException("label '" + label + "' must start with the device name '" + dev
                        + "' and be at most " + InterfaceName.MAX_BYTES + " bytes");
            }
        }
    }

    /** {@code ip addr add CIDR dev DEV}, from {@code "10.0.0.1/24"}. */
    public static AddressSpec of(String dev, String cidr) {
        return of(dev, Cidr.parse(cidr));
    }

    /** {@code ip addr add CIDR dev DEV}. */
    public static AddressSpec of(String dev, Cidr cidr) {
        return new AddressSpec(dev, cidr, null, false, null, null, 0, 0);
    }

    /** {@code ip addr add ADDRESS/PREFIX dev DEV}. */
    public static AddressSpec of(String dev, InetAddress address, int prefixLength) {
        return of(dev, new Cidr(address, prefixLength));
    }

    /** {@code brd ADDRESS}. */
    public AddressSpec withBroadcast(InetAddress broadcast) {
        return new AddressSpec(dev, cidr, broadcast, false, label, scope, flags, metric);
    }

    /** {@code brd ADDRESS}, from {@code "10.0.0.255"}. */
    public AddressSpec withBroadcast(String broadcast) {
        return withBroadcast(Cidr.parseAddress(broadcast));
    }

    /** {@code brd +}: host bits of the address all set. */
    public AddressSpec withAutoBroadcast() {
        return new AddressSpec(dev, cidr, null, true, label, scope, flags, metric);
    }

    /** {@code label LABEL}. */
    public AddressSpec withLabel(String label) {
        return new AddressSpec(dev, cidr, broadcast, autoBroadcast, label, scope, flags, metric);
    }

    /** {@code scope SCOPE}. */
    public AddressSpec withScope(RouteScope scope) {
        return new AddressSpec(dev, cidr, broadcast, autoBroadcast, label, scope, flags, metric);
    }

    /** {@code nodad}: an IPv6 address usable at once, without duplicate address detection. */
    public AddressSpec withNoDad() {
        return withFlags(flags | IfAddrH.IFA_F_NODAD);
    }

    /** {@code noprefixroute}: no route for the subnet is added. */
    public AddressSpec withNoPrefixRoute() {
        return withFlags(flags | IfAddrH.IFA_F_NOPREFIXROUTE);
    }

    /** All {@code IFA_F_*} flags at once. */
    public AddressSpec withFlags(int flags) {
        return new AddressSpec(dev, cidr, broadcast, autoBroadcast, label, scope, flags, metric);
    }

    /** {@code metric N}: the metric of the subnet's route; {@code ip addr replace} can change it. */
    public AddressSpec withMetric(int metric) {
        return new AddressSpec(dev, cidr, broadcast, autoBroadcast, label, scope, flags, metric);
    }

    /** The broadcast address that will be sent, or {@code null}: {@code brd +} gives nothing for /31 and /32. */
    public InetAddress effectiveBroadcast() {
        if (broadcast != null || !autoBroadcast || cidr.prefixLength() > 30) {
            return broadcast;
        }
        byte[] b = cidr.address().getAddress();
        for (int bit = cidr.prefixLength(); bit < 32; bit++) {
            b[bit / 8] |= (byte) (0x80 >>> (bit % 8));
        }
        try {
            return InetAddress.getByAddress(b);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return cidr + " dev " + dev;
    }
}
