package io.netlink4j.core;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * The address families of IP objects ({@code ip -4} / {@code ip -6}). Where a method takes a
 * family to filter by, {@code null} means both, as {@code ip} without {@code -4}/{@code -6}.
 */
public enum AddressFamily {
    /** IPv4, {@code AF_INET}. */
    INET(2, 4),
    /** IPv6, {@code AF_INET6}. */
    INET6(10, 16);

    private final int code;
    private final int addressLength;

    AddressFamily(int code, int addressLength) {
        this.code = code;
        this.addressLength = addressLength;
    }

    /**
     * The kernel's number, as in {@code ifaddrmsg.ifa_family} and {@code rtmsg.rtm_family}.
     *
     * @return {@code AF_INET} (2) or {@code AF_INET6} (10)
     */
    public int code() {
        return code;
    }

    /**
     * Bytes of an address of this family, the length of its {@code IFA_ADDRESS} or {@code RTA_DST}.
     *
     * @return 4 or 16
     */
    public int addressLength() {
        return addressLength;
    }

    /**
     * Bits of an address: the longest prefix a {@code /len} may give.
     *
     * @return 32 or 128
     */
    public int maxPrefixLength() {
        return addressLength * 8;
    }

    /**
     * The family of {@code address}.
     *
     * @param address an IPv4 or IPv6 address, not null
     * @return {@link #INET} for an {@link Inet4Address}, {@link #INET6} otherwise
     */
    public static AddressFamily of(InetAddress address) {
        return address instanceof Inet4Address ? INET : INET6;
    }

    /**
     * The family with kernel number {@code code}, for decoding a message's family byte.
     *
     * @param code an {@code AF_*} number
     * @return the family, or empty for the others ({@code AF_UNSPEC}, {@code AF_BRIDGE}...)
     */
    public static Optional<AddressFamily> fromCode(int code) {
        return code == INET.code ? Optional.of(INET) : code == INET6.code ? Optional.of(INET6) : Optional.empty();
    }

    /** {@code "inet"} or {@code "inet6"}, as {@code ip} prints it. */
    @Override
    public String toString() {
        return this == INET ? "inet" : "inet6";
    }
}
