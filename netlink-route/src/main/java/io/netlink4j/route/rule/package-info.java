/**
 * Policy routing rules ({@code ip rule}): which routing table a packet uses, chosen by its
 * source, destination, mark, devices, ports or owner — {@link io.netlink4j.route.rule.Rules}
 * (from {@code Rtnetlink.rules()}), specs ({@link io.netlink4j.route.rule.RuleSpec}) and results
 * ({@link io.netlink4j.route.rule.Rule}), IPv4 and IPv6.
 *
 * <table>
 * <caption>{@code ip rule} commands and the calls that replace them</caption>
 * <tr><th>iproute2</th><th>netlink4j</th></tr>
 * <tr><td>{@code ip rule add from 10.2.0.0/24 lookup 100}</td>
 *     <td>{@code h.rules().add(RuleSpec.from("10.2.0.0/24").withTable(RouteTable.of(100)))}</td></tr>
 * <tr><td>{@code ip rule add fwmark 0x1/0xff lookup 100}</td>
 *     <td>{@code h.rules().add(RuleSpec.all().withFwmark(0x1, 0xff).withTable(RouteTable.of(100)))}</td></tr>
 * <tr><td>{@code ip rule add to 10.3.0.0/16 lookup 200 priority 1000}</td>
 *     <td>{@code h.rules().add(RuleSpec.to("10.3.0.0/16").withTable(RouteTable.of(200)).withPriority(1000))}</td></tr>
 * <tr><td>{@code ip rule add iif veth-a oif veth-b lookup 100}</td>
 *     <td>{@code h.rules().add(RuleSpec.all().withIif("veth-a").withOif("veth-b").withTable(RouteTable.of(100)))}</td></tr>
 * <tr><td>{@code ip rule add tos 0x10 lookup 100} ({@code dsfield})</td>
 *     <td>{@code h.rules().add(RuleSpec.all().withTos(0x10).withTable(RouteTable.of(100)))}, or {@code withDscp(4)}</td></tr>
 * <tr><td>{@code ip rule add ipproto tcp dport 80 lookup 100}</td>
 *     <td>{@code h.rules().add(RuleSpec.all().withIpProtocol(IpProtocol.TCP).withDport(80).withTable(RouteTable.of(100)))}</td></tr>
 * <tr><td>{@code ip rule add sport 1000-2000 lookup 100}</td>
 *     <td>{@code h.rules().add(RuleSpec.all().withSport(PortRange.of(1000, 2000)).withTable(RouteTable.of(100)))}</td></tr>
 * <tr><td>{@code ip rule add uidrange 1000-2000 lookup 100}</td>
 *     <td>{@code h.rules().add(RuleSpec.all().withUidRange(1000, 2000).withTable(RouteTable.of(100)))}</td></tr>
 * <tr><td>{@code ip rule add lookup main suppress_prefixlength 0}</td>
 *     <td>{@code h.rules().add(RuleSpec.all().withTable(RouteTable.MAIN).withSuppressPrefixLength(0))}</td></tr>
 * <tr><td>{@code ip rule add priority 1000 goto 2000}</td>
 *     <td>{@code h.rules().add(RuleSpec.all().withPriority(1000).withGoto(2000))}</td></tr>
 * <tr><td>{@code ip rule add from 10.5.0.0/16 blackhole} ({@code unreachable}, {@code prohibit})</td>
 *     <td>{@code h.rules().add(RuleSpec.from("10.5.0.0/16").withAction(RuleAction.BLACKHOLE))}</td></tr>
 * <tr><td>{@code ip rule add not from 10.0.0.0/8 lookup main}</td>
 *     <td>{@code h.rules().add(RuleSpec.from("10.0.0.0/8").withNot().withTable(RouteTable.MAIN))}</td></tr>
 * <tr><td>{@code ip -6 rule add from fd00::/64 lookup 100}</td>
 *     <td>{@code h.rules().add(RuleSpec.from("fd00::/64").withTable(RouteTable.of(100)))}</td></tr>
 * <tr><td>{@code ip rule del from 10.2.0.0/24 lookup 100}</td>
 *     <td>{@code h.rules().delete(RuleSpec.from("10.2.0.0/24").withTable(RouteTable.of(100)))}</td></tr>
 * <tr><td>{@code ip rule del priority 1000} (if there)</td>
 *     <td>{@code h.rules().deleteIfExists(RuleSpec.all().withPriority(1000))}</td></tr>
 * <tr><td>{@code ip rule del priority 100; ip rule add priority 100 ...} (no {@code ip rule replace})</td>
 *     <td>{@code h.rules().replace(RuleSpec.all().withPriority(100).withFwmark(2).withTable(RouteTable.of(200)))}</td></tr>
 * <tr><td>{@code ip rule} / {@code ip -6 rule} / both</td>
 *     <td>{@code h.rules().list(AddressFamily.INET)} / {@code list(AddressFamily.INET6)} / {@code list()}</td></tr>
 * </table>
 *
 * <p><b>Dumps under heavy change.</b> A dump that runs while many rules change at once can be
 * marked interrupted by the kernel ({@code NLM_F_DUMP_INTR}). A {@code list} method forgets what
 * it collected and dumps again, up to 8 times; a {@code forEach} cannot take back what it handed
 * over, so it does not restart. Either then fails, after the dump, with a {@link
 * io.netlink4j.core.KernelException} of {@code EINTR}; nothing was changed, and listing again is
 * safe.
 */
package io.netlink4j.route.rule;
