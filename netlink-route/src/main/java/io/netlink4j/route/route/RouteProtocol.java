package io.netlink4j.route.route;

/**
 * Who made a route or rule ({@code proto} of {@code ip route}/{@code ip rule}; {@code RTPROT_*}):
 * an open set of 0..255 with named constants for the well-known owners.
 *
 * @param code the number, 0..255
 */
public record RouteProtocol(int code) {
    /** {@code RTPROT_UNSPEC}. */
    public static final RouteProtocol UNSPEC = new RouteProtocol(0);
    /** {@code RTPROT_REDIRECT}: an ICMP redirect. */
    public static final RouteProtocol REDIRECT = new RouteProtocol(1);
    /** {@code RTPROT_KERNEL}: made by the kernel (prefix routes of addresses). */
    public static final RouteProtocol KERNEL = new RouteProtocol(2);
    /** {@code RTPROT_BOOT}: {@code ip route add}'s default, and this library's. */
    public static final RouteProtocol BOOT = new RouteProtocol(3);
    /** {@code RTPROT_STATIC}: made by an administrator. */
    public static final RouteProtocol STATIC = new RouteProtocol(4);
    /** {@code RTPROT_DHCP}. */
    public static final RouteProtocol DHCP = new RouteProtocol(16);
    /** {@code RTPROT_BGP}. */
    public static final RouteProtocol BGP = new RouteProtocol(186);
    /** {@code RTPROT_OSPF}. */
    public static final RouteProtocol OSPF = new RouteProtocol(188);

    /** Checks the range 0..255. */
    public RouteProtocol {
        if (code < 0 || code > 255) {
            throw new IllegalArgumentException("route protocol " + code + " is out of range 0..255");
        }
    }

    /**
     * Protocol number {@code code}.
     *
     * @param code the {@code RTPROT_*} number, 0..255
     * @return the protocol
     * @throws IllegalArgumentException if {@code code} is out of range
     */
    public static RouteProtocol of(int code) {
        return new RouteProtocol(code);
    }

    /** {@code kernel}, {@code boot}, {@code static}... as {@code ip} prints it, or the number. */
    @Override
    public String toString() {
        return switch (code) {
            case 0 -> "unspec";
            case 1 -> "redirect";
            case 2 -> "kernel";
            case 3 -> "boot";
            case 4 -> "static";
            case 16 -> "dhcp";
            case 186 -> "bgp";
            case 188 -> "ospf";
            default -> Integer.toString(code);
        };
    }
}
