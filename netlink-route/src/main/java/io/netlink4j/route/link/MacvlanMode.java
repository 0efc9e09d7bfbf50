package io.netlink4j.route.link;

import io.netlink4j.route.uapi.IfLinkH;





/** {@code IFLA_MACVLAN_MODE}: how macvlan devices on one parent reach each other (ip-link(8), macvlan). */
public enum MacvlanMode {
    /** No traffic between macvlans of the parent. */
    PRIVATE(IfLinkH.MACVLAN_MODE_PRIVATE),
    /** Traffic between macvlans goes out to the switch (the kernel's default). */
    VEPA(IfLinkH.MACVLAN_MODE_VEPA),
    /** Macvlans of the parent reach each other directly. */
    BRIDGE(IfLinkH.MACVLAN_MODE_BRIDGE),
    /** One macvlan takes the parent over. */
    PASSTHRU(IfLinkH.MACVLAN_MODE_PASSTHRU),
    /** Only frames from listed source MACs are accepted. */
    SOURCE(IfLinkH.MACVLAN_MODE_SOURCE);

    private final int value;

    MacvlanMode(int value) {
        this.value = value;
    }

    /** The kernel's value. */
    public int value() {
        return value;
    }

    /** The mode of a kernel value, or {@code null} if unknown. */
    public static MacvlanMode of(int value) {
        for (MacvlanMode m : values()) {
            if (m.value == value) {
                return m;
            }
        }
        return null;
    }
}
