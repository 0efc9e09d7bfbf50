package io.netlink4j.lab.model;

import io.netlink4j.core.Cidr;
import java.util.List;
import java.util.Objects;

/**
 * A layer-2 segment: the switches joined by links among themselves with every host and router
 * end attached to them, or one link between two hosts or routers. A segment is one subnet.
 *
 * @param index    its index in {@link Plan#segments()}
 * @param subnet   its subnet, or {@code null} when no host or router is on it
 * @param members  the host and router ends on it, in link order
 * @param switches the switches in it, in declaration order
 * @param links    the indices of its links in {@link Topology#links()}
 */
public record Segment(int index, Cidr subnet, List<PlannedInterface> members, List<String> switches,
                      List<Integer> links) {
    /** Copies the lists. */
    public Segment {
        members = List.copyOf(Objects.requireNonNull(members, "members"));
        switches = List.copyOf(Objects.requireNonNull(switches, "switches"));
        links = List.copyOf(Objects.requireNonNull(links, "links"));
    }

    /**
     * {@code the segment of s1} or {@code the link r1:eth1 -- r2:eth1}.
     *
     * @return the label
     */
    public String label() {
        if (!switches.isEmpty()) {
            return "the segment of " + String.join(", ", switches);
        }
        return members.size() == 2 ? "the link " + members.get(0).label() + " -- " + members.get(1).label()
                : "segment " + index;
    }

    @Override
    public String toString() {
        return label() + (subnet == null ? "" : " " + subnet);
    }
}
