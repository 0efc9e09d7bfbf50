package io.netlink4j.lab.model;

import io.netlink4j.core.Cidr;
import io.netlink4j.core.InterfaceName;
import io.netlink4j.core.MacAddress;
import java.net.Inet4Address;
import java.util.Objects;

/**
 * One end of a {@link Link}: a node, and optionally the interface's name, address and MAC. What
 * is not given is chosen by the lab: names {@code eth0}, {@code eth1}... on hosts and routers
 * ({@code s1-eth1}... on switches, as Mininet names them), addresses from the lab's pool.
 *
 * <pre>{@code
 * Endpoint.of("h1")                                  // h1, next free ethN, an address from the pool
 * Endpoint.parse("h1:eth0").withAddress("10.0.0.1/24")
 * }</pre>
 *
 * @param node    the node's name
 * @param ifname  the interface's name, or {@code null} for the lab's choice
 * @param address the interface's IPv4 address with its prefix, or {@code null} for the lab's choice
 *                (never given on a switch's end: a switch port has no address)
 * @param mac     the interface's hardware address, or {@code null} for the kernel's choice
 */
public record Endpoint(String node, String ifname, Cidr address, MacAddress mac) {
    /** Checks the node's name, the interface's name, and that the address is a host's IPv4 address. */
    public Endpoint {
        Names.checkNode(Objects.requireNonNull(node, "node"));
        if (ifname != null) {
            InterfaceName.check(ifname);
            if (ifname.equals("lo")) {
                throw new IllegalArgumentException("endpoint " + node + ":lo: lo is the node's loopback, not a link's end");
            }
        }
        if (address != null) {
            checkHostAddress(address, node);
        }
    }

    /**
     * {@code h1}: the node, everything else chosen by the lab.
     *
     * @param node the node's name
     * @return the end
     */
    public static Endpoint of(String node) {
        return new Endpoint(node, null, null, null);
    }

    /**
     * {@code "h1"} or {@code "h1:eth0"} (containerlab's way to name an end).
     *
     * @param text the text
     * @return the end
     */
    public static Endpoint parse(String text) {
        Objects.requireNonNull(text, "text");
        int colon = text.indexOf(':');
        if (colon < 0) {
            return of(text);
        }
        if (colon == text.length() - 1 || text.indexOf(':', colon + 1) >= 0) {
            throw new IllegalArgumentException("endpoint '" + text + "' is not NODE or NODE:INTERFACE");
        }
        return new Endpoint(text.substring(0, colon), text.substring(colon + 1), null, null);
    }

    /**
     * A copy with the interface's name {@code ifname}.
     *
     * @param ifname the interface's name
     * @return a copy with the interface's name {@code ifname}
     */
    public Endpoint withIfname(String ifname) {
        return new Endpoint(node, Objects.requireNonNull(ifname, "ifname"), address, mac);
    }

    /**
     * A copy with the address {@code "10.0.0.1/24"}.
     *
     * @param cidr an address with its prefix
     * @return a copy with the address {@code "10.0.0.1/24"}
     */
    public Endpoint withAddress(String cidr) {
        return withAddress(Cidr.parse(Objects.requireNonNull(cidr, "cidr")));
    }

    /**
     * A copy with the address {@code cidr}.
     *
     * @param cidr an address with its prefix
     * @return a copy with the address {@code cidr}
     */
    public Endpoint withAddress(Cidr cidr) {
        return new Endpoint(node, ifname, Objects.requireNonNull(cidr, "cidr"), mac);
    }

    /**
     * A copy with the hardware address {@code "02:00:00:00:00:01"}.
     *
     * @param mac a hardware address
     * @return a copy with the hardware address {@code "02:00:00:00:00:01"}
     */
    public Endpoint withMac(String mac) {
        return withMac(MacAddress.parseUnicast(Objects.requireNonNull(mac, "mac")));
    }

    /**
     * A copy with the hardware address {@code mac}.
     *
     * @param mac a hardware address
     * @return a copy with the hardware address {@code mac}
     */
    public Endpoint withMac(MacAddress mac) {
        return new Endpoint(node, ifname, address, Objects.requireNonNull(mac, "mac"));
    }

    /** Checks that {@code cidr} is an IPv4 host address of its prefix (not its network or broadcast). */
    static void checkHostAddress(Cidr cidr, String where) {
        if (!(cidr.address() instanceof Inet4Address)) {
            throw new IllegalArgumentException("address " + cidr + " of " + where
                    + " is not IPv4: labs address their links with IPv4");
        }
        int p = cidr.prefixLength();
        if (p < 8 || p > 32) {
            throw new IllegalArgumentException("address " + cidr + " of " + where + ": prefix /" + p
                    + " is out of range: /8 to /32");
        }
        if (p <= 30) {
            long hostMask = Subnets.size(p) - 1;
            if (cidr.isNetwork() || (Subnets.toLong(cidr.address()) & hostMask) == hostMask) {
                throw new IllegalArgumentException("address " + cidr + " of " + where
                        + " is the network or broadcast address of its prefix, not a host's");
            }
        }
    }

    /** {@code h1:eth0 10.0.0.1/24}, with only the parts given. */
    @Override
    public String toString() {
        String s = ifname == null ? node : node + ":" + ifname;
        if (address != null) {
            s += " " + address;
        }
        if (mac != null) {
            s += " " + mac;
        }
        return s;
    }
}
