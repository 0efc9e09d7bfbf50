/**
 * Labs in the kernel: {@link io.netlink4j.lab.Lab} brings a topology up in network namespaces
 * (pipelined, many namespaces at once), finds it again by its name, compares it with its
 * topology, pings every pair, explains what is broken, cuts and mends links, and takes it down;
 * {@link io.netlink4j.lab.LabNode} runs sockets, code and processes inside a node.
 *
 * <table>
 * <caption>Mininet and iproute2, and the calls that replace them</caption>
 * <tr><th>elsewhere</th><th>here</th></tr>
 * <tr><td>{@code mn --topo single,3} (and {@code exit})</td><td>{@code try (Lab lab = Lab.up(Topologies.single("demo", 3))) {...}}</td></tr>
 * <tr><td>{@code mininet> pingall}</td><td>{@code lab.pingAll().assertAllReachable()}</td></tr>
 * <tr><td>{@code mininet> link s1 h1 down}</td><td>{@code lab.setLinkDown("s1", "h1")}</td></tr>
 * <tr><td>{@code mininet> h1 python -m http.server &}</td><td>{@code lab.node("h1").start("python3", "-m", "http.server")}</td></tr>
 * <tr><td>{@code mn -c}</td><td>{@code Lab.find("demo").ifPresent(Lab::down)}</td></tr>
 * <tr><td>{@code ip netns exec demo-h1 ip -j addr}</td><td>{@code lab.snapshot().node("h1")}</td></tr>
 * </table>
 */
package io.netlink4j.lab;
