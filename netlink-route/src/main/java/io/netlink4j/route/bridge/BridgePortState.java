package io.netlink4j.route.bridge;

import io.netlink4j.route.uapi.IfBridgeH;
import java.util.Locale;
import java.util.Optional;

/** The spanning-tree state of a bridge port ({@code IFLA_BRPORT_STATE}, {@code BR_STATE_*}). */
public enum BridgePortState {
    /** {@code disabled}: the port is down or has no carrier. */
    DISABLED(IfBridgeH.BR_STATE_DISABLED),
    /** {@code listening}: STP is deciding; nothing is forwarded or learned. */
    LISTENING(IfBridgeH.BR_STATE_LISTENING),
    /** {@code learning}: addresses are learned, nothing forwarded yet. */
    LEARNING(IfBridgeH.BR_STATE_LEARNING),
    /** {@code forwarding}: the port forwards. */
    FORWARDING(IfBridgeH.BR_STATE_FORWARDING),
    /** {@code blocking}: STP blocked the port to break a loop. */
    BLOCKING(IfBridgeH.BR_STATE_BLOCKING);

    private final int code;

    BridgePortState(int code) {
        this.code = code;
    }

    /**
     * The kernel's number, {@code BR_STATE_*}.
     *
     * @return the number
     */
    public int code() {
        return code;
    }

    /**
     * The state with kernel number {@code code}, or empty for another.
     *
     * @param code the number
     * @return the constant, or empty
     */
    public static Optional<BridgePortState> fromCode(int code) {
        for (BridgePortState s : values()) {
            if (s.code == code) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** {@code forwarding}, {@code disabled}... as {@code bridge link} prints it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
