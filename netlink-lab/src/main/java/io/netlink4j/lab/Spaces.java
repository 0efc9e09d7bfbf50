package io.netlink4j.lab;

import io.netlink4j.core.ns.NetNs;
import io.netlink4j.lab.model.Names;
import io.netlink4j.lab.model.NodeKind;
import io.netlink4j.lab.model.PlannedInterface;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The namespaces of one lab: its own ({@code LAB}, where the switches are) and one per host or
 * router ({@code LAB-NODE}), as open handles, made or opened on first use.
 */
final class Spaces implements AutoCloseable {
    private final String lab;
    private final Map<String, NetNs> open = new ConcurrentHashMap<>();
    private static final String LAB_KEY = "";

    Spaces(String lab) {
        this.lab = lab;
    }

    String lab() {
        return lab;
    }

    /** {@code LAB}, or {@code LAB-NODE}. */
    String nameOf(String node) {
        return node.equals(LAB_KEY) ? lab : Names.namespaceOf(lab, node);
    }

    /** Creates the lab's own namespace ({@code ip netns add LAB}). */
    NetNs createLab() {
        return create(LAB_KEY);
    }

    /** Creates {@code LAB-NODE} ({@code ip netns add}). */
    NetNs create(String node) {
        NetNs ns = NetNs.create(nameOf(node));
        NetNs old = open.put(node, ns);
        if (old != null) {
            old.close();
        }
        return ns;
    }

    NetNs labNs() {
        return ns(LAB_KEY);
    }

    /** The namespace of {@code node}, opened if need be. */
    NetNs ns(String node) {
        return open.computeIfAbsent(node, n -> NetNs.named(nameOf(n)));
    }

    /** The namespace {@code end} is in: the lab's own for a switch's port, else its node's. */
    NetNs of(PlannedInterface end) {
        return end.kind() == NodeKind.SWITCH ? labNs() : ns(end.node());
    }

    /** Deletes the namespace of {@code node} ({@code ip netns del}); {@code false} if it was not there. */
    boolean delete(String node) {
        NetNs ns = open.remove(node);
        if (ns != null) {
            ns.close();
        }
        return NetNs.deleteIfExists(nameOf(node));
    }

    /** Deletes the namespaces of {@code nodes} ("" for the lab's own), several at a time. */
    void deleteAll(List<String> nodes) {
        Workers.each(nodes, this::delete);
    }

    /** Closes every handle (the namespaces stay). */
    @Override
    public void close() {
        for (NetNs ns : open.values()) {
            ns.close();
        }
        open.clear();
    }
}
