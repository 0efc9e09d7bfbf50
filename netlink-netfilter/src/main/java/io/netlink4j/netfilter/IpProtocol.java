package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.uapi.In6H.IPPROTO_ICMPV6;
import static io.netlink4j.netfilter.uapi.InH.*;

/**
 * A transport protocol number ({@code IPPROTO_*}, as in {@code meta l4proto tcp}): an open set
 * with the common ones named.
 *
 * @param number the protocol number, 0..255
 */
public record IpProtocol(int number) {
    /** {@code icmp} (1). */
    public static final IpProtocol ICMP = new IpProtocol(IPPROTO_ICMP);
    /** {@code tcp} (6). */
    public static final IpProtocol TCP = new IpProtocol(IPPROTO_TCP);
    /** {@code udp} (17). */
    public static final IpProtocol UDP = new IpProtocol(IPPROTO_UDP);
    /** {@code ipv6-icmp} (58). */
    public static final IpProtocol ICMPV6 = new IpProtocol(IPPROTO_ICMPV6);
    /** {@code sctp} (132). */
    public static final IpProtocol SCTP = new IpProtocol(IPPROTO_SCTP);

    /** Checks the range 0..255. */
    public IpProtocol {
        if (number < 0 || number > 255) {
            throw new IllegalArgumentException("IP protocol " + number + " is out of range 0..255");
        }
    }

    /**
     * Protocol {@code number}.
     *
     * @return the protocol
     */
    public static IpProtocol of(int number) {
        return new IpProtocol(number);
    }

    /** Whether {@code nft} matches ports of this protocol ({@code tcp dport}, {@code udp sport}). */
    boolean hasPorts() {
        return number == IPPROTO_TCP || number == IPPROTO_UDP || number == IPPROTO_SCTP
                || number == IPPROTO_UDPLITE || number == IPPROTO_DCCP;
    }

    /** The name {@code nft} prints ({@code "tcp"}), or the number. */
    @Override
    public String toString() {
        return switch (number) {
            case IPPROTO_ICMP -> "icmp";
            case IPPROTO_TCP -> "tcp";
            case IPPROTO_UDP -> "udp";
            case IPPROTO_ICMPV6 -> "ipv6-icmp";
            case IPPROTO_SCTP -> "sctp";
            case IPPROTO_UDPLITE -> "udplite";
            case IPPROTO_DCCP -> "dccp";
            case IPPROTO_ESP -> "esp";
            case IPPROTO_AH -> "ah";
            case IPPROTO_GRE -> "gre";
            default -> Integer.toString(number);
        };
    }
}
