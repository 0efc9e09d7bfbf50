package io.netlink4j.route.link;

import io.netlink4j.route.uapi.IfLinkH;





/** {@code IFLA_OPERSTATE}: the RFC 2863 operational state, as {@code ip link} prints it. */
public enum OperState {
    UNKNOWN(IfLinkH.IF_OPER_UNKNOWN),
    NOTPRESENT(IfLinkH.IF_OPER_NOTPRESENT),
    DOWN(IfLinkH.IF_OPER_DOWN),
    LOWERLAYERDOWN(IfLinkH.IF_OPER_LOWERLAYERDOWN),
    TESTING(IfLinkH.IF_OPER_TESTING),
    DORMANT(IfLinkH.IF_OPER_DORMANT),
    UP(IfLinkH.IF_OPER_UP);

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
