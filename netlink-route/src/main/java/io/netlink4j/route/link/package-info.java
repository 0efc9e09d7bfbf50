/**
 * Network devices of a namespace ({@code ip link}): the {@link io.netlink4j.route.link.Links}
 * facade, one spec record per kind to create ({@link io.netlink4j.route.link.Veth},
 * {@link io.netlink4j.route.link.Bridge}, {@link io.netlink4j.route.link.Vlan},
 * {@link io.netlink4j.route.link.Vxlan}, {@link io.netlink4j.route.link.Macvlan}) with the
 * options every kind shares ({@link io.netlink4j.route.link.LinkOptions}), the
 * {@link io.netlink4j.route.link.Link} the kernel reports and the
 * {@link io.netlink4j.route.link.LinkFilter} of a dump. Every request is what iproute2 6.1 sends
 * for the same command, byte for byte.
 *
 * <table>
 * <caption>{@code ip link} and the calls that replace it ({@code h} is the namespace's {@code Rtnetlink})</caption>
 * <tr><th>iproute2</th><th>netlink4j</th></tr>
 * <tr><td>{@code ip link add veth-blue type veth peer name veth-blue-br}</td>
 *     <td>{@code h.links().add(Veth.of("veth-blue", "veth-blue-br"))}</td></tr>
 * <tr><td>{@code ip link add veth0 type veth peer name eth0 netns container1}</td>
 *     <td>{@code h.links().add(Veth.of("veth0", "eth0").withPeerIn(container1))} (one request; the
 *     articles create the pair, then run {@code ip link set eth0 netns container1})</td></tr>
 * <tr><td>{@code ip link add veth0 mtu 1450 address 02:00:00:00:00:01 group 7 up type veth peer name eth0 mtu 1450}</td>
 *     <td>{@code h.links().add(Veth.of("veth0", "eth0").withMtu(1450).withMac("02:00:00:00:00:01").withGroup(7).withUp().withPeerMtu(1450))}</td></tr>
 * <tr><td>{@code ip link add veth0 numtxqueues 1 numrxqueues 1 type veth peer name eth0 numtxqueues 1 numrxqueues 1}</td>
 *     <td>{@code h.links().add(Veth.of("veth0", "eth0").withQueues(1))}</td></tr>
 * <tr><td>{@code ip link add br0 type bridge} / {@code ip link add name br0 type bridge}</td>
 *     <td>{@code h.links().add(Bridge.of("br0"))}</td></tr>
 * <tr><td>{@code ip link add br0 type bridge stp_state 1 forward_delay 400 ageing_time 3000}</td>
 *     <td>{@code h.links().add(Bridge.of("br0").withStp(true).withForwardDelay(Duration.ofSeconds(4)).withAgeingTime(Duration.ofSeconds(30)))}</td></tr>
 * <tr><td>{@code ip link add veth-x master br0 type veth peer name veth-y}</td>
 *     <td>{@code h.links().add(Veth.of("veth-x", "veth-y").withMaster("br0"))}</td></tr>
 * <tr><td>{@code ip link add link eth0 name eth0.10 type vlan id 10}</td>
 *     <td>{@code h.links().add(Vlan.of("eth0.10", "eth0", 10))} (needs the kernel's 8021q module)</td></tr>
 * <tr><td>{@code ip link add vxlan100 type vxlan id 100 remote 192.0.2.2 local 192.0.2.1 dev eth0 dstport 4789}</td>
 *     <td>{@code h.links().add(Vxlan.of("vxlan100", 100).withRemote("192.0.2.2").withLocal("192.0.2.1").withDevice("eth0"))}</td></tr>
 * <tr><td>{@code ip link add mv0 link eth0 type macvlan mode bridge}</td>
 *     <td>{@code h.links().add(Macvlan.of("mv0", "eth0").withMode(MacvlanMode.BRIDGE))}</td></tr>
 * <tr><td>{@code ip -batch} of many {@code link add}</td><td>{@code h.links().addAll(specs)} (pipelined)</td></tr>
 * <tr><td>{@code ip link set veth-blue up} / {@code ip link set dev br0 down}</td>
 *     <td>{@code h.links().setUp("veth-blue")} / {@code h.links().setDown("br0")}</td></tr>
 * <tr><td>{@code ip netns exec ns1 ip link set lo up}</td><td>{@code Rtnetlink.open("ns1").links().setUp("lo")}</td></tr>
 * <tr><td>{@code ip link set veth-blue-br master br0} / {@code ip link set veth0 nomaster}</td>
 *     <td>{@code h.links().setMaster("veth-blue-br", "br0")} / {@code h.links().setNoMaster("veth0")}</td></tr>
 * <tr><td>{@code ip link set veth-blue netns ns-blue}</td>
 *     <td>{@code h.links().moveTo("veth-blue", "ns-blue")} or {@code moveTo("veth-blue", nsBlue)}</td></tr>
 * <tr><td>{@code ip link set veth2 netns $PID}</td><td>{@code h.links().moveToPid("veth2", pid)}</td></tr>
 * <tr><td>{@code ip link set veth1 mtu 9000} / {@code address 02:11:22:33:44:55}</td>
 *     <td>{@code h.links().setMtu("veth1", 9000)} / {@code setMac("veth1", "02:11:22:33:44:55")}</td></tr>
 * <tr><td>{@code ip link set br0 type bridge stp_state 0} / {@code ageing_time 1000} / {@code priority 100}</td>
 *     <td>{@code h.links().change(Bridge.of("br0").withStp(false))} / {@code .withAgeingTime(Duration.ofSeconds(10))} /
 *     {@code .withPriority(100)} (only what the spec sets is sent)</td></tr>
 * <tr><td>{@code ip link set vxlan100 type vxlan id 100 ttl 10 learning}</td>
 *     <td>{@code h.links().change(Vxlan.of("vxlan100", 100).withTtl(10).withLearning(true))} (dstport, l2miss
 *     and l3miss are fixed at creation)</td></tr>
 * <tr><td>{@code ip link set mv0 type macvlan mode private}</td>
 *     <td>{@code h.links().change(Macvlan.of("mv0", "eth0").withMode(MacvlanMode.PRIVATE))}</td></tr>
 * <tr><td>{@code ip link set veth1 name uplink0} / {@code alias uplink} / {@code group 7}</td>
 *     <td>{@code h.links().rename("veth1", "uplink0")} / {@code setAlias("veth1", "uplink")} / {@code setGroup("veth1", 7)}</td></tr>
 * <tr><td>{@code ip link del veth1} / {@code ip link delete br0}</td>
 *     <td>{@code h.links().delete("veth1")}, or {@code deleteIfExists} for {@code ip link del ... 2>/dev/null}</td></tr>
 * <tr><td>{@code ip link del group 7}</td><td>{@code h.links().deleteGroup(7)}</td></tr>
 * <tr><td>{@code ip link show} / {@code ip -d -s link show}</td><td>{@code h.links().list()}, or
 *     {@code forEach(LinkFilter.ALL, each)} to stream it</td></tr>
 * <tr><td>{@code ip link show type veth} / {@code master br0} / {@code group 7}</td>
 *     <td>{@code h.links().list(LinkFilter.ofKind("veth"))} / {@code LinkFilter.ALL.withMaster("br0")} /
 *     {@code LinkFilter.ALL.withGroup(7)}</td></tr>
 * <tr><td>{@code ip link show veth1} / {@code ip link show dev docker0}</td>
 *     <td>{@code h.links().get("veth1")}, or {@code find} for an {@code Optional}</td></tr>
 * <tr><td>{@code until ip link show veth0 | grep -q 'state UP'; do sleep 0.1; done}</td>
 *     <td>{@code h.links().waitFor("veth0", l -> l.operState() == OperState.UP, Duration.ofSeconds(5))}</td></tr>
 * </table>
 *
 * <p><b>Dumps under heavy change.</b> A dump that runs while many links change at once can be
 * marked interrupted by the kernel ({@code NLM_F_DUMP_INTR}). A {@code list} method forgets what
 * it collected and dumps again, up to 8 times; a {@code forEach} cannot take back what it handed
 * over, so it does not restart. Either then fails, after the dump, with a {@link
 * io.netlink4j.core.KernelException} of {@code EINTR}; nothing was changed, and listing again is
 * safe.
 */
package io.netlink4j.route.link;
