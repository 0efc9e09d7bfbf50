package io.netlink4j.route;

/**
 * A route was added or changed ({@code RTM_NEWROUTE}) or removed ({@code RTM_DELROUTE},
 * {@code removed} true), as {@code ip monitor route} shows it. Covers every table, the local
 * table's entries included.
 */
public record RouteChange(boolean removed, Route route) implements RouteEvent {}
