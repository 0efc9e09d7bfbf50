package io.netlink4j.core;

import java.util.Arrays;

/**
 * An Ethernet hardware address, written {@code aa:bb:cc:dd:ee:ff} as {@code ip link} and
 * {@code bridge fdb} write it.
 */
public final class MacAddress {
    /** {@code 00:00:00:00:00:00}: the address {@code bridge fdb append} uses for head-end replication. */
    public static final MacAddress ZERO = new MacAddress(new byte[6]);

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final byte[] bytes;

    private MacAddress(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Parses {@code "aa:bb:cc:dd:ee:ff"}: six pairs of ASCII hex digits (either case) separated
     * by colons.
     *
     * @param text e.g. {@code "02:00:00:00:00:01"}
     * @return the address
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException naming the text if it is not of that form
     */
    public static MacAddress parse(String text) {
        if (text == null) {
            throw new NullPointerException("MAC address must not be null");
        }
        if (text.length() != 17) {
            throw bad(text);
        }
        byte[] b = new byte[6];
        for (int i = 0; i < 6; i++) {
            int hi = hex(text.charAt(i * 3));
            int lo = hex(text.charAt(i * 3 + 1));
            if (hi < 0 || lo < 0 || (i < 5 && text.charAt(i * 3 + 2) != ':')) {
                throw bad(text);
            }
            b[i] = (byte) (hi << 4 | lo);
        }
        return new MacAddress(b);
    }

    /**
     * The address of 6 bytes, as in {@code IFLA_ADDRESS} or {@code NDA_LLADDR}.
     *
     * @param bytes the address in network order; copied, not kept
     * @return the address
     * @throws NullPointerException     if {@code bytes} is null
     * @throws IllegalArgumentException if {@code bytes} is not 6 long
     */
    public static MacAddress of(byte[] bytes) {
        if (bytes.length != 6) {
            throw new IllegalArgumentException("a MAC address has 6 bytes, not " + bytes.length);
        }
        return new MacAddress(bytes.clone());
    }

    /**
     * {@link #parse}, refusing multicast addresses (lowest bit of the first byte set), which the
     * kernel refuses as a device's own address.
     *
     * @param text e.g. {@code "02:00:00:00:00:01"}
     * @return the address
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException naming the text if it is not of the form
     *                                  {@code aa:bb:cc:dd:ee:ff} or is multicast
     */
    public static MacAddress parseUnicast(String text) {
        MacAddress m = parse(text);
        if (m.isMulticast()) {
            throw new IllegalArgumentException("MAC address '" + text
                    + "' is multicast (lowest bit of the first byte set): a device cannot have it");
        }
        return m;
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /**
     * The address in network order.
     *
     * @return a copy of the 6 bytes
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Whether this is a group address, which no device may have as its own.
     *
     * @return {@code true} if the lowest bit of the first byte is set (multicast or broadcast)
     */
    public boolean isMulticast() {
        return (bytes[0] & 1) != 0;
    }

    /**
     * Formats a hardware address of any length (Ethernet, InfiniBand, a tunnel's 4 bytes).
     *
     * @param b the bytes, not null
     * @return colon-separated lower-case hex, as {@code ip} prints hardware addresses; empty for none
     */
    public static String format(byte[] b) {
        StringBuilder s = new StringBuilder(b.length * 3);
        for (int i = 0; i < b.length; i++) {
            if (i > 0) {
                s.append(':');
            }
            s.append(HEX[(b[i] >> 4) & 0xf]).append(HEX[b[i] & 0xf]);
        }
        return s.toString();
    }

    private static IllegalArgumentException bad(String text) {
        return new IllegalArgumentException("'" + text + "' is not a MAC address of the form aa:bb:cc:dd:ee:ff");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MacAddress m && Arrays.equals(bytes, m.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** {@code aa:bb:cc:dd:ee:ff}. */
    @Override
    public String toString() {
        return format(bytes);
    }
}
