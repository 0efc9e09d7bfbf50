package io.netlink4j.route.neighbour;

import io.netlink4j.route.uapi.RtnetlinkH;
import java.util.Optional;

/** The state of a neighbour entry ({@code NUD_*}), as {@code ip neigh ... nud STATE} names it. */
public enum NeighbourState {
    /** {@code NUD_NONE}: no state yet. */
    NONE(RtnetlinkH.NUD_NONE),
    /** Resolution in progress. */
    INCOMPLETE(RtnetlinkH.NUD_INCOMPLETE),
    /** Confirmed recently; a dynamic entry the kernel ages to {@link #STALE}. */
    REACHABLE(RtnetlinkH.NUD_REACHABLE),
    /** Valid but unconfirmed: confirmed again when next used. */
    STALE(RtnetlinkH.NUD_STALE),
    /** Waiting a moment before probing. */
    DELAY(RtnetlinkH.NUD_DELAY),
    /** Being probed. */
    PROBE(RtnetlinkH.NUD_PROBE),
    /** Resolution failed. */
    FAILED(RtnetlinkH.NUD_FAILED),
    /** No resolution needed (loopback, point-to-point, multicast). */
    NOARP(RtnetlinkH.NUD_NOARP),
    /** Static: never ages, never re-resolved. {@code ip neigh add}'s default. */
    PERMANENT(RtnetlinkH.NUD_PERMANENT);

    private final int code;

    NeighbourState(int code) {
        this.code = code;
    }

    /**
     * The {@code NUD_*} value.
     *
     * @return the {@code NUD_*} value: one bit, or 0 for {@link #NONE}
     */
    public int code() {
        return code;
    }

    /**
     * The state with {@code NUD_*} value {@code code}, or empty for any other value.
     *
     * @param code an {@code ndm_state} value
     * @return the state, or empty for any other value (several bits set, for one)
     */
    public static Optional<NeighbourState> fromCode(int code) {
        for (NeighbourState s : values()) {
            if (s.code == code) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** {@code PERMANENT}, {@code REACHABLE}...: as {@code ip neigh} prints it. */
    @Override
    public String toString() {
        return name();
    }
}
