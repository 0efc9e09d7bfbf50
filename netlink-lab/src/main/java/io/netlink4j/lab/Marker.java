package io.netlink4j.lab;

import io.netlink4j.lab.model.NodeKind;
import java.util.Optional;

/**
 * How a namespace says which lab it belongs to: the alias of its {@code lo}
 * ({@code ip link show lo} prints it), {@code netlink-lab:LAB} for the lab's own namespace and
 * {@code netlink-lab:LAB:NODE:KIND} for a node's. It lives and dies with the namespace, so a lab
 * is found again after the program that made it crashed, and nothing unmarked is ever touched.
 *
 * @param lab  the lab's name
 * @param node the node's name, or {@code null} for the lab's own namespace
 * @param kind the node's kind, or {@code null} for the lab's own namespace
 */
record Marker(String lab, String node, NodeKind kind) {
    static final String PREFIX = "netlink-lab:";

    static Marker ofLab(String lab) {
        return new Marker(lab, null, null);
    }

    static Marker ofNode(String lab, String node, NodeKind kind) {
        return new Marker(lab, node, kind);
    }

    /** The marker an alias holds, if it is one. */
    static Optional<Marker> parse(String alias) {
        if (alias == null || !alias.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] p = alias.substring(PREFIX.length()).split(":", -1);
        if (p.length == 1 && !p[0].isEmpty()) {
            return Optional.of(ofLab(p[0]));
        }
        if (p.length == 3) {
            return NodeKind.fromWord(p[2]).map(k -> ofNode(p[0], p[1], k));
        }
        return Optional.empty();
    }

    /** The alias of a veth end that names its peer: {@code peer s1:s1-eth1}. */
    static String peer(String node, String ifname) {
        return "peer " + node + ":" + ifname;
    }

    /** The peer a veth end's alias names, as {@code [node, ifname]}, if it names one. */
    static Optional<String[]> parsePeer(String alias) {
        if (alias == null || !alias.startsWith("peer ")) {
            return Optional.empty();
        }
        String[] p = alias.substring(5).split(":", -1);
        return p.length == 2 && !p[0].isEmpty() && !p[1].isEmpty() ? Optional.of(p) : Optional.empty();
    }

    boolean isLab() {
        return node == null;
    }

    @Override
    public String toString() {
        return node == null ? PREFIX + lab : PREFIX + lab + ":" + node + ":" + kind.word();
    }
}
