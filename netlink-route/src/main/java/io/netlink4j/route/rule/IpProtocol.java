package io.netlink4j.route.rule;

/**
 * An IP protocol number ({@code ip rule ... ipproto tcp}): an open set of 0..255 with constants
 * for the protocols rules usually name.
 *
 * @param code the number, 0..255 (IANA "Assigned Internet Protocol Numbers")
 */
public record IpProtocol(int code) {
    /** ICMP, 1. */
    public static final IpProtocol ICMP = new IpProtocol(1);
    /** TCP, 6. */
    public static final IpProtocol TCP = new IpProtocol(6);
    /** UDP, 17. */
    public static final IpProtocol UDP = new IpProtocol(17);
    /** ICMPv6, 58 ({@code ipv6-icmp} in {@code /etc/protocols}). */
    public static final IpProtocol ICMPV6 = new IpProtocol(58);
    /** SCTP, 132. */
    public static final IpProtocol SCTP = new IpProtocol(132);

    /** Checks the range 0..255. */
    public IpProtocol {
        if (code < 0 || code > 255) {
            throw new IllegalArgumentException("IP protocol " + code + " is out of range 0..255");
        }
    }

    /**
     * Protocol number {@code code}.
     *
     * @return the value
     */
    public static IpProtocol of(int code) {
        return new IpProtocol(code);
    }

    /**
     * Parses {@code tcp}, {@code udp}, {@code icmp}, {@code ipv6-icmp}, {@code sctp} or a number.
     *
     * @param text the text, as {@code ip} writes it
     * @return the value
     */
    public static IpProtocol parse(String text) {
        return switch (text) {
            case "icmp" -> ICMP;
            case "tcp" -> TCP;
            case "udp" -> UDP;
            case "ipv6-icmp", "icmpv6" -> ICMPV6;
            case "sctp" -> SCTP;
            default -> {
                try {
                    yield of(Integer.parseInt(text));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("IP protocol '" + text
                            + "' is neither tcp, udp, icmp, ipv6-icmp, sctp nor a number");
                }
            }
        };
    }

    /** The name {@code ip rule} prints ({@code tcp}...), or the number. */
    @Override
    public String toString() {
        return switch (code) {
            case 1 -> "icmp";
            case 6 -> "tcp";
            case 17 -> "udp";
            case 58 -> "ipv6-icmp";
            case 132 -> "sctp";
            default -> Integer.toString(code);
        };
    }
}
