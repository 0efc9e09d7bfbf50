package io.netlink4j.route.route;

import io.netlink4j.core.AddressFamily;
import io.netlink4j.core.Cidr;
import io.netlink4j.core.InterfaceName;
import java.net.InetAddress;
import java.util.Objects;

/**
 * A question for the kernel's routing decision, as {@code ip route get} asks it:
 * {@code ip route get ADDRESS [from ADDRESS] [iif DEV] [oif DEV] [mark MARK] [fibmatch]}. The
 * answer ({@link Routes#lookup}) is the route the kernel would use, policy rules included.
 *
 * <pre>{@code
 * RouteLookup.to("10.1.2.3")                                   // ip route get 10.1.2.3
 * RouteLookup.to("198.18.1.1").withFrom("10.2.0.2").withIif("veth-a") // ... from 10.2.0.2 iif veth-a
 * RouteLookup.to("10.1.2.3").withMark(0x1)                     // ip route get 10.1.2.3 mark 0x1
 * }</pre>
 *
 * @param to       the destination address
 * @param from     the source address, or {@code null}; with {@code iif}, the packet's source as it arrives
 * @param iif      the device the packet arrives on (a forwarding decision), or {@code null} for one this host sends
 * @param oif      the device the packet must leave by, or {@code null}
 * @param mark     the packet's firewall mark ({@code fwmark}, matched by rules), 0..4294967295; 0 for none
 * @param fibMatch {@code fibmatch}: answer with the routing table's entry that matched instead of the resolved route
 */
public record RouteLookup(InetAddress to, InetAddress from, String iif, String oif, long mark, boolean fibMatch) {
    /**
     * Checks the family of {@code from}, the device names and the mark.
     *
     * @throws IllegalArgumentException naming the value and the rule it breaks
     */
    public RouteLookup {
        Objects.requireNonNull(to, "to");
        if (from != null && AddressFamily.of(from) != AddressFamily.of(to)) {
            throw new IllegalArgumentException("lookup source " + Cidr.format(from) + " is not of the family of "
                    + Cidr.format(to));
        }
        if (iif != null) {
            InterfaceName.check(iif);
        }
        if (oif != null) {
            InterfaceName.check(oif);
        }
        if (mark < 0 || mark > 0xffff_ffffL) {
            throw new IllegalArgumentException("mark " + mark + " is out of range 0..0xffffffff");
        }
    }

    /**
     * {@code ip route get ADDRESS}.
     *
     * @param address the destination, IPv4 or IPv6, e.g. {@code "10.1.2.3"}
     * @return the lookup, with nothing else set
     * @throws IllegalArgumentException if {@code address} is malformed
     */
    public static RouteLookup to(String address) {
        return to(Cidr.parseAddress(Objects.requireNonNull(address, "to")));
    }

    /**
     * {@code ip route get ADDRESS}.
     *
     * @param address the destination, IPv4 or IPv6
     * @return the lookup, with nothing else set
     */
    public static RouteLookup to(InetAddress address) {
        return new RouteLookup(address, null, null, null, 0, false);
    }

    /**
     * {@code from ADDRESS}.
     *
     * @param from the source address, of the destination's family
     * @return this lookup with the source
     * @throws IllegalArgumentException if {@code from} is malformed or of the other family
     */
    public RouteLookup withFrom(String from) {
        return withFrom(Cidr.parseAddress(Objects.requireNonNull(from, "from")));
    }

    /**
     * {@code from ADDRESS}.
     *
     * @param from the source address, of the destination's family
     * @return this lookup with the source
     * @throws IllegalArgumentException if {@code from} is of the other family
     */
    public RouteLookup withFrom(InetAddress from) {
        return new RouteLookup(to, Objects.requireNonNull(from, "from"), iif, oif, mark, fibMatch);
    }

    /**
     * {@code iif DEV}: decide as for a packet arriving on {@code dev}.
     *
     * @param dev the input device's name
     * @return this lookup with the input device
     * @throws IllegalArgumentException if {@code dev} is not a valid device name
     */
    public RouteLookup withIif(String dev) {
        return new RouteLookup(to, from, Objects.requireNonNull(dev, "iif"), oif, mark, fibMatch);
    }

    /**
     * {@code oif DEV}: decide as for a packet bound to leave by {@code dev}.
     *
     * @param dev the output device's name
     * @return this lookup with the output device
     * @throws IllegalArgumentException if {@code dev} is not a valid device name
     */
    public RouteLookup withOif(String dev) {
        return new RouteLookup(to, from, iif, Objects.requireNonNull(dev, "oif"), mark, fibMatch);
    }

    /**
     * {@code mark MARK}: the packet's firewall mark.
     *
     * @param mark the firewall mark, 0..4294967295; 0 for none
     * @return this lookup with the mark
     * @throws IllegalArgumentException if {@code mark} is out of range
     */
    public RouteLookup withMark(long mark) {
        return new RouteLookup(to, from, iif, oif, mark, fibMatch);
    }

    /**
     * {@code fibmatch}: the table entry that matched, not the resolved route.
     *
     * @return this lookup, asking for the matching table entry
     */
    public RouteLookup withFibMatch() {
        return new RouteLookup(to, from, iif, oif, mark, true);
    }

    /** As {@code ip route get} takes it: {@code 10.1.2.3 from 10.0.0.1 iif veth-a mark 0x1}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(Cidr.format(to));
        if (from != null) {
            b.append(" from ").append(Cidr.format(from));
        }
        if (iif != null) {
            b.append(" iif ").append(iif);
        }
        if (oif != null) {
            b.append(" oif ").append(oif);
        }
        if (mark != 0) {
            b.append(" mark 0x").append(Long.toHexString(mark));
        }
        if (fibMatch) {
            b.append(" fibmatch");
        }
        return b.toString();
    }
}
