package io.netlink4j.route;

import io.netlink4j.route.neighbour.Neighbour;

/**
 * A neighbour entry was added or changed ({@code RTM_NEWNEIGH}) or removed ({@code RTM_DELNEIGH},
 * {@code removed} true), as {@code ip monitor neigh} shows it.
 */
public record NeighbourEvent(boolean removed, Neighbour neighbour) implements RtnetlinkEvent {}
