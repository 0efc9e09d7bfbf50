package io.netlink4j.route.bridge;

import io.netlink4j.core.Cidr;
import io.netlink4j.core.InterfaceName;
import io.netlink4j.core.MacAddress;
import io.netlink4j.route.link.Vlan;
import io.netlink4j.route.link.Vxlan;
import java.net.InetAddress;
import java.util.Objects;

/**
 * A forwarding database entry to add, append, replace or delete: {@code bridge fdb add MAC dev DEV
 * [self] [master] [permanent | static | dynamic] [dst IP] [vlan VID] [port PORT] [vni VNI]
 * [via DEV]}.
 *
 * <pre>{@code
 * FdbSpec.of("02:00:00:00:00:01", "veth-b").withMaster().withState(FdbState.STATIC)
 *     // bridge fdb add 02:00:00:00:00:01 dev veth-b master static
 * FdbSpec.of(MacAddress.ZERO, "vxlan100").withDst("192.0.2.2")   // with fdb().append(...):
 *     // bridge fdb append 00:00:00:00:00:00 dev vxlan100 dst 192.0.2.2  (head-end replication)
 * FdbSpec.of("02:00:00:00:01:01", "vxlan100").withDst("192.0.2.2")
 *     // bridge fdb add 02:00:00:00:01:01 dev vxlan100 dst 192.0.2.2 (a remote VTEP's MAC)
 * }</pre>
 *
 * <p>With neither {@code self} nor {@code master} the entry goes into the device's own table
 * ({@code self}), as {@code bridge fdb} does. As the key of a delete, the MAC, device, table,
 * VLAN and (for a VXLAN device) destination name the entry.
 *
 * @param mac    the Ethernet address; {@link MacAddress#ZERO} on a VXLAN device is the default
 *               destination of flooded frames
 * @param dev    the device: a bridge port ({@code master}), the bridge, or a VXLAN device ({@code self})
 * @param self   {@code self}: the device's own table ({@code NTF_SELF})
 * @param master {@code master}: the table of the bridge {@code dev} is a port of ({@code NTF_MASTER})
 * @param state  {@link FdbState#PERMANENT}, {@link FdbState#STATIC} or {@link FdbState#DYNAMIC}
 * @param vlan   {@code vlan}: the VLAN of the entry ({@code NDA_VLAN}, 1..4094), or {@code null}
 * @param dst    {@code dst}: the remote VTEP a VXLAN device sends frames for {@code mac} to
 *               ({@code NDA_DST}), or {@code null}
 * @param port   {@code port}: the remote VTEP's UDP port ({@code NDA_PORT}), or {@code null} for the device's
 * @param vni    {@code vni}: the VNI to send with ({@code NDA_VNI}, 0..2^24-1), or {@code null} for the device's
 * @param via    {@code via}: the underlay device to send through ({@code NDA_IFINDEX}), or {@code null}
 */
