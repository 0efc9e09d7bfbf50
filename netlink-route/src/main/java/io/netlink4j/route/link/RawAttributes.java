package io.netlink4j.route.link;

import java.util.Arrays;
import java.util.Map;

/** Attributes kept as received ({@code Map<Integer, byte[]>}): copied, compared and hashed by content. */
final class RawAttributes {
    private RawAttributes() {}

    /**
     * An unmodifiable copy (the same map when it already is one, so passing a record's map on
     * copies nothing); the arrays are shared, as received.
     */
    static Map<Integer, byte[]> copy(Map<Integer, byte[]> raw) {
        return Map.copyOf(raw);
    }

    static boolean equal(Map<Integer, byte[]> a, Map<Integer, byte[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<Integer, byte[]> e : a.entrySet()) {
            if (!Arrays.equals(e.getValue(), b.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    static int hash(Map<Integer, byte[]> raw) {
        int h = 0;
        for (Map.Entry<Integer, byte[]> e : raw.entrySet()) {
            h += e.getKey() ^ Arrays.hashCode(e.getValue());
        }
        return h;
    }
}
