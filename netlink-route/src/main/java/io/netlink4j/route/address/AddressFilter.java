package io.netlink4j.route.address;

import io.netlink4j.core.AddressFamily;
import io.netlink4j.core.InterfaceName;

/**
 * Which addresses a dump returns, as {@code ip [-4|-6] addr show [dev DEV]} chooses them; the
 * kernel does the filtering.
 *
 * <pre>{@code
 * AddressFilter.all()                                      // ip addr show
 * AddressFilter.dev("veth0").withFamily(AddressFamily.INET) // ip -4 addr show dev veth0
 * }</pre>
 *
 * @param dev    only this device's addresses, or {@code null} for every device
 * @param family only this family, or {@code null} for both
 */
public record AddressFilter(String dev, AddressFamily family) {
    /** Checks the device name. */
    public AddressFilter {
        if (dev != null) {
            InterfaceName.check(dev);
        }
    }

    /**
     * Every address of the namespace: {@code ip addr show}.
     *
     * @return a filter that selects every device and both families
     */
    public static AddressFilter all() {
        return new AddressFilter(null, null);
    }

    /**
     * The addresses of one device: {@code ip addr show dev DEV}.
     *
     * @param dev the device's name
     * @return a filter for that device's IPv4 and IPv6 addresses
     * @throws IllegalArgumentException if {@code dev} is not a valid device name
     */
    public static AddressFilter dev(String dev) {
        return new AddressFilter(InterfaceName.check(dev), null);
    }

    /**
     * Only {@code family}: {@code ip -4} ({@link AddressFamily#INET}) or {@code ip -6}; {@code null} for both.
     *
     * @param family {@link AddressFamily#INET}, {@link AddressFamily#INET6}, or {@code null} for both
     * @return a filter for this one's device and {@code family}
     */
    public AddressFilter withFamily(AddressFamily family) {
        return new AddressFilter(dev, family);
    }
}
