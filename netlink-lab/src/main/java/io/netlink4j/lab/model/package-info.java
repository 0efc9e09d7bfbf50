/**
 * The lab as data, without the kernel: a {@link io.netlink4j.lab.model.Topology} as declared
 * (nodes, links, impairments, routes), Mininet's ready-made ones
 * ({@link io.netlink4j.lab.model.Topologies}), the {@link io.netlink4j.lab.model.Plan} that
 * resolves it (interface names, segments, subnets, addresses, shortest-path routes), a
 * {@link io.netlink4j.lab.model.Snapshot} of what the kernel shows, the
 * {@link io.netlink4j.lab.model.Diff} between the two, and the
 * {@link io.netlink4j.lab.model.Doctor} that explains unreachable pairs.
 *
 * <table>
 * <caption>Mininet and containerlab words, and their counterparts here</caption>
 * <tr><th>elsewhere</th><th>here</th></tr>
 * <tr><td>{@code mn --topo single,3}</td><td>{@code Topologies.single("lab", 3)}</td></tr>
 * <tr><td>{@code mn --topo linear,4}</td><td>{@code Topologies.linear("lab", 4)}</td></tr>
 * <tr><td>{@code mn --topo tree,2,3}</td><td>{@code Topologies.tree("lab", 2, 3)}</td></tr>
 * <tr><td>{@code self.addHost('h1')}</td><td>{@code topology.withHost("h1")}</td></tr>
 * <tr><td>{@code self.addSwitch('s1')}</td><td>{@code topology.withSwitch("s1")}</td></tr>
 * <tr><td>{@code self.addLink('h1', 's1', bw=10, delay='5ms', loss=1)}</td>
 *     <td>{@code topology.withLink(Link.of("h1", "s1").withImpairment(Impairment.rate("10mbit").withDelay("5ms").withLoss(0.01)))}</td></tr>
 * <tr><td>containerlab {@code endpoints: ["r1:eth1", "r2:eth1"]}</td><td>{@code Link.of("r1:eth1", "r2:eth1")}</td></tr>
 * </table>
 */
package io.netlink4j.lab.model;
