package io.netlink4j.route.link;

import io.netlink4j.core.ns.NetNs;
import java.time.Duration;

/** What the spec records share: their {@code ip link add} text and the centisecond rule of bridge timers. */
final class Specs {
    /** {@code USER_HZ}: bridge timers travel as clock_t, hundredths of a second. */
    static final int CENTIS_PER_SECOND = 100;

    private Specs() {}

    /** {@code NAME [options]}. */
    static String head(String name, LinkOptions options) {
        String o = options.toString();
        return o.isEmpty() ? name : name + " " + o;
    }

    /** A namespace as {@code ip} names it: its name under /run/netns, else the handle's description. */
    static String namespace(NetNs ns) {
        return ns.name() != null ? ns.name() : ns.toString();
    }

    /**
     * Checks that {@code d} (named {@code what} of {@code owner}) is a whole, non-negative number
     * of centiseconds that fits the kernel's 32 bits, and returns it.
     */
    static Duration centiseconds(Duration d, String what, String owner) {
        if (d == null) {
            return null;
        }
        if (d.isNegative()) {
            throw new IllegalArgumentException(owner + ": " + what + " " + d + " is negative");
        }
        if (d.compareTo(Duration.ofMillis(0xFFFF_FFFFL * 10)) > 0) {
            throw new IllegalArgumentException(owner + ": " + what + " " + d + " exceeds the kernel's 32-bit centiseconds");
        }
        if (d.getNano() % 10_000_000 != 0) {
            throw new IllegalArgumentException(owner + ": " + what + " " + d
                    + " is not a whole number of centiseconds, the unit the kernel keeps it in");
        }
        return d;
    }
}
