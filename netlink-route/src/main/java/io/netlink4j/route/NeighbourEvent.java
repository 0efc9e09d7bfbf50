package io.netlink4j.route;

import io.netlink4j.route.neighbour.Neighbour;

/**
 * A neighbour entry was added or changed ({@code RTM_NEWNEIGH}) or removed ({@code RTM_DELNEIGH},
 * {@code removed} true), as {@code ip monitor neigh} shows it.
 *
 * @param removed   whether the entry went away
 * @param neighbour the entry as the notification describes it, its device named
 */
public record NeighbourEvent(boolean removed, Neighbour neighbour) implements RtnetlinkEvent {
    /** {@code Deleted } in front when removed, as {@code ip monitor} prints it. */
    @Override
    public String toString() {
        return (removed ? "Deleted " : "") + neighbour;
    }
}
