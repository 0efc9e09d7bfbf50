package io.netlink4j.lab.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Mininet's ready-made topologies, named and wired as Mininet does ({@code mn --topo ...}):
 * switches {@code s1, s2...}, hosts {@code h1, h2...}, links in Mininet's order (so host
 * {@code hN} gets {@code 10.0.0.N} as with {@code mn}, in a /24 or as large as needed).
 */
public final class Topologies {
    private Topologies() {}

    /**
     * {@code --topo single,N}: one switch {@code s1} with hosts {@code h1..hN}.
     *
     * @param lab the lab's name
     * @param hosts how many hosts
     * @return the topology, named {@code lab}
     */
    public static Topology single(String lab, int hosts) {
        check("hosts", hosts, 1);
        List<Node> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        nodes.add(Node.of("s1", NodeKind.SWITCH));
        for (int i = 1; i <= hosts; i++) {
            nodes.add(Node.of("h" + i, NodeKind.HOST));
            links.add(Link.of("h" + i, "s1"));
        }
        return of(lab, nodes, links);
    }

    /**
     * {@code --topo linear,N}: switches {@code s1..sN} in a chain, host {@code hK} on switch {@code sK}.
     *
     * @param lab the lab's name
     * @param switches how many switches
     * @return the topology, named {@code lab}
     */
    public static Topology linear(String lab, int switches) {
        check("switches", switches, 1);
        List<Node> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 1; i <= switches; i++) {
            nodes.add(Node.of("s" + i, NodeKind.SWITCH));
            nodes.add(Node.of("h" + i, NodeKind.HOST));
            links.add(Link.of("h" + i, "s" + i));
            if (i > 1) {
                links.add(Link.of("s" + i, "s" + (i - 1)));
            }
        }
        return of(lab, nodes, links);
    }

    /**
     * {@code --topo tree,DEPTH,FANOUT}: a tree of switches {@code DEPTH} levels deep, each with
     * {@code FANOUT} children, hosts at the leaves ({@code FANOUT^DEPTH} of them); numbered
     * depth-first as Mininet numbers them.
     *
     * @param lab the lab's name
     * @param depth the tree's depth
     * @param fanout the children of each switch
     * @return the topology, named {@code lab}
     */
    public static Topology tree(String lab, int depth, int fanout) {
        check("depth", depth, 1);
        check("fanout", fanout, 1);
        if (Math.pow(fanout, depth) > 100_000) {
            throw new IllegalArgumentException("tree," + depth + "," + fanout + " has " + (long) Math.pow(fanout, depth)
                    + " hosts: at most 100000");
        }
        List<Node> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        addTree(depth, fanout, nodes, links, new int[] {1, 1});
        return of(lab, nodes, links);
    }

    private static String addTree(int depth, int fanout, List<Node> nodes, List<Link> links, int[] next) {
        if (depth == 0) {
            String h = "h" + next[1]++;
            nodes.add(Node.of(h, NodeKind.HOST));
            return h;
        }
        String s = "s" + next[0]++;
        nodes.add(Node.of(s, NodeKind.SWITCH));
        for (int i = 0; i < fanout; i++) {
            String child = addTree(depth - 1, fanout, nodes, links, next);
            links.add(Link.of(s, child));
        }
        return s;
    }

    /**
     * Mininet's {@code --topo} argument: {@code single,N}, {@code linear,N}, {@code tree,DEPTH,FANOUT}
     * ({@code tree,DEPTH} has fanout 2, as in Mininet).
     *
     * @param lab the lab's name
     * @param spec Mininet's words, {@code tree,2,3}
     * @return the topology, named {@code lab}
     * @throws IllegalArgumentException for another name or a bad number
     */
    public static Topology parse(String lab, String spec) {
        String[] p = spec.trim().split("\\s*,\\s*");
        try {
            return switch (p[0]) {
                case "single" -> single(lab, p.length > 1 ? Integer.parseInt(p[1]) : 3);
                case "linear" -> linear(lab, p.length > 1 ? Integer.parseInt(p[1]) : 2);
                case "tree" -> tree(lab, p.length > 1 ? Integer.parseInt(p[1]) : 2, p.length > 2 ? Integer.parseInt(p[2]) : 2);
                default -> throw new IllegalArgumentException("topology '" + spec
                        + "' is not one of single,N / linear,N / tree,DEPTH,FANOUT");
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("topology '" + spec + "': '" + e.getMessage().replaceAll(".*\"(.*)\".*", "$1")
                    + "' is not a number", e);
        }
    }

    private static Topology of(String lab, List<Node> nodes, List<Link> links) {
        return new Topology(lab, nodes, links, Topology.DEFAULT_POOL, true, null);
    }

    private static void check(String what, int n, int min) {
        if (n < min || n > 100_000) {
            throw new IllegalArgumentException(what + " " + n + " is out of range: " + min + "..100000");
        }
    }
}
