package io.netlink4j.route.link;

import io.netlink4j.core.Cidr;
import io.netlink4j.core.InterfaceName;
import io.netlink4j.core.MacAddress;
import java.net.InetAddress;
import java.util.Objects;

/**
 * A VXLAN tunnel endpoint: {@code ip link add NAME type vxlan id VNI [ttl TTL] [l2miss] [l3miss]
 * [dev DEV] [local IP] [remote IP | group MCAST] [nolearning] dstport PORT}. The remote or
 * multicast group is one kernel attribute ({@code IFLA_VXLAN_GROUP}/{@code GROUP6}): the default
 * destination of flooded frames. For an overlay whose control plane programs the forwarding
 * database (as flannel and Calico do), leave both out, turn learning off, and give each remote
 * VTEP an all-zero-MAC entry with {@code fdb().append} (head-end replication).
 *
 * <pre>{@code
 * Vxlan.of("vxlan100", 100).withLocal("192.0.2.1").withLearning(false).withDevice("eth0")
 *     // ip link add vxlan100 type vxlan id 100 dev eth0 local 192.0.2.1 nolearning dstport 4789
 * }</pre>
 *
 * <p>With {@link Links#change}, the same record says what to change on a VXLAN that exists
 * ({@code ip link set NAME type vxlan id VNI ...}): the VNI is always sent and the kernel refuses
 * it unless it is the device's own ({@code Cannot change VNI}); ttl, dev, local, remote or group
 * (of the device's address family) and learning change in place. The kernel (6.x,
 * {@code vxlan_nl2conf}) refuses to change the destination port, l2miss and l3miss — even to the
 * values they have — so a change spec with any of them is refused before anything is sent;
 * delete and add the device to change them.
 *
 * @param name    the new device
 * @param vni     {@code IFLA_VXLAN_ID}, 0 to 2^24-1
 * @param local   {@code IFLA_VXLAN_LOCAL}/{@code LOCAL6}, or {@code null}
 * @param remote  unicast default destination, or {@code null}
 * @param group   multicast default destination (needs {@code device}), or {@code null}
 * @param port    {@code IFLA_VXLAN_PORT}, or {@code null} for the IANA port 4789 (as iproute2
 *                recommends, rather than the kernel's historical 8472), sent at creation only
 * @param device  the underlay device ({@code IFLA_VXLAN_LINK}), or {@code null}
 * @param learning {@code learning}/{@code nolearning}: whether the device learns remote MACs from
 *                 the packets it receives ({@code IFLA_VXLAN_LEARNING}), or {@code null} for the
 *                 kernel's (on): sent at creation always, as {@code ip} does, and on a change only when set
 * @param ttl     {@code ttl}: the TTL of encapsulated packets, 1..255 ({@code IFLA_VXLAN_TTL}), or
 *                {@code null} for the kernel's (inherited from the inner packet)
 * @param l2miss  {@code l2miss}: notify ({@code RTM_GETNEIGH}) when no FDB entry knows a destination
 *                MAC ({@code IFLA_VXLAN_L2MISS}), or {@code null} for the kernel's (off)
 * @param l3miss  {@code l3miss}: notify when no neighbour entry knows a destination IP
 *                ({@code IFLA_VXLAN_L3MISS}), or {@code null} for the kernel's (off)
 * @param options the options every link has
 */
