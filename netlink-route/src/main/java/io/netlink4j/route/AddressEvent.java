package io.netlink4j.route;

import io.netlink4j.route.address.Address;

/**
 * An address was added or changed ({@code RTM_NEWADDR}) or removed ({@code RTM_DELADDR},
 * {@code removed} true), as {@code ip monitor address} shows it.
 *
 * @param removed whether the address went away
 * @param address the address as the notification describes it, its device named
 */
public record AddressEvent(boolean removed, Address address) implements RtnetlinkEvent {
    /** {@code Deleted } in front when removed, as {@code ip monitor} prints it. */
    @Override
    public String toString() {
        return (removed ? "Deleted " : "") + address;
    }
}
