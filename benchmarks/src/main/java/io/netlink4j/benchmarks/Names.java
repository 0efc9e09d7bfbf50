package io.netlink4j.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Device names made before measuring, so that the measured code formats no strings. */
final class Names {
    private Names() {}

    /** {@code prefix0 .. prefix(count-1)}. */
    static String[] of(String prefix, int count) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = prefix + i;
        }
        return names;
    }

    /** The boxed indices {@code 0 .. count-1}, for pipelined requests over parallel arrays. */
    static List<Integer> indices(int count) {
        List<Integer> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(i);
        }
        return Collections.unmodifiableList(out);
    }
}
