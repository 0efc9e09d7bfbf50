package io.netlink4j.route.link;

import java.net.InetAddress;
import java.util.Objects;
import io.netlink4j.core.InterfaceName;

/**
 * A VXLAN tunnel endpoint: {@code ip link add NAME type vxlan id VNI [local IP] [remote IP | group
 * MCAST] [dstport PORT] [dev DEV]}. The remote or multicast group is one kernel attribute
 * ({@code IFLA_VXLAN_GROUP}/{@code GROUP6}): the default destination of flooded frames.
 *
 * @param vni    {@code IFLA_VXLAN_ID}, 0 to 2^24-1
 * @param local  {@code IFLA_VXLAN_LOCAL}/{@code LOCAL6}, or {@code null}
 * @param remote unicast default destination, or {@code null}
 * @param group  multicast default destination (needs {@code device}), or {@code null}
 * @param port   {@code IFLA_VXLAN_PORT}; {@link #of} uses the IANA port 4789, as iproute2 does,
 *               rather than the kernel's historical 8472
 * @param device the underlay device ({@code IFLA_VXLAN_LINK}), or {@code null}
 */
public record Vxlan(String name, int vni, InetAddress local, InetAddress remote, InetAddress group,
                    int port, String device, LinkOptions options) implements LinkSpec {
    /** The IANA VXLAN port. */
    public static final int IANA_PORT = 4789;

    /** Checks the ranges, and that the addresses agree in family and kind. */
    public Vxlan {
        InterfaceName.check(name);
        Objects.requireNonNull(options, "options");
        if (vni < 0 || vni > 0xFFFFFF) {
            throw new IllegalArgumentException("vxlan " + name + ": VNI " + vni + " outside 0..16777215");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("vxlan " + name + ": port " + port + " outside 1..65535");
        }
        if (device != null) {
            InterfaceName.check(device);
        }
        if (remote != null && group != null) {
            throw new IllegalArgumentException("vxlan " + name + ": remote " + remote.getHostAddress()
                    + " and group " + group.getHostAddress() + " exclude each other");
        }
        if (remote != null && remote.isMulticastAddress()) {
            throw new IllegalArgumentException("vxlan " + name + ": remote " + remote.getHostAddress()
                    + " is multicast; use withMulticastGroup");
        }
        if (group != null && !group.isMulticastAddress()) {
            throw new IllegalArgumentException("vxlan " + name + ": group " + group.getHostAddress()
                    + " is not multicast; use withRemote");
        }
        InetAddress dst = remote != null ? remote : group;
        if (local != null && dst != null && local.getAddress().length != dst.getAddress().length) {
            throw new IllegalArgumentException("vxlan " + name + ": local " + local.getHostAddress()
                    + " and " + dst.getHostAddress() + " are of different address families");
        }
    }

    /** {@code ip link add NAME type vxlan id VNI dstport 4789}. */
    public static Vxlan of(String name, int vni) {
        return new Vxlan(name, vni, null, null, null, IANA_PORT, null, LinkOptions.DEFAULT);
    }

    /** {@code local IP}: the source address of encapsulated packets. */
    public Vxlan withLocal(String ip) {
        return new Vxlan(name, vni, literal(ip), remote, group, port, device, options);
    }

    /** {@code remote IP}: the unicast default destination. */
    public Vxlan withRemote(String ip) {
        return new Vxlan(name, vni, local, literal(ip), group, port, device, options);
    }

    /** {@code group MCAST}: the multicast default destination. */
    public Vxlan withMulticastGroup(String ip) {
        return new Vxlan(name, vni, local, remote, literal(ip), port, device, options);
    }

    /** {@code dstport PORT}. */
    public Vxlan withPort(int port) {
        return new Vxlan(name, vni, local, remote, group, port, device, options);
    }

    /** {@code dev DEV}: the underlay device. */
    public Vxlan withDevice(String device) {
        return new Vxlan(name, vni, local, remote, group, port, device, options);
    }

    private static InetAddress literal(String ip) {
        try {
            return InetAddress.ofLiteral(ip);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + ip + "' is not an IPv4 or IPv6 address literal", e);
        }
    }

    @Override
    public String kind() {
        return "vxlan";
    }

    @Override
    public Vxlan withOptions(LinkOptions o) {
        return new Vxlan(name, vni, local, remote, group, port, device, o);
    }

    @Override
    public Vxlan withMtu(int mtu) {
        return withOptions(options.withMtu(mtu));
    }

    @Override
    public Vxlan withMac(String mac) {
        return withOptions(options.withMac(mac));
    }

    @Override
    public Vxlan withGroup(int group) {
        return withOptions(options.withGroup(group));
    }

    @Override
    public Vxlan withUp() {
        return withOptions(options.withUp());
    }

    @Override
    public Vxlan withMaster(String master) {
        return withOptions(options.withMaster(master));
    }
}
