package io.netlink4j.route.tc;

import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** Copies and prints of raw bytes and attribute maps, for records that keep what they do not model. */
final class Raw {
    private Raw() {}

    static byte[] copy(byte[] b) {
        return b == null ? null : b.clone();
    }

    /** An unmodifiable, sorted copy whose arrays are copies too. */
    static Map<Integer, byte[]> copy(Map<Integer, byte[]> m) {
        if (m == null || m.isEmpty()) {
            return Map.of();
        }
        TreeMap<Integer, byte[]> t = new TreeMap<>();
        m.forEach((k, v) -> t.put(k, v.clone()));
        return java.util.Collections.unmodifiableSortedMap(t);
    }

    static String hex(byte[] b) {
        return b == null ? "" : HexFormat.of().formatHex(b);
    }
}