public record Vxlan(String name, int vni, InetAddress local, InetAddress remote, InetAddress group,
                    Integer port, String device, Boolean learning, Integer ttl, Boolean l2miss, Boolean l3miss,
                    LinkOptions options) implements LinkSpec {
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
        if (port != null && (port < 1 || port > 65535)) {
            throw new IllegalArgumentException("vxlan " + name + ": port " + port + " is out of range: 1..65535");
        }
        if (device != null) {
            InterfaceName.check(device);
        }
        if (ttl != null && (ttl < 1 || ttl > 255)) {
            throw new IllegalArgumentException("vxlan " + name + ": ttl " + ttl + " is out of range: 1..255");
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

    /**
     * {@code ip link add NAME type vxlan id VNI dstport 4789}.
     *
     * @param name the new device's name
     * @param vni the VXLAN network identifier, 0..16777215
     * @return the spec: destination port 4789 and learning on (neither set, so a change does not
     *         send them), no addresses or underlay device
     * @throws IllegalArgumentException if {@code name} is not a valid device name or {@code vni} is out of range
     */
    public static Vxlan of(String name, int vni) {
        return new Vxlan(name, vni, null, null, null, null, null, null, null, null, null, LinkOptions.DEFAULT);
    }

    /**
     * {@code local IP}: the source address of encapsulated packets.
     *
     * @param ip an IPv4 or IPv6 address of this host, e.g. {@code "192.0.2.1"}
     * @return this spec with the local address
     * @throws IllegalArgumentException if {@code ip} is malformed or of another family than the destination
     */
    public Vxlan withLocal(String ip) {
        return withLocal(Cidr.parseAddress(Objects.requireNonNull(ip, "ip")));
    }

    /**
     * {@code local IP}.
     *
     * @param ip an IPv4 or IPv6 address of this host
     * @return this spec with the local address
     * @throws IllegalArgumentException if {@code ip} is of another family than the destination
     */
    public Vxlan withLocal(InetAddress ip) {
        return new Vxlan(name, vni, Objects.requireNonNull(ip, "ip"), remote, group, port, device,
                learning, ttl, l2miss, l3miss, options);
    }

    /**
     * {@code remote IP}: the unicast default destination.
     *
     * @param ip the remote VTEP's unicast address, e.g. {@code "192.0.2.2"}
     * @return this spec with the remote
     * @throws IllegalArgumentException if {@code ip} is malformed or multicast, a group is set, or the family differs
     */
    public Vxlan withRemote(String ip) {
        return withRemote(Cidr.parseAddress(Objects.requireNonNull(ip, "ip")));
    }

    /**
     * {@code remote IP}.
     *
     * @param ip the remote VTEP's unicast address
     * @return this spec with the remote
     * @throws IllegalArgumentException if {@code ip} is multicast, a group is set, or the family differs
     */
    public Vxlan withRemote(InetAddress ip) {
        return new Vxlan(name, vni, local, Objects.requireNonNull(ip, "ip"), group, port, device,
                learning, ttl, l2miss, l3miss, options);
    }

    /**
     * {@code group MCAST}: the multicast default destination.
     *
     * @param ip a multicast address, e.g. {@code "239.1.1.1"}
     * @return this spec with the group
     * @throws IllegalArgumentException if {@code ip} is malformed or not multicast, a remote is set, or the family
     *     differs
     */
    public Vxlan withMulticastGroup(String ip) {
        return withMulticastGroup(Cidr.parseAddress(Objects.requireNonNull(ip, "ip")));
    }

    /**
     * {@code group MCAST}.
     *
     * @param ip a multicast address
     * @return this spec with the group
     * @throws IllegalArgumentException if {@code ip} is not multicast, a remote is set, or the family differs
     */
    public Vxlan withMulticastGroup(InetAddress ip) {
        return new Vxlan(name, vni, local, remote, Objects.requireNonNull(ip, "ip"), port, device,
                learning, ttl, l2miss, l3miss, options);
    }

    /**
     * {@code dstport PORT}. Fixed at creation: {@link Links#change} refuses a spec that sets it.
     *
     * @param port the UDP destination port, 1..65535
     * @return this spec with the port
     * @throws IllegalArgumentException if {@code port} is out of range
     */
    public Vxlan withPort(int port) {
        return new Vxlan(name, vni, local, remote, group, port, device, learning, ttl, l2miss, l3miss, options);
    }

    /**
     * {@code dev DEV}: the underlay device.
     *
     * @param device the underlay device's name
     * @return this spec with the underlay device
     * @throws IllegalArgumentException if {@code device} is not a valid device name
     */
    public Vxlan withDevice(String device) {
        return new Vxlan(name, vni, local, remote, group, port, Objects.requireNonNull(device, "device"),
                learning, ttl, l2miss, l3miss, options);
    }

    /**
     * {@code learning} or {@code nolearning}: off for an overlay whose FDB entries are programmed.
     *
     * @param on on or off
     * @return the changed copy
     */
    public Vxlan withLearning(boolean on) {
        return new Vxlan(name, vni, local, remote, group, port, device, on, ttl, l2miss, l3miss, options);
    }

    /**
     * {@code ttl TTL} (1..255) of the encapsulated packets.
     *
     * @param ttl the TTL, 1..255
     * @return the changed copy
     */
    public Vxlan withTtl(int ttl) {
        return new Vxlan(name, vni, local, remote, group, port, device, learning, ttl, l2miss, l3miss, options);
    }

    /**
     * {@code l2miss} / {@code nol2miss}: report destination MACs no FDB entry knows.
     *
     * @param on on or off
     * @return the changed copy
     */
    public Vxlan withL2miss(boolean on) {
        return new Vxlan(name, vni, local, remote, group, port, device, learning, ttl, on, l3miss, options);
    }

    /**
     * {@code l3miss} / {@code nol3miss}: report destination IPs no neighbour entry knows.
     *
     * @param on on or off
     * @return the changed copy
     */
    public Vxlan withL3miss(boolean on) {
        return new Vxlan(name, vni, local, remote, group, port, device, learning, ttl, l2miss, on, options);
    }

    @Override
    public String kind() {
        return "vxlan";
    }

    @Override
    public Vxlan withOptions(LinkOptions o) {
        return new Vxlan(name, vni, local, remote, group, port, device,
                learning, ttl, l2miss, l3miss, Objects.requireNonNull(o, "options"));
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

    /**
     * The {@code ip link add} arguments, in the order of the attributes they send:
     * {@code vxlan100 type vxlan id 100 ttl 64 dev eth0 local 192.0.2.1 nolearning dstport 4789}.
     */
    @Override
    public String toString() {
        return Specs.head(name, options) + " type vxlan id " + vni
                + (ttl == null ? "" : " ttl " + ttl)
                + (l2miss == null ? "" : l2miss ? " l2miss" : " nol2miss")
                + (l3miss == null ? "" : l3miss ? " l3miss" : " nol3miss")
                + (device == null ? "" : " dev " + device)
                + (local == null ? "" : " local " + Cidr.format(local))
                + (remote == null ? "" : " remote " + Cidr.format(remote))
                + (group == null ? "" : " group " + Cidr.format(group))
                + (learning == null ? "" : learning ? " learning" : " nolearning")
                + " dstport " + (port != null ? port : IANA_PORT);
    }
}
