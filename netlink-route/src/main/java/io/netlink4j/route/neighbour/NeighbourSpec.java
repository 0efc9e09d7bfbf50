package io.netlink4j.route.neighbour;

import io.netlink4j.core.AddressFamily;
import io.netlink4j.core.Cidr;
import io.netlink4j.core.InterfaceName;
import io.netlink4j.core.MacAddress;
import java.net.InetAddress;
import java.util.Objects;

/**
 * An ARP (IPv4) or NDP (IPv6) entry to add, replace or delete:
 * {@code ip neigh add ADDRESS [lladdr LLADDR] dev DEV [nud STATE]}.
 *
 * <pre>{@code
 * NeighbourSpec.of("10.0.0.7", "veth0").withLladdr("02:00:00:00:00:07")           // nud permanent
 * NeighbourSpec.of("10.0.0.8", "veth0").withLladdr("02:00:00:00:00:08").withState(NeighbourState.REACHABLE)
 * }</pre>
 *
 * <p>The state is {@code ip neigh}'s default, {@link NeighbourState#PERMANENT}, unless given. As
 * the key of a delete only the address and device count, as for {@code ip neigh del}.
 *
 * @param address the neighbour's IP address
 * @param dev     the device's name
 * @param lladdr  its link-layer address, or {@code null} (an entry the kernel resolves, or a delete)
 * @param state   the state, or {@code null} for {@link NeighbourState#PERMANENT}
 */
public record NeighbourSpec(InetAddress address, String dev, MacAddress lladdr, NeighbourState state) {
    /**
     * Checks the device name.
     *
     * @throws NullPointerException naming {@code address} or {@code dev} when null
     */
    public NeighbourSpec {
        Objects.requireNonNull(address, "address");
        InterfaceName.check(Objects.requireNonNull(dev, "dev"));
    }

    /**
     * {@code ip neigh add ADDRESS dev DEV}.
     *
     * @param address an IPv4 or IPv6 address, e.g. {@code "10.0.0.7"}
     * @param dev the device's name
     * @return the spec, without link-layer address or state
     * @throws IllegalArgumentException for a malformed address or device name
     */
    public static NeighbourSpec of(String address, String dev) {
        return of(Cidr.parseAddress(Objects.requireNonNull(address, "address")), dev);
    }

    /**
     * {@code ip neigh add ADDRESS dev DEV}.
     *
     * @param address an IPv4 or IPv6 address
     * @param dev the device's name
     * @return the spec, without link-layer address or state
     * @throws IllegalArgumentException for a malformed device name
     */
    public static NeighbourSpec of(InetAddress address, String dev) {
        return new NeighbourSpec(address, dev, null, null);
    }

    /**
     * {@code lladdr 02:00:00:00:00:07}.
     *
     * @param lladdr an Ethernet address, six hexadecimal bytes separated by colons
     * @return this spec with the link-layer address
     * @throws IllegalArgumentException if {@code lladdr} is malformed
     */
    public NeighbourSpec withLladdr(String lladdr) {
        return withLladdr(MacAddress.parse(Objects.requireNonNull(lladdr, "lladdr")));
    }

    /**
     * {@code lladdr LLADDR}.
     *
     * @param lladdr an Ethernet address
     * @return this spec with the link-layer address
     */
    public NeighbourSpec withLladdr(MacAddress lladdr) {
        return new NeighbourSpec(address, dev, Objects.requireNonNull(lladdr, "lladdr"), state);
    }

    /**
     * {@code nud STATE}.
     *
     * @param state the state the entry gets, e.g. {@link NeighbourState#REACHABLE}
     * @return this spec with the state
     */
    public NeighbourSpec withState(NeighbourState state) {
        return new NeighbourSpec(address, dev, lladdr, Objects.requireNonNull(state, "state"));
    }

    /**
     * The family of the address.
     *
     * @return {@link AddressFamily#INET} or {@link AddressFamily#INET6}, from the address
     */
    public AddressFamily family() {
        return AddressFamily.of(address);
    }

    /** As {@code ip neigh add} takes it: {@code 10.0.0.7 lladdr 02:00:00:00:00:07 dev veth0 nud reachable}. */
    @Override
    public String toString() {
        return Cidr.format(address) + (lladdr != null ? " lladdr " + lladdr : "") + " dev " + dev
                + (state != null ? " nud " + state.name().toLowerCase(java.util.Locale.ROOT) : "");
    }
}
