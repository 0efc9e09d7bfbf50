package io.netlink4j.route;

import io.netlink4j.route.address.Address;

/**
 * An address was added or changed ({@code RTM_NEWADDR}) or removed ({@code RTM_DELADDR},
 * {@code removed} true), as {@code ip monitor address} shows it.
 */
public record AddressEvent(boolean removed, Address address) implements RtnetlinkEvent {}
