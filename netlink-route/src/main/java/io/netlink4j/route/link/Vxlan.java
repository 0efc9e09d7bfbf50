package io.netlink4j.route.link;

import io.netlink4j.core.Cidr;
import io.netlink4j.core.InterfaceName;
import io.netlink4j.core.MacAddress;
import java.net.InetAddress;
import java.util.Objects;

/**
 * A VXLAN tunnel endpoint: {@code ip link add NAME type vxlan id VNI [remote IP | group MCAST]
 * [local IP] [dev DEV] dstport PORT}. The remote or multicast group is one kernel attribute
 * ({@code IFLA_VXLAN_GROUP}/{@code GROUP6}): the default destination of flooded frames.
 *
 * @param name    the new device
 * @param vni     {@code IFLA_VXLAN_ID}, 0 to 2^24-1
 * @param local   {@code IFLA_VXLAN_LOCAL}/{@code LOCAL6}, or {@code null}
 * @param remote  unicast default destination, or {@code null}
 * @param group   multicast default destination (needs {@code device}), or {@code null}
 * @param port    {@code IFLA_VXLAN_PORT}; {@link #of} uses the IANA port 4789, as iproute2
 *                recommends, rather than the kernel's historical 8472
 * @param device  the underlay device ({@code IFLA_VXLAN_LINK}), or {@code null}
 * @param options the options every link has
 */
public record Vxlan(String name, int vni, InetAddress local, InetAddress remote, InetAddress group,
                    int port, String device, LinkOptions options) implements LinkSpec {
    /** The IANA VXLAN port. */
    public static final int IANA_PORT = 4789;
    /** The largest VNI (24 bits). */
    public static final int MAX_VNI = 0xFFFFFF;

    /** Checks the ranges, and that the addresses agree in family and kind. */
    public Vxlan {
        InterfaceName.check(Objects.requireNonNull(name, "name"));
        Objects.requireNonNull(options, "options");
        if (vni < 0 || vni > MAX_VNI) {
            throw new IllegalArgumentException("vxlan " + name + ": VNI " + vni + " is out of range: 0.." + MAX_VNI);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("vxlan " + name + ": port " + port + " is out of range: 1..65535");
        }
        if (device != null) {
            InterfaceName.check(device);
        }
        if (remote != null && group != null) {
            throw new IllegalArgumentException("vxlan " + name + ": remote " + Cidr.format(remote)
                    + " and group " + Cidr.format(group) + " exclude each other");
        }
        if (remote != null && remote.isMulticastAddress()) {
            throw new IllegalArgumentException("vxlan " + name + ": remote " + Cidr.format(remote)
                    + " is multicast; use withMulticastGroup");
        }
        if (group != null && !group.isMulticastAddress()) {
            throw new IllegalArgumentException("vxlan " + name + ": group " + Cidr.format(group)
                    + " is not multicast; use withRemote");
        }
        InetAddress dst = remote != null ? remote : group;
        if (local != null && dst != null && local.getAddress().length != dst.getAddress().length) {
            throw new IllegalArgumentException("vxlan " + name + ": local " + Cidr.format(local)
                    + " and " + Cidr.format(dst) + " are of different address families");
        }
    }

    /** {@code ip link add NAME type vxlan id VNI dstport 4789}. */
    public static Vxlan of(String name, int vni) {
        return new Vxlan(name, vni, null, null, null, IANA_PORT, null, LinkOptions.DEFAULT);
    }

    /** {@code local IP}: the source address of encapsulated packets. */
    public Vxlan withLocal(String ip) {
        return withLocal(Cidr.parseAddress(Objects.requireNonNull(ip, "ip")));
    }

    /** {@code local IP}. */
    public Vxlan withLocal(InetAddress ip) {
        return new Vxlan(name, vni, Objects.requireNonNull(ip, "ip"), remote, group, port, device, options);
    }

    /** {@code remote IP}: the unicast default destination. */
    public Vxlan withRemote(String ip) {
        return withRemote(Cidr.parseAddress(Objects.requireNonNull(ip, "ip")));
    }

    /** {@code remote IP}. */
    public Vxlan withRemote(InetAddress ip) {
        return new Vxlan(name, vni, local, Objects.requireNonNull(ip, "ip"), group, port, device, options);
    }

    /** {@code group MCAST}: the multicast default destination. */
    public Vxlan withMulticastGroup(String ip) {
        return withMulticastGroup(Cidr.parseAddress(Objects.requireNonNull(ip, "ip")));
    }

    /** {@code group MCAST}. */
    public Vxlan withMulticastGroup(InetAddress ip) {
        return new Vxlan(name, vni, local, remote, Objects.requireNonNull(ip, "ip"), port, device, options);
    }

    /** {@code dstport PORT}. */
    public Vxlan withPort(int port) {
        return new Vxlan(name, vni, local, remote, group, port, device, options);
    }

    /** {@code dev DEV}: the underlay device. */
    public Vxlan withDevice(String device) {
        return new Vxlan(name, vni, local, remote, group, port, Objects.requireNonNull(device, "device"), options);
    }

    @Override
    public String kind() {
        return "vxlan";
    }

    @Override
    public Vxlan withOptions(LinkOptions o) {
        return new Vxlan(name, vni, local, remote, group, port, device, Objects.requireNonNull(o, "options"));
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
    public Vxlan withMac(MacAddress mac) {
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

    @Override
    public Vxlan withQueues(int n) {
        return withOptions(options.withQueues(n));
    }

    /** The {@code ip link add} arguments: {@code vxlan100 type vxlan id 100 remote 192.0.2.2 dstport 4789}. */
    @Override
    public String toString() {
        return Specs.head(name, options) + " type vxlan id " + vni
                + (remote == null ? "" : " remote " + Cidr.format(remote))
                + (group == null ? "" : " group " + Cidr.format(group))
                + (local == null ? "" : " local " + Cidr.format(local))
                + (device == null ? "" : " dev " + device) + " dstport " + port;
    }
}
