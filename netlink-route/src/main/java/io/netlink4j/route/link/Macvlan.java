package io.netlink4j.route.link;

import io.netlink4j.core.InterfaceName;
import io.netlink4j.core.MacAddress;
import java.util.Objects;

/**
 * A macvlan device on a parent: {@code ip link add NAME link PARENT type macvlan [mode MODE]}.
 *
 * @param name    the new device
 * @param parent  the lower device ({@code IFLA_LINK})
 * @param mode    {@code IFLA_MACVLAN_MODE}, or {@code null} for the kernel's default ({@code vepa})
 * @param options the options every link has
 */
public record Macvlan(String name, String parent, MacvlanMode mode, LinkOptions options) implements LinkSpec {
    /** Checks the names. */
    public Macvlan {
        InterfaceName.check(Objects.requireNonNull(name, "name"));
        InterfaceName.check(Objects.requireNonNull(parent, "parent"));
        Objects.requireNonNull(options, "options");
    }

    /**
     * {@code ip link add NAME link PARENT type macvlan} (the kernel's default mode, vepa).
     *
     * @param name the new device's name
     * @param parent the lower device's name
     * @return the spec, the kernel's default mode
     * @throws IllegalArgumentException if a name is not a valid device name
     */
    public static Macvlan of(String name, String parent) {
        return new Macvlan(name, parent, null, LinkOptions.DEFAULT);
    }

    /**
     * {@code mode MODE}.
     *
     * @param mode how macvlans of one parent reach each other
     * @return this spec with the mode
     */
    public Macvlan withMode(MacvlanMode mode) {
        return new Macvlan(name, parent, Objects.requireNonNull(mode, "mode"), options);
    }

    @Override
    public String kind() {
        return "macvlan";
    }

    @Override
    public Macvlan withOptions(LinkOptions o) {
        return new Macvlan(name, parent, mode, Objects.requireNonNull(o, "options"));
    }

    @Override
    public Macvlan withMtu(int mtu) {
        return withOptions(options.withMtu(mtu));
    }

    @Override
    public Macvlan withMac(String mac) {
        return withOptions(options.withMac(mac));
    }

    @Override
    public Macvlan withMac(MacAddress mac) {
        return withOptions(options.withMac(mac));
    }

    @Override
    public Macvlan withGroup(int group) {
        return withOptions(options.withGroup(group));
    }

    @Override
    public Macvlan withUp() {
        return withOptions(options.withUp());
    }

    @Override
    public Macvlan withMaster(String master) {
        return withOptions(options.withMaster(master));
    }

    @Override
    public Macvlan withQueues(int n) {
        return withOptions(options.withQueues(n));
    }

    /** The {@code ip link add} arguments: {@code mv0 link eth0 type macvlan mode bridge}. */
    @Override
    public String toString() {
        return Specs.head(name, options) + " link " + parent + " type macvlan" + (mode == null ? "" : " mode " + mode);
    }
}
