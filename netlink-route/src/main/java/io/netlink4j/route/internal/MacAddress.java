package io.netlink4j.route.internal;

/** Ethernet hardware addresses in the {@code aa:bb:cc:dd:ee:ff} notation of {@code ip link}. */
public final class MacAddress {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private MacAddress() {}

    /**
     * The 6 bytes of {@code "aa:bb:cc:dd:ee:ff"} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the value if it is not of that form, or multicast
     */
    public static byte[] parse(String mac) {
        byte[] b = parseAny(mac);
        // The kernel's eth_validate_addr refuses multicast source addresses with EADDRNOTAVAIL.
        if ((b[0] & 1) != 0) {
            throw new IllegalArgumentException("MAC address '" + mac
                    + "' is multicast (lowest bit of the first byte set): a device cannot have it");
        }
        return b;
    }

    /**
     * The 6 bytes of {@code "aa:bb:cc:dd:ee:ff"} (case-insensitive), multicast ones too (a
     * neighbour entry may map to one).
     *
     * @throws IllegalArgumentException naming the value if it is not of that form
     */
    public static byte[] parseAny(String mac) {
        if (mac == null || mac.length() != 17) {
            throw bad(mac);
        }
        byte[] b = new byte[6];
        for (int i = 0; i < 6; i++) {
            int hi = Character.digit(mac.charAt(i * 3), 16);
            int lo = Character.digit(mac.charAt(i * 3 + 1), 16);
            if (hi < 0 || lo < 0 || (i < 5 && mac.charAt(i * 3 + 2) != ':')) {
                throw bad(mac);
            }
            b[i] = (byte) (hi << 4 | lo);
        }
        return b;
    }

    /** Colon-separated lower-case hex of any number of bytes. */
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

    private static IllegalArgumentException bad(String mac) {
        return new IllegalArgumentException("'" + mac + "' is not a MAC address of the form aa:bb:cc:dd:ee:ff");
    }
}
