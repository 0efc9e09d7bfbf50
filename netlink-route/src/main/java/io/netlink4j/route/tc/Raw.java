package io.netlink4j.route.tc;

import java.util.HexFormat;

/** Copies and prints of raw bytes, for the records that keep options they do not model. */
final class Raw {
    private Raw() {}

    static byte[] copy(byte[] b) {
        return b == null ? null : b.clone();
    }

    static String hex(byte[] b) {
        return b == null ? "" : HexFormat.of().formatHex(b);
    }
}
