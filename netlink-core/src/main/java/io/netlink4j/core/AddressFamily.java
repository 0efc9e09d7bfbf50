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

    /** The kernel's number, {@code AF_INET} (2) or {@code AF_INET6} (10). */
    public int code() {
        return code;
    }

    /** Bytes of an address: 4 or 16. */
    public int addressLength() {
        return addressLength;
    }

    /** Bits of an address: 32 or 128, the longest prefix. */
    public int maxPrefixLength() {
        return addressLength * 8;
    }

    /** The family of {@code address}. */
    public static AddressFamily of(InetAddress address) {
        return address instanceof Inet4Address ? INET : INET6;
    }

    /** The family with kernel number {@code code}, or empty for others ({@code AF_BRIDGE}...). */
    public static Optional<AddressFamily> fromCode(int code) {
        return code == INET.code ? Optional.of(INET) : code == INET6.code ? Optional.of(INET6) : Optional.empty();
    }

    /** {@code "inet"} or {@code "inet6"}, as {@code ip} prints it. */
    @Override
    public String toString() {
        return this == INET ? "inet" : "inet6";
    }
}
