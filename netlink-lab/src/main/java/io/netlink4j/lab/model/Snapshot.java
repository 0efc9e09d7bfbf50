package io.netlink4j.lab.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the kernel shows of a lab: every node found with the lab's marker, its interfaces, routes,
 * forwarding and drop rules, veth ends paired across namespaces. Read by {@code Lab.snapshot()};
 * {@link #expected(Plan)} gives the state a plan means, for drawing a lab that is not up.
 *
 * @param lab   the lab's name
 * @param nodes the nodes found, in the plan's order where there is one
 */
public record Snapshot(String lab, List<NodeState> nodes) {
    /** Copies the list. */
    public Snapshot {
        Names.checkLab(lab);
        nodes = List.copyOf(Objects.requireNonNull(nodes, "nodes"));
    }

    /**
     * The node {@code name}, if found.
     *
     * @param name the name
     * @return the node {@code name}, if found
     */
    public Optional<NodeState> node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /**
     * Every veth pair whose two ends were found on nodes of the lab, once each:
     * {@code [nodeA, ifA, nodeB, ifB]}, in node order (an uplink's is not: its other end is the internet).
     *
     * @return every veth pair whose two ends were found on nodes of the lab, once each
     */
    public List<String[]> pairs() {
        List<String[]> out = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (NodeState n : nodes) {
            for (InterfaceState i : n.interfaces()) {
                if (i.peerNode() == null || i.peerName() == null || node(i.peerNode()).isEmpty()) {
                    continue;
                }
                String me = n.name() + ":" + i.name();
                String peer = i.peerNode() + ":" + i.peerName();
                if (done.contains(peer)) {
                    continue;
                }
                done.add(me);
                out.add(new String[] {n.name(), i.name(), i.peerNode(), i.peerName()});
            }
        }
        return out;
    }

    /**
     * The state {@code plan} means: every node, interface and link there and up, its routes in place.
     *
     * @param plan the plan
     * @return the state {@code plan} means
     */
    public static Snapshot expected(Plan plan) {
        return Expected.of(plan);
    }

    @Override
    public String toString() {
        return "snapshot of lab " + lab + ": " + nodes.size() + " nodes";
    }
}
