package io.netlink4j.route.link;

import java.util.Objects;
import io.netlink4j.core.InterfaceName;

/**
 * An 802.1Q VLAN device on a parent: {@code ip link add link PARENT name NAME type vlan id ID}.
 *
 * @param parent the lower device ({@code IFLA_LINK})
 * @param id     {@code IFLA_VLAN_ID}, 0 to 4094
 */
public record Vlan(String name, String parent, int id, LinkOptions options) implements LinkSpec {
    /** Checks the names and the id range. */
    public Vlan {
        InterfaceName.check(name);
        InterfaceName.check(parent);
        Objects.requireNonNull(options, "options");
        if (id < 0 || id > 4094) {
            throw new IllegalArgumentException("vlan " + name + ": id " + id + " outside 0..4094");
        }
    }

    /** {@code ip link add link PARENT name NAME type vlan id ID}. */
    public static Vlan of(String name, String parent, int id) {
        return new Vlan(name, parent, id, LinkOptions.DEFAULT);
    }

    @Override
    public String kind() {
        return "vlan";
    }

    @Override
    public Vlan withOptions(LinkOptions o) {
        return new Vlan(name, parent, id, o);
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
}
