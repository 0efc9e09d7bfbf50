package io.netlink4j.route.route;

import io.netlink4j.core.AddressFamily;
import io.netlink4j.core.InterfaceName;
import java.util.Objects;

/**
 * Which routes a dump returns, as {@code ip [-4|-6] route show [table T|all] [dev D] [proto P] [type T]}
 * chooses them; the kernel does the filtering.
 *
 * <pre>{@code
 * RouteFilter.main()                                            // ip route show; ip -6 route show
 * RouteFilter.table(RouteTable.of(100)).withFamily(AddressFamily.INET) // ip route show table 100
 * RouteFilter.allTables()                                       // ip route show table all
 * }</pre>
 *
 * @param table    only this table, or {@code null} for every table (the kernel's local table included)
 * @param family   only this family, or {@code null} for both
 * @param dev      only routes out of this device, or {@code null}
 * @param protocol only routes of this protocol, or {@code null}
 * @param type     only routes of this type, or {@code null}
 */
public record RouteFilter(RouteTable table, AddressFamily family, String dev, RouteProtocol protocol, RouteType type) {
    /** Checks the device name. */
    public RouteFilter {
        if (dev != null) {
            InterfaceName.check(dev);
        }
    }

    /**
     * Table main, both families: {@code ip route show} and {@code ip -6 route show}.
     *
     * @return a filter for table main, both families
     */
    public static RouteFilter main() {
        return table(RouteTable.MAIN);
    }

    /**
     * One table: {@code ip route show table T}.
     *
     * @param table the table, e.g. {@link RouteTable#MAIN} or {@code RouteTable.of(100)}
     * @return a filter for that table, both families
     */
    public static RouteFilter table(RouteTable table) {
        return new RouteFilter(Objects.requireNonNull(table, "table"), null, null, null, null);
    }

    /**
     * Every table: {@code ip route show table all}.
     *
     * @return a filter for every table (local, main, default and the others), both families
     */
    public static RouteFilter allTables() {
        return new RouteFilter(null, null, null, null, null);
    }

    /**
     * Only {@code family} ({@code ip -4}/{@code ip -6}); {@code null} for both.
     *
     * @param family {@link AddressFamily#INET}, {@link AddressFamily#INET6}, or {@code null} for both
     * @return a filter like this one, for {@code family} only
     */
    public RouteFilter withFamily(AddressFamily family) {
        return new RouteFilter(table, family, dev, protocol, type);
    }

    /**
     * Only routes out of {@code dev}: {@code ip route show dev D}.
     *
     * @param dev the output device's name
     * @return a filter like this one, for that device only
     * @throws IllegalArgumentException if {@code dev} is not a valid device name
     */
    public RouteFilter withDev(String dev) {
        return new RouteFilter(table, family, Objects.requireNonNull(dev, "dev"), protocol, type);
    }

    /**
     * Only routes of {@code protocol}: {@code ip route show proto P}.
     *
     * @param protocol the protocol, e.g. {@link RouteProtocol#STATIC}
     * @return a filter like this one, for that protocol only
     */
    public RouteFilter withProtocol(RouteProtocol protocol) {
        return new RouteFilter(table, family, dev, Objects.requireNonNull(protocol, "protocol"), type);
    }

    /**
     * Only routes of {@code type}: {@code ip route show type T}.
     *
     * @param type the type, e.g. {@link RouteType#BLACKHOLE}
     * @return a filter like this one, for that type only
     */
    public RouteFilter withType(RouteType type) {
        return new RouteFilter(table, family, dev, protocol, Objects.requireNonNull(type, "type"));
    }
}
