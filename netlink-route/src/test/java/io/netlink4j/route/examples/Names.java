package io.netlink4j.route.examples;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/** Namespace names for a test run of an example: the example's own names behind a unique prefix. */
final class Names {
    private Names() {}

    /** {@code nlt13XXXX-} + the example's name, {@code XXXX} random per call. */
    static UnaryOperator<String> unique() {
        String prefix = prefix();
        return n -> prefix + n;
    }

    static String prefix() {
        return "nlt13" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36) + "-";
    }
}
