package io.netlink4j.route.link;

import io.netlink4j.core.InterfaceName;
import io.netlink4j.core.MacAddress;
import java.util.Objects;

/**
 * An 802.1Q VLAN device on a parent: {@code ip link add NAME link PARENT type vlan [protocol
 * PROTO] id ID} (the same as {@code ip link add link PARENT name NAME ...}). Needs the kernel's
 * {@code 8021q} module.
 *
 * @param name     the new device
 * @param parent   the lower device ({@code IFLA_LINK})
 * @param id       {@code IFLA_VLAN_ID}, 0 to 4094
 * @param protocol {@code IFLA_VLAN_PROTOCOL}, or {@code null} for the kernel's default (802.1Q)
 * @param options  the options every link has
 */
public record Vlan(String name, String parent, int id, VlanProtocol protocol, LinkOptions options)
        implements LinkSpec {
    /** The largest VLAN id: 4095 is reserved. */
    public static final int MAX_ID = 4094;

    /** Checks the names and the id range. */
    public Vlan {
        InterfaceName.check(Objects.requireNonNull(name, "name"));
        InterfaceName.check(Objects.requireNonNull(parent, "parent"));
        Objects.requireNonNull(options, "options");
        if (id < 0 || id > MAX_ID) {
            throw new IllegalArgumentException("vlan " + name + ": id " + id + " is out of range: 0.." + MAX_ID);
        }
    }

    /**
     * {@code ip link add NAME link PARENT type vlan id ID}.
     *
     * @param name the new device's name
     * @param parent the lower device's name
     * @param id the VLAN id, 0..4094
     * @return the spec, the kernel's default protocol (802.1Q)
     * @throws IllegalArgumentException if a name is not a valid device name or {@code id} is out of range
     */
    public static Vlan of(String name, String parent, int id) {
        return new Vlan(name, parent, id, null, LinkOptions.DEFAULT);
    }

    /**
     * {@code protocol 802.1Q|802.1ad}.
     *
     * @param protocol the tag's ethertype
     * @return this spec with the protocol
     */
    public Vlan withProtocol(VlanProtocol protocol) {
        return new Vlan(name, parent, id, Objects.requireNonNull(protocol, "protocol"), options);
    }

    @Override
    public String kind() {
        return "vlan";
    }

    @Override
    public Vlan withOptions(LinkOptions o) {
        return new Vlan(name, parent, id, protocol, Objects.requireNonNull(o, "options"));
    }

    @Override
    public Vlan withMtu(int mtu) {
        return withOptions(options.withMtu(mtu));
    }

    @Override
    public Vlan withMac(String mac) {
        return withOptions(options.withMac(mac));
    }

    @Override
    public Vlan withMac(MacAddress mac) {
        return withOptions(options.withMac(mac));
    }

    @Override
    public Vlan withGroup(int group) {
        return withOptions(options.withGroup(group));
    }

    @Override
    public Vlan withUp() {
        return withOptions(options.withUp());
    }

    @Override
    public Vlan withMaster(String master) {
        return withOptions(options.withMaster(master));
    }

    @Override
    public Vlan withQueues(int n) {
        return withOptions(options.withQueues(n));
    }

    /** The {@code ip link add} arguments: {@code eth0.10 link eth0 type vlan id 10}. */
    @Override
    public String toString() {
        return Specs.head(name, options) + " link " + parent + " type vlan"
                + (protocol == null ? "" : " protocol " + protocol) + " id " + id;
    }
}
