package io.netlink4j.lab.model;

import java.util.Objects;

/**
 * A cable between two nodes: a veth pair, one end in each node (a switch's end is a port of its
 * bridge). Both ends have the link's MTU.
 *
 * <pre>{@code
 * Link.of("h1", "s1")                                   // h1:eth0 -- s1:s1-eth1
 * Link.of("r1:eth1", "r2:eth1").withMtu(9000).withImpairment(Impairment.rate("10mbit"))
 * }</pre>
 *
 * @param a          one end
 * @param b          the other end
 * @param mtu        both ends' MTU, or 0 for the kernel's default (1500)
 * @param impairment what the link does to traffic ({@link Impairment#NONE} for nothing)
 */
public record Link(Endpoint a, Endpoint b, int mtu, Impairment impairment) {
    /** Smallest MTU IPv4 allows. */
    public static final int MIN_MTU = 68;
    /** Largest MTU a veth takes. */
    public static final int MAX_MTU = 65535;
    /** The kernel's MTU for a new veth. */
    public static final int DEFAULT_MTU = 1500;

    /** Checks that the ends are on two different nodes and the MTU is in range. */
    public Link {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(impairment, "impairment");
        if (a.node().equals(b.node())) {
            throw new IllegalArgumentException("link " + a + " -- " + b + " joins node " + a.node()
                    + " to itself: a link joins two nodes");
        }
        if (mtu != 0 && (mtu < MIN_MTU || mtu > MAX_MTU)) {
            throw new IllegalArgumentException("link " + a + " -- " + b + ": MTU " + mtu + " is out of range "
                    + MIN_MTU + ".." + MAX_MTU);
        }
    }

    /**
     * A link between {@code a} and {@code b}, each {@code NODE} or {@code NODE:INTERFACE}.
     *
     * @param a one end, {@code NODE} or {@code NODE:INTERFACE}
     * @param b the other end, {@code NODE} or {@code NODE:INTERFACE}
     * @return a link between {@code a} and {@code b}, each {@code NODE} or {@code NODE:INTERFACE}
     */
    public static Link of(String a, String b) {
        return of(Endpoint.parse(a), Endpoint.parse(b));
    }

    /**
     * A link between two ends.
     *
     * @param a one end, {@code NODE} or {@code NODE:INTERFACE}
     * @param b the other end, {@code NODE} or {@code NODE:INTERFACE}
     * @return a link between two ends
     */
    public static Link of(Endpoint a, Endpoint b) {
        return new Link(a, b, 0, Impairment.NONE);
    }

    /**
     * A copy with the MTU {@code mtu} on both ends.
     *
     * @param mtu the MTU
     * @return a copy with the MTU {@code mtu} on both ends
     */
    public Link withMtu(int mtu) {
        return new Link(a, b, mtu, impairment);
    }

    /**
     * A copy that impairs traffic as {@code impairment} says.
     *
     * @param impairment the impairment
     * @return a copy that impairs traffic as {@code impairment} says
     */
    public Link withImpairment(Impairment impairment) {
        return new Link(a, b, mtu, impairment);
    }

    /**
     * A copy whose ends have the addresses given ({@code null} leaves an end's to the lab).
     *
     * @param aCidr the first end's address, or {@code null}
     * @param bCidr the second end's address, or {@code null}
     * @return a copy whose ends have the addresses given
     */
    public Link withAddresses(String aCidr, String bCidr) {
        return new Link(aCidr == null ? a : a.withAddress(aCidr), bCidr == null ? b : b.withAddress(bCidr), mtu,
                impairment);
    }

    /**
     * The MTU the ends have: the one given, or 1500.
     *
     * @return the MTU the ends have
     */
    public int effectiveMtu() {
        return mtu == 0 ? DEFAULT_MTU : mtu;
    }

    /**
     * Whether this link has {@code node} at one of its ends.
     *
     * @param node the node's name
     * @return whether this link has {@code node} at one of its ends
     */
    public boolean touches(String node) {
        return a.node().equals(node) || b.node().equals(node);
    }

    /**
     * Whether this link joins nodes {@code x} and {@code y}, in either order.
     *
     * @param x one node
     * @param y the other node
     * @return whether this link joins nodes {@code x} and {@code y}, in either order
     */
    public boolean joins(String x, String y) {
        return a.node().equals(x) && b.node().equals(y) || a.node().equals(y) && b.node().equals(x);
    }

    /** {@code h1:eth0 -- s1 mtu 9000 (rate 1mbit)}. */
    @Override
    public String toString() {
        String s = a + " -- " + b;
        if (mtu != 0) {
            s += " mtu " + mtu;
        }
        if (!impairment.isNone()) {
            s += " (" + impairment + ")";
        }
        return s;
    }
}
