package io.netlink4j.route.neighbour;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import io.netlink4j.route.uapi.RtnetlinkH;

/** The states of a neighbour entry ({@code NUD_*}), as {@code ip neigh ... nud STATE} names them. */
public enum NeighbourState {
    INCOMPLETE(RtnetlinkH.NUD_INCOMPLETE),
    /** Confirmed recently; a dynamic entry the kernel will age to {@link #STALE}. */
    REACHABLE(RtnetlinkH.NUD_REACHABLE),
    STALE(RtnetlinkH.NUD_STALE),
    DELAY(RtnetlinkH.NUD_DELAY),
    PROBE(RtnetlinkH.NUD_PROBE),
    FAILED(RtnetlinkH.NUD_FAILED),
    /** No resolution needed (loopback, point-to-point). */
    NOARP(RtnetlinkH.NUD_NOARP),
    /** Static: never ages, never re-resolved. */
    PERMANENT(RtnetlinkH.NUD_PERMANENT);

    private final int value;

    NeighbourState(int value) {
        this.value = value;
    }

    /** The {@code NUD_*} bit. */
    public int value() {
        return value;
    }

    /** The states whose bits are set in {@code ndm_state}; empty for {@code NUD_NONE}. */
    public static Set<NeighbourState> of(int bits) {
        Set<NeighbourState> out = EnumSet.noneOf(NeighbourState.class);
        for (NeighbourState s : values()) {
            if ((bits & s.value) != 0) {
                out.add(s);
            }
        }
        return out;
    }

    /** The name {@code ip -j neigh} prints: {@code PERMANENT}, {@code REACHABLE}... */
    public String ipName() {
        return name().toUpperCase(Locale.ROOT);
    }
}
