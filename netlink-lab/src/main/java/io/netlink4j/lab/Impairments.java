package io.netlink4j.lab;

import io.netlink4j.lab.model.Plan;
import io.netlink4j.lab.model.PlannedLink;

/**
 * Impairments and partitions in the kernel: rate limits as tbf queueing disciplines, delay and
 * jitter as netem, random loss and partitions as nftables drop rules.
 */
final class Impairments {
    private Impairments() {}

    static void apply(Plan plan, Spaces spaces, PlannedLink link) {
        if (link.link().impairment().isNone()) {
            return;
        }
        throw new UnsupportedOperationException("link " + link.label() + ": impairments need the traffic-control and "
                + "nftables APIs, which this build of netlink-lab does not have yet");
    }

    static void heal(Spaces spaces, String node) {
        // no partition rules can exist yet
    }
}
