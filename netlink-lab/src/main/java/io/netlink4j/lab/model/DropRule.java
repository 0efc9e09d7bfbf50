package io.netlink4j.lab.model;

import io.netlink4j.core.Cidr;
import java.net.InetAddress;
import java.util.Objects;

/**
 * A firewall rule in a node that drops traffic, as far as the lab can tell what it matches.
 *
 * @param text        the rule in nft's words
 * @param source      the source prefix it matches, or {@code null} for any
 * @param destination the destination prefix it matches, or {@code null} for any
 * @param probability the fraction of matching packets it drops (1 for all; less for random loss)
 * @param partition   whether the lab made it for {@code Lab.partition}
 */
public record DropRule(String text, Cidr source, Cidr destination, double probability, boolean partition) {
    /** Checks the required parts. */
    public DropRule {
        Objects.requireNonNull(text, "text");
        if (!(probability > 0 && probability <= 1)) {
            throw new IllegalArgumentException("drop probability " + probability + " is not in (0, 1]");
        }
    }

    /**
     * Whether it drops every packet from {@code from} to {@code to}.
     *
     * @param from where it comes from
     * @param to the destination
     * @return whether it drops every packet from {@code from} to {@code to}
     */
    public boolean dropsAll(InetAddress from, InetAddress to) {
        return probability == 1 && (source == null || from != null && source.contains(from))
                && (destination == null || destination.contains(to));
    }

    @Override
    public String toString() {
        return text;
    }
}
