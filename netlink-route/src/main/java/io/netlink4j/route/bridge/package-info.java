/**
 * The bridge family ({@code bridge fdb}, {@code bridge link}, {@code bridge vlan}): forwarding
 * database entries of bridges and VXLAN devices ({@link io.netlink4j.route.bridge.FdbEntries},
 * from {@code Rtnetlink.fdb()}), bridge port settings
 * ({@link io.netlink4j.route.bridge.BridgePorts}, from {@code Rtnetlink.bridgePorts()}) and VLAN
 * filtering ({@link io.netlink4j.route.bridge.BridgeVlans}, from {@code Rtnetlink.bridgeVlans()};
 * needs a kernel with 802.1Q), with their specs and results. A bridge's own settings (STP, ageing, VLAN protocol, multicast
 * snooping) are those of {@code io.netlink4j.route.link.Bridge}.
 *
 * <table>
 * <caption>{@code bridge} commands and the calls that replace them</caption>
 * <tr><th>iproute2</th><th>netlink4j</th></tr>
 * <tr><td>{@code bridge fdb add 02:00:00:00:00:01 dev veth-b master static}</td>
 *     <td>{@code h.fdb().add(FdbSpec.of("02:00:00:00:00:01", "veth-b").withMaster().withState(FdbState.STATIC))}</td></tr>
 * <tr><td>{@code bridge fdb add 02:00:00:00:00:01 dev veth-b master} (permanent)</td>
 *     <td>{@code h.fdb().add(FdbSpec.of("02:00:00:00:00:01", "veth-b").withMaster())}</td></tr>
 * <tr><td>{@code bridge fdb add 02:00:00:00:00:03 dev veth-b master dynamic}</td>
 *     <td>{@code h.fdb().add(FdbSpec.of("02:00:00:00:00:03", "veth-b").withMaster().withState(FdbState.DYNAMIC))}</td></tr>
 * <tr><td>{@code bridge fdb add 02:00:00:00:00:02 dev veth-b master static vlan 10}</td>
 *     <td>{@code h.fdb().add(FdbSpec.of("02:00:00:00:00:02", "veth-b").withMaster().withState(FdbState.STATIC).withVlan(10))}</td></tr>
 * <tr><td>{@code bridge fdb append 00:00:00:00:00:00 dev vxlan100 dst 192.0.2.2}</td>
 *     <td>{@code h.fdb().append(FdbSpec.of(MacAddress.ZERO, "vxlan100").withDst("192.0.2.2"))}</td></tr>
 * <tr><td>{@code bridge fdb add 02:00:00:00:01:01 dev vxlan100 dst 192.0.2.2 self permanent}</td>
 *     <td>{@code h.fdb().add(FdbSpec.of("02:00:00:00:01:01", "vxlan100").withDst("192.0.2.2").withSelf())}</td></tr>
 * <tr><td>{@code bridge fdb add 02:00:00:00:01:02 dev vxlan100 dst 192.0.2.2 vni 200 port 4790 via veth-a self}</td>
 *     <td>{@code h.fdb().add(FdbSpec.of("02:00:00:00:01:02", "vxlan100").withDst("192.0.2.2").withVni(200).withPort(4790).withVia("veth-a").withSelf())}</td></tr>
 * <tr><td>{@code bridge fdb replace 02:00:00:00:01:01 dev vxlan100 dst 192.0.2.3}</td>
 *     <td>{@code h.fdb().replace(FdbSpec.of("02:00:00:00:01:01", "vxlan100").withDst("192.0.2.3"))}</td></tr>
 * <tr><td>{@code bridge fdb del 02:00:00:00:00:01 dev veth-b master}</td>
 *     <td>{@code h.fdb().delete(FdbSpec.of("02:00:00:00:00:01", "veth-b").withMaster())}</td></tr>
 * <tr><td>{@code bridge fdb del 00:00:00:00:00:00 dev vxlan100 dst 192.0.2.2}</td>
 *     <td>{@code h.fdb().delete(FdbSpec.of(MacAddress.ZERO, "vxlan100").withDst("192.0.2.2"))}</td></tr>
 * <tr><td>{@code bridge fdb show} / {@code bridge fdb show br br0} / {@code bridge fdb show brport vxlan100}</td>
 *     <td>{@code h.fdb().list()} / {@code list(FdbFilter.bridge("br0"))} / {@code list(FdbFilter.port("vxlan100"))}</td></tr>
 * <tr><td>{@code bridge link set dev veth-b isolated on}</td>
 *     <td>{@code h.bridgePorts().change(BridgePortSpec.of("veth-b").withIsolated(true))}</td></tr>
 * <tr><td>{@code bridge link set dev veth-b learning off flood off mcast_flood off}</td>
 *     <td>{@code h.bridgePorts().change(BridgePortSpec.of("veth-b").withLearning(false).withFlood(false).withMcastFlood(false))}</td></tr>
 * <tr><td>{@code bridge link set dev veth-b hairpin on neigh_suppress on guard on}</td>
 *     <td>{@code h.bridgePorts().change(BridgePortSpec.of("veth-b").withHairpin(true).withNeighSuppress(true).withBpduGuard(true))}</td></tr>
 * <tr><td>{@code bridge link set dev veth-b cost 10 priority 5}</td>
 *     <td>{@code h.bridgePorts().change(BridgePortSpec.of("veth-b").withCost(10).withPriority(5))}</td></tr>
 * <tr><td>{@code bridge -d link show} / {@code bridge -d link show dev veth-b}</td>
 *     <td>{@code h.bridgePorts().list()} / {@code h.bridgePorts().get("veth-b")}</td></tr>
 * <tr><td>{@code ip link set br0 type bridge vlan_filtering 1}</td>
 *     <td>{@code h.bridgeVlans().setFiltering("br0", true)}</td></tr>
 * <tr><td>{@code bridge vlan add dev veth-b vid 10 pvid untagged}</td>
 *     <td>{@code h.bridgeVlans().add(BridgeVlanSpec.of("veth-b", 10).withPvid().withUntagged())}</td></tr>
 * <tr><td>{@code bridge vlan add dev veth-b vid 20-30}</td>
 *     <td>{@code h.bridgeVlans().add(BridgeVlanSpec.range("veth-b", 20, 30))}</td></tr>
 * <tr><td>{@code bridge vlan add dev br0 vid 10 self}</td>
 *     <td>{@code h.bridgeVlans().add(BridgeVlanSpec.of("br0", 10).withSelf())}</td></tr>
 * <tr><td>{@code bridge vlan del dev veth-b vid 10}</td>
 *     <td>{@code h.bridgeVlans().delete(BridgeVlanSpec.of("veth-b", 10))}</td></tr>
 * <tr><td>{@code bridge vlan show} / {@code bridge vlan show dev veth-b}</td>
 *     <td>{@code h.bridgeVlans().list()} / {@code h.bridgeVlans().list("veth-b")}</td></tr>
 * </table>
 *
 * <p><b>Dumps under heavy change.</b> A dump that runs while many FDB entries, bridge ports or VLANs change at once can be
 * marked interrupted by the kernel ({@code NLM_F_DUMP_INTR}). A {@code list} method forgets what
 * it collected and dumps again, up to 8 times; a {@code forEach} cannot take back what it handed
 * over, so it does not restart. Either then fails, after the dump, with a {@link
 * io.netlink4j.core.KernelException} of {@code EINTR}; nothing was changed, and listing again is
 * safe.
 */
package io.netlink4j.route.bridge;
