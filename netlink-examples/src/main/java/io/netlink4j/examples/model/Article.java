package io.netlink4j.examples.model;

/**
 * The five articles the examples replay ({@code shared/articles/}), and the two groups of examples
 * beyond them (their ids, names and addresses fixed by issues 12 and 13).
 */
public enum Article {
    /** Namespaces, veth, a bridge and NAT from scratch. */
    A1("a1", "Building a container network from scratch: namespaces, veth, bridges"),
    /** ns1/ns2 over veth, then ns1..ns3 on br0. */
    A2("a2", "Kubernetes networking: network namespace, veth pair and bridge"),
    /** KubeDojo module 3.3: red/blue, a bridge exercise, a mini CNI. */
    A3("a3", "KubeDojo Module 3.3: Network Namespaces & veth"),
    /** Two namespaces on br0 with default routes via the bridge. */
    A4("a4", "Container Networking Deep Dive Part 2: Two Namespaces on the Same Host"),
    /** One namespace joined to the host by a veth pair and routes. */
    A5("a5", "Container Networking Deep Dive Part 1: Single Network Namespace on a VM"),
    /** Beyond the articles: shaping, classifying and impairing a link with tc (issue 12). */
    TC("tc", "Beyond the articles: traffic control (tc qdiscs, classes, filters)"),
    /** Beyond the articles: overlays, policy routing and bridge port isolation (issue 13). */
    MULTI("multi", "Beyond the articles: VXLAN overlay, policy routing, bridge port isolation");

    private final String key;
    private final String title;

    Article(String key, String title) {
        this.key = key;
        this.title = title;
    }

    /** {@code a1}..{@code a5}, {@code tc}, {@code multi}. */
    public String key() {
        return key;
    }

    /** The article's title. */
    public String title() {
        return title;
    }
}
