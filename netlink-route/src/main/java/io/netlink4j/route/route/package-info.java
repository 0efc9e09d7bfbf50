/**
 * IPv4 and IPv6 routes of a namespace in any table, and the kernel's routing decision
 * ({@code ip route}): the {@link io.netlink4j.route.route.Routes} facade, the {@link
 * io.netlink4j.route.route.RouteSpec} of a route to add or delete (with {@link
 * io.netlink4j.route.route.NextHop}s for multipath), the {@link io.netlink4j.route.route.Route}
 * the kernel reports, the {@link io.netlink4j.route.route.RouteFilter} of a dump, the {@link
 * io.netlink4j.route.route.RouteLookup} of {@code ip route get}, and the values the rules share
 * ({@link io.netlink4j.route.route.RouteTable}, {@link io.netlink4j.route.route.RouteProtocol}).
 *
 * <table>
 * <caption>{@code ip route} and the calls that replace it ({@code h} is the namespace's {@code Rtnetlink})</caption>
 * <tr><th>iproute2</th><th>netlink4j</th></tr>
 * <tr><td>{@code ip route add default via 10.244.0.1}</td>
 *     <td>{@code h.routes().add(RouteSpec.to("default").withVia("10.244.0.1"))}</td></tr>
 * <tr><td>{@code ip route add default via 172.16.0.1 dev veth11}</td>
 *     <td>{@code h.routes().add(RouteSpec.to("default").withVia("172.16.0.1").withDev("veth11"))}</td></tr>
 * <tr><td>{@code ip route add 10.200.1.1/32 dev veth1}</td>
 *     <td>{@code h.routes().add(RouteSpec.to("10.200.1.1/32").withDev("veth1"))}</td></tr>
 * <tr><td>{@code ip route add 10.1.0.0/16 via 10.0.0.2 table 100 metric 50 proto static}</td>
 *     <td>{@code h.routes().add(RouteSpec.to("10.1.0.0/16").withVia("10.0.0.2").withTable(RouteTable.of(100))
 *     .withMetric(50).withProtocol(RouteProtocol.STATIC))}</td></tr>
 * <tr><td>{@code ip route add blackhole 10.66.0.0/16}</td>
 *     <td>{@code h.routes().add(RouteSpec.to("10.66.0.0/16").withType(RouteType.BLACKHOLE))}</td></tr>
 * <tr><td>{@code ip route add 10.8.0.0/16 nexthop via 10.0.0.3 weight 2 nexthop via 10.0.0.4}</td>
 *     <td>{@code h.routes().add(RouteSpec.to("10.8.0.0/16").withNextHops(NextHop.via("10.0.0.3").withWeight(2),
 *     NextHop.via("10.0.0.4")))}</td></tr>
 * <tr><td>{@code ip route add 10.7.0.0/16 via 10.0.0.2 dev veth0 onlink}</td>
 *     <td>{@code h.routes().add(RouteSpec.to("10.7.0.0/16").withVia("10.0.0.2").withDev("veth0").withOnlink())}</td></tr>
 * <tr><td>{@code ip -6 route add fd00:9::/64 via fd00::2}</td>
 *     <td>{@code h.routes().add(RouteSpec.to("fd00:9::/64").withVia("fd00::2"))}</td></tr>
 * <tr><td>{@code ip -6 route add default dev veth0}</td>
 *     <td>{@code h.routes().add(RouteSpec.to("::/0").withDev("veth0"))}</td></tr>
 * <tr><td>{@code ip route replace default via 10.0.0.2}</td>
 *     <td>{@code h.routes().replace(RouteSpec.to("default").withVia("10.0.0.2"))}</td></tr>
 * <tr><td>{@code ip route del default}</td>
 *     <td>{@code h.routes().delete(RouteSpec.to("default"))}</td></tr>
 * <tr><td>{@code ip route show} / {@code ip -6 route show}</td>
 *     <td>{@code h.routes().list()} (both families, table main)</td></tr>
 * <tr><td>{@code ip route show table 100}</td>
 *     <td>{@code h.routes().list(RouteFilter.table(RouteTable.of(100)).withFamily(AddressFamily.INET))}</td></tr>
 * <tr><td>{@code ip route show table all}</td><td>{@code h.routes().list(RouteFilter.allTables())}</td></tr>
 * <tr><td>{@code ip route get 10.1.2.3}</td><td>{@code h.routes().lookup(RouteLookup.to("10.1.2.3"))}</td></tr>
 * <tr><td>{@code ip route get 198.18.1.1 from 10.2.0.2 iif veth-a}</td>
 *     <td>{@code h.routes().lookup(RouteLookup.to("198.18.1.1").withFrom("10.2.0.2").withIif("veth-a"))}</td></tr>
 * <tr><td>{@code ip route get 10.1.2.3 mark 0x1}</td>
 *     <td>{@code h.routes().lookup(RouteLookup.to("10.1.2.3").withMark(0x1))}</td></tr>
 * </table>
 *
 * <p><b>Dumps under heavy change.</b> A dump that runs while many routes change at once can be
 * marked interrupted by the kernel ({@code NLM_F_DUMP_INTR}). A {@code list} method forgets what
 * it collected and dumps again, up to 8 times; a {@code forEach} cannot take back what it handed
 * over, so it does not restart. Either then fails, after the dump, with a {@link
 * io.netlink4j.core.KernelException} of {@code EINTR}; nothing was changed, and listing again is
 * safe.
 */
package io.netlink4j.route.route;
