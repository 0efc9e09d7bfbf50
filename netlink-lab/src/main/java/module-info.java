/**
 * netlink4j lab: declarative network labs — hosts, switches, routers and links in network
 * namespaces — brought up and down in milliseconds from Java, from a YAML file, from a JUnit 5
 * test or from the command line. Builds on the public API of {@code io.netlink4j.route} (links,
 * addresses, routes, traffic control) and {@code io.netlink4j.netfilter} (drop rules).
 *
 * <p>Floors, bottom up: {@code model} (topologies, plans, snapshots, diff, doctor — no kernel),
 * {@code yaml} (the file format) and {@code render} (pictures); {@code io.netlink4j.lab} (the
 * lab's lifecycle in the kernel); {@code junit} (the extension) and {@code cli} (the command).
 */
module io.netlink4j.lab {
    requires transitive io.netlink4j.route;
    requires io.netlink4j.netfilter;
    requires org.snakeyaml.engine;
    requires static transitive org.junit.jupiter.api;
    exports io.netlink4j.lab;
    exports io.netlink4j.lab.model;
    exports io.netlink4j.lab.yaml;
    exports io.netlink4j.lab.render;
    exports io.netlink4j.lab.junit;
}
