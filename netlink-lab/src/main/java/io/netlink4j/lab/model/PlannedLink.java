package io.netlink4j.lab.model;

import java.util.Objects;

/**
 * A link as the lab makes it: its two ends resolved.
 *
 * @param index the link's index in {@link Topology#links()}
 * @param link  the link as declared
 * @param a     its first end
 * @param b     its second end
 */
public record PlannedLink(int index, Link link, PlannedInterface a, PlannedInterface b) {
    /** Checks the required parts. */
    public PlannedLink {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
    }

    /**
     * The end on {@code node}, or the first end if both are.
     *
     * @param node the node's name
     * @return the end on {@code node}, or the first end if both are
     */
    public PlannedInterface endOn(String node) {
        return a.node().equals(node) ? a : b;
    }

    /**
     * The end that is not {@code end}.
     *
     * @param end an end
     * @return the end that is not {@code end}
     */
    public PlannedInterface other(PlannedInterface end) {
        return end.equals(a) ? b : a;
    }

    /**
     * {@code h1:eth0 -- s1:s1-eth1}.
     *
     * @return the label
     */
    public String label() {
        return a.label() + " -- " + b.label();
    }

    @Override
    public String toString() {
        return label();
    }
}
