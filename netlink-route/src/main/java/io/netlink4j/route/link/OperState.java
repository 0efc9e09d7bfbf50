package io.netlink4j.route.link;

import io.netlink4j.route.uapi.IfLinkH;
import java.util.Optional;

/** {@code IFLA_OPERSTATE}: the RFC 2863 operational state, as {@code ip link} prints it after {@code state}. */
public enum OperState {
    /** {@code UNKNOWN}: the driver does not track it ({@code lo}, tun devices). */
    UNKNOWN(IfLinkH.IF_OPER_UNKNOWN),
    /** {@code NOTPRESENT}: a component of the device is missing. */
    NOTPRESENT(IfLinkH.IF_OPER_NOTPRESENT),
    /** {@code DOWN}: administratively down, or no carrier. */
    DOWN(IfLinkH.IF_OPER_DOWN),
    /** {@code LOWERLAYERDOWN}: a device it sits on (a veth's peer, a vlan's parent) is down. */
    LOWERLAYERDOWN(IfLinkH.IF_OPER_LOWERLAYERDOWN),
    /** {@code TESTING}: in a test mode. */
    TESTING(IfLinkH.IF_OPER_TESTING),
    /** {@code DORMANT}: waiting for an external event (802.1X). */
    DORMANT(IfLinkH.IF_OPER_DORMANT),
    /** {@code UP}: can pass packets. */
    UP(IfLinkH.IF_OPER_UP);

    private final int code;

    OperState(int code) {
        this.code = code;
    }

    /**
     * The kernel's number, {@code IF_OPER_*}.
     *
     * @return the {@code IF_OPER_*} value, 0..6
     */
    public int code() {
        return code;
    }

    /**
     * The state with kernel number {@code code}, or empty for a number this enum does not know.
     *
     * @param code an {@code IFLA_OPERSTATE} value
     * @return the state, or empty for a number above {@code IF_OPER_UP}
     */
    public static Optional<OperState> fromCode(int code) {
        for (OperState s : values()) {
            if (s.code == code) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
