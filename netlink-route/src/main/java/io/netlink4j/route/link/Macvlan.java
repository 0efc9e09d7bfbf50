package io.netlink4j.route.link;

import java.util.Objects;
import io.netlink4j.core.InterfaceName;

/**
 * A macvlan device on a parent: {@code ip link add link PARENT name NAME type macvlan mode MODE}.
 *
 * @param parent the lower device ({@code IFLA_LINK})
 * @param mode   {@code IFLA_MACVLAN_MODE}
 */
public record Macvlan(String name, String parent, MacvlanMode mode, LinkOptions options) implements LinkSpec {
    /** Checks the names. */
    public Macvlan {
        InterfaceName.check(name);
        InterfaceName.check(parent);
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(options, "options");
    }

    /** {@code ip link add link PARENT name NAME type macvlan} (mode vepa, the kernel's default). */
    public static Macvlan of(String name, String parent) {
        return new Macvlan(name, parent, MacvlanMode.VEPA, LinkOptions.DEFAULT);
    }

    /** {@code mode MODE}. */
    public Macvlan withMode(MacvlanMode mode) {
        return new Macvlan(name, parent, mode, options);
    }

    @Override
    public String kind() {
        return "macvlan";
    }

    @Override
    public Macvlan withOptions(LinkOptions o) {
        return new Macvlan(name, parent, mode, o);
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
}
