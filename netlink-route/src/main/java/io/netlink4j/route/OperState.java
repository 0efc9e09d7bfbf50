package io.netlink4j.route;

import io.netlink4j.route.internal.IfLink;

/** {@code IFLA_OPERSTATE}: the RFC 2863 operational state, as {@code ip link} prints it. */
public enum OperState {
    UNKNOWN(IfLink.IF_OPER_UNKNOWN),
    NOTPRESENT(IfLink.IF_OPER_NOTPRESENT),
    DOWN(IfLink.IF_OPER_DOWN),
    LOWERLAYERDOWN(IfLink.IF_OPER_LOWERLAYERDOWN),
    TESTING(IfLink.IF_OPER_TESTING),
    DORMANT(IfLink.IF_OPER_DORMANT),
    UP(IfLink.IF_OPER_UP);

    private final int value;

    OperState(int value) {
        this.value = value;
    }

    /** The kernel's value. */
    public int value() {
        return value;
    }

    /** The state of a kernel value; {@link #UNKNOWN} for values this enum does not know. */
    public static OperState of(int value) {
        for (OperState s : values()) {
            if (s.value == value) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