public record FdbSpec(MacAddress mac, String dev, boolean self, boolean master, FdbState state, Integer vlan,
                      InetAddress dst, Integer port, Integer vni, String via) {
    /** Checks every value. */
    public FdbSpec {
        Objects.requireNonNull(mac, "mac");
        InterfaceName.check(Objects.requireNonNull(dev, "dev"));
        Objects.requireNonNull(state, "state");
        if (state == FdbState.STALE) {
            throw new IllegalArgumentException("fdb " + mac + " dev " + dev
                    + ": state stale is reported by the kernel, not added; use permanent, static or dynamic");
        }
        if (vlan != null && (vlan < 1 || vlan > Vlan.MAX_ID)) {
            throw new IllegalArgumentException("vlan " + vlan + " is out of range 1.." + Vlan.MAX_ID);
        }
        if (port != null && (port < 1 || port > 65535)) {
            throw new IllegalArgumentException("port " + port + " is out of range 1..65535");
        }
        if (vni != null && (vni < 0 || vni > Vxlan.MAX_VNI)) {
            throw new IllegalArgumentException("vni " + vni + " is out of range 0.." + Vxlan.MAX_VNI);
        }
        if (via != null) {
            InterfaceName.check(via);
        }
    }

    /**
     * {@code bridge fdb add MAC dev DEV}: a permanent entry in the device's own table.
     *
     * @param mac the Ethernet address
     * @param dev the device's name
     * @return the spec
     */
    public static FdbSpec of(String mac, String dev) {
        return of(MacAddress.parse(mac), dev);
    }

    /**
     * {@code bridge fdb add MAC dev DEV}, for a MAC a program computed (or {@link MacAddress#ZERO}).
     *
     * @param mac the Ethernet address
     * @param dev the device's name
     * @return the spec
     */
    public static FdbSpec of(MacAddress mac, String dev) {
        return new FdbSpec(mac, dev, false, false, FdbState.PERMANENT, null, null, null, null, null);
    }

    /**
     * A copy with {@code self}: the entry goes into the device's own table (too, with {@code master}).
     *
     * @return the changed copy
     */
    public FdbSpec withSelf() {
        return new FdbSpec(mac, dev, true, master, state, vlan, dst, port, vni, via);
    }

    /**
     * A copy with {@code master}: the entry goes into the table of {@code dev}'s bridge.
     *
     * @return the changed copy
     */
    public FdbSpec withMaster() {
        return new FdbSpec(mac, dev, self, true, state, vlan, dst, port, vni, via);
    }

    /**
     * A copy with {@code permanent}, {@code static} or {@code dynamic}.
     *
     * @param state how long it lives
     * @return the changed copy
     */
    public FdbSpec withState(FdbState state) {
        return new FdbSpec(mac, dev, self, master, Objects.requireNonNull(state, "state"), vlan, dst, port, vni, via);
    }

    /**
     * A copy with {@code vlan VID} (needs a bridge with VLAN filtering).
     *
     * @param vid the VLAN id, 1..4094
     * @return the changed copy
     */
    public FdbSpec withVlan(int vid) {
        return new FdbSpec(mac, dev, self, master, state, vid, dst, port, vni, via);
    }

    /**
     * A copy with {@code dst IP}: {@code "192.0.2.2"} or an IPv6 address.
     *
     * @param ip the address
     * @return the changed copy
     */
    public FdbSpec withDst(String ip) {
        return withDst(Cidr.parseAddress(ip));
    }

    /**
     * A copy with {@code dst IP}.
     *
     * @param ip the address
     * @return the changed copy
     */
    public FdbSpec withDst(InetAddress ip) {
        return new FdbSpec(mac, dev, self, master, state, vlan, Objects.requireNonNull(ip, "ip"), port, vni, via);
    }

    /**
     * A copy with {@code port PORT}: the remote VTEP's UDP port.
     *
     * @param port the port
     * @return the changed copy
     */
    public FdbSpec withPort(int port) {
        return new FdbSpec(mac, dev, self, master, state, vlan, dst, port, vni, via);
    }

    /**
     * A copy with {@code vni VNI}.
     *
     * @param vni the VNI, 0..2^24-1
     * @return the changed copy
     */
    public FdbSpec withVni(int vni) {
        return new FdbSpec(mac, dev, self, master, state, vlan, dst, port, vni, via);
    }

    /**
     * A copy with {@code via DEV}: the underlay device.
     *
     * @param dev the device's name
     * @return the changed copy
     */
    public FdbSpec withVia(String dev) {
        return new FdbSpec(mac, this.dev, self, master, state, vlan, dst, port, vni,
                Objects.requireNonNull(dev, "dev"));
    }

    /** The arguments of {@code bridge fdb add}: {@code 02:00:00:00:00:01 dev veth-b master static}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(mac).append(" dev ").append(dev);
        if (dst != null) {
            s.append(" dst ").append(Cidr.format(dst));
        }
        if (vlan != null) {
            s.append(" vlan ").append(vlan);
        }
        if (port != null) {
            s.append(" port ").append(port);
        }
        if (vni != null) {
            s.append(" vni ").append(vni);
        }
        if (via != null) {
            s.append(" via ").append(via);
        }
        if (self) {
            s.append(" self");
        }
        if (master) {
            s.append(" master");
        }
        return s.append(' ').append(state).toString();
    }
}
