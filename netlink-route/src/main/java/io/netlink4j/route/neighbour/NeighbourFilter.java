package io.netlink4j.route.neighbour;

import io.netlink4j.core.AddressFamily;
import io.netlink4j.core.InterfaceName;

/**
 * Which entries a dump returns, as {@code ip [-4|-6] neigh show [dev DEV]} chooses them; the
 * kernel does the filtering. Unlike {@code ip neigh show}, {@code NOARP} entries (multicast,
 * loopback) are not hidden.
 *
 * @param dev    only this device's entries, or {@code null} for every device
 * @param family only this family, or {@code null} for both
 */
public record NeighbourFilter(String dev, AddressFamily family) {
    /** Checks the device name. */
    public NeighbourFilter {
        if (dev != null) {
            InterfaceName.check(dev);
        }
    }

    /**
     * Every IPv4 and IPv6 entry: {@code ip neigh show}.
     *
     * @return a filter that selects every device and both families
     */
    public static NeighbourFilter all() {
        return new NeighbourFilter(null, null);
    }

    /**
     * One device's entries: {@code ip neigh show dev DEV}.
     *
     * @param dev the device's name
     * @return a filter for that device's IPv4 and IPv6 entries
     * @throws IllegalArgumentException if {@code dev} is not a valid device name
     */
    public static NeighbourFilter dev(String dev) {
        return new NeighbourFilter(InterfaceName.check(dev), null);
    }

    /**
     * Only {@code family} ({@code ip -4}/{@code ip -6}); {@code null} for both.
     *
     * @param family {@link AddressFamily#INET}, {@link AddressFamily#INET6}, or {@code null} for both
     * @return a filter for this one's device and {@code family}
     */
    public NeighbourFilter withFamily(AddressFamily family) {
        return new NeighbourFilter(dev, family);
    }
}
