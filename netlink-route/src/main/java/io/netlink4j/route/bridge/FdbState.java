package io.netlink4j.route.bridge;

import static io.netlink4j.route.uapi.RtnetlinkH.NUD_NOARP;
import static io.netlink4j.route.uapi.RtnetlinkH.NUD_PERMANENT;
import static io.netlink4j.route.uapi.RtnetlinkH.NUD_REACHABLE;
import static io.netlink4j.route.uapi.RtnetlinkH.NUD_STALE;

/**
 * How long a forwarding entry lives ({@code bridge fdb ... permanent | static | dynamic}): the
 * {@code ndm_state} of an {@code AF_BRIDGE} neighbour.
 */
public enum FdbState {
    /** {@code permanent} ({@code local}): the bridge's own address, never ages; {@code bridge fdb add}'s default. */
    PERMANENT,
    /** {@code static} ({@code temp}): a configured address of a port, never ages. */
    STATIC,
    /** {@code dynamic}: ages like a learned entry (accepted only on a port that learns and forwards). */
    DYNAMIC,
    /** {@code stale}: a learned entry past its ageing time; only reported, not added. */
    STALE;

    /** The {@code ndm_state} bits {@code bridge fdb} sends for this state. */
    int requestBits() {
        return switch (this) {
            case PERMANENT -> NUD_NOARP | NUD_PERMANENT;
            case STATIC -> NUD_NOARP | NUD_REACHABLE;
            case DYNAMIC -> NUD_REACHABLE;
            case STALE -> throw new IllegalStateException("stale entries are not added");
        };
    }

    /** The state {@code bits} report, read as {@code bridge fdb show} reads them. */
    static FdbState ofBits(int bits) {
        if ((bits & NUD_PERMANENT) != 0) {
            return PERMANENT;
        }
        if ((bits & NUD_NOARP) != 0) {
            return STATIC;
        }
        if ((bits & NUD_STALE) != 0) {
            return STALE;
        }
        return DYNAMIC;
    }

    /** {@code permanent}, {@code static}, {@code dynamic} or {@code stale}, as {@code bridge fdb} writes it. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
