package io.netlink4j.lab.model;

import io.netlink4j.core.Cidr;
import java.net.InetAddress;

/**
 * A lab's way out: a veth from its uplink router ({@code uplink0}, {@value #ROUTER_ADDRESS}) to
 * the lab's own namespace, which plays the internet ({@code inet0}, {@value #GATEWAY_ADDRESS},
 * and {@value #SERVER_ADDRESS} on its {@code lo} as a server out there). The router masquerades
 * what leaves by its uplink and routes by default through it; every other host and router routes
 * by default towards it. The internet has no route back to the lab's subnets, so an answer from
 * the server arrives only through the NAT — as in the examples' sandbox, whose addresses these are
 * (RFC 5737's documentation networks).
 *
 * @param router the uplink router
 */
public record Uplink(String router) {
    /** The router's end of the uplink. */
    public static final String ROUTER_IFNAME = "uplink0";
    /** The internet's end, in the lab's own namespace. */
    public static final String INTERNET_IFNAME = "inet0";
    /** The router's address on the uplink. */
    public static final String ROUTER_ADDRESS = "203.0.113.2/24";
    /** The internet's address on the uplink: the router's default gateway. */
    public static final String GATEWAY_ADDRESS = "203.0.113.1/24";
    /** The server out there, on the internet's {@code lo}. */
    public static final String SERVER_ADDRESS = "198.51.100.1/32";
    /** How snapshots name the peer of {@link #ROUTER_IFNAME}: not a node of the lab. */
    public static final String INTERNET = "(internet)";

    /**
     * The router's address on the uplink.
     *
     * @return the router's address on the uplink
     */
    public Cidr routerAddress() {
        return Cidr.parse(ROUTER_ADDRESS);
    }

    /**
     * The internet's address on the uplink.
     *
     * @return the internet's address on the uplink
     */
    public Cidr gatewayAddress() {
        return Cidr.parse(GATEWAY_ADDRESS);
    }

    /**
     * The router's default gateway.
     *
     * @return the router's default gateway
     */
    public InetAddress gateway() {
        return gatewayAddress().address();
    }

    /**
     * The server's address.
     *
     * @return the server's address
     */
    public Cidr serverAddress() {
        return Cidr.parse(SERVER_ADDRESS);
    }

    /** The prefixes the uplink takes, which no subnet of the lab may overlap. */
    static java.util.List<Cidr> reserved() {
        return java.util.List.of(Cidr.parse("203.0.113.0/24"), Cidr.parse("198.51.100.0/24"));
    }
}
