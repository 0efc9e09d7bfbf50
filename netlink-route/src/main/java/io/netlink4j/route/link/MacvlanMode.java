package io.netlink4j.route.link;

import io.netlink4j.route.uapi.IfLinkH;
import java.util.Locale;
import java.util.Optional;

/** {@code IFLA_MACVLAN_MODE}: how macvlan devices on one parent reach each other (ip-link(8), {@code mode}). */
public enum MacvlanMode {
    /** {@code private}: no traffic between macvlans of the parent. */
    PRIVATE(IfLinkH.MACVLAN_MODE_PRIVATE),
    /** {@code vepa}: traffic between macvlans goes out to the switch (the kernel's default). */
    VEPA(IfLinkH.MACVLAN_MODE_VEPA),
    /** {@code bridge}: macvlans of the parent reach each other directly. */
    BRIDGE(IfLinkH.MACVLAN_MODE_BRIDGE),
    /** {@code passthru}: one macvlan takes the parent over. */
    PASSTHRU(IfLinkH.MACVLAN_MODE_PASSTHRU),
    /** {@code source}: only frames from listed source MACs are accepted. */
    SOURCE(IfLinkH.MACVLAN_MODE_SOURCE);

    private final int code;

    MacvlanMode(int code) {
        this.code = code;
    }

    /**
     * The kernel's number, {@code MACVLAN_MODE_*}.
     *
     * @return the {@code MACVLAN_MODE_*} value, a single bit
     */
    public int code() {
        return code;
    }

    /**
     * The mode with kernel number {@code code}, or empty for a number this enum does not know.
     *
     * @param code an {@code IFLA_MACVLAN_MODE} value
     * @return the mode, or empty for a value that is not one mode
     */
    public static Optional<MacvlanMode> fromCode(int code) {
        for (MacvlanMode m : values()) {
            if (m.code == code) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** {@code bridge}, {@code vepa}... as {@code ip -d link} prints it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
