/**
 * rtnetlink per network namespace: the {@link io.netlink4j.route.Rtnetlink} handle that hands out
 * every family ({@code links()}, {@code addresses()}, {@code routes()}, {@code neighbours()}...),
 * the change notifications of {@code ip monitor} ({@link io.netlink4j.route.Events},
 * {@link io.netlink4j.route.EventStream} and the {@link io.netlink4j.route.RtnetlinkEvent}
 * records), {@code sysctl net.*} ({@link io.netlink4j.route.Sysctl}) and ICMP echo
 * ({@link io.netlink4j.route.Ping}) inside the namespace.
 *
 * <table>
 * <caption>Commands and the calls that replace them ({@code h} is the namespace's {@code Rtnetlink})</caption>
 * <tr><th>command</th><th>netlink4j</th></tr>
 * <tr><td>{@code ip netns exec ns1 ...}</td><td>{@code try (Rtnetlink h = Rtnetlink.open("ns1")) { ... }}</td></tr>
 * <tr><td>{@code ip ...} in this namespace</td><td>{@code Rtnetlink.open()}</td></tr>
 * <tr><td>{@code ip monitor}</td><td>{@code h.events().open()}, then {@code next(timeout)}, a
 *     for-each loop, {@code stream()} or {@code subscribe(executor, consumer)}</td></tr>
 * <tr><td>{@code ip monitor link address}</td><td>{@code h.events().open(EventGroup.LINK, EventGroup.ADDRESS)}</td></tr>
 * <tr><td>{@code ip monitor route} / {@code ip monitor neigh}</td>
 *     <td>{@code h.events().open(EventGroup.ROUTE)} / {@code open(EventGroup.NEIGHBOUR)}</td></tr>
 * <tr><td>{@code ip monitor rule} / {@code tc monitor}</td>
 *     <td>{@code h.events().open(EventGroup.RULE)} / {@code open(EventGroup.TC)}: {@code RuleEvent}s;
 *     {@code QdiscEvent}s, {@code TrafficClassEvent}s and {@code FilterEvent}s</td></tr>
 * <tr><td>{@code sysctl net.ipv4.ip_forward}</td><td>{@code h.sysctl().get("net.ipv4.ip_forward")}</td></tr>
 * <tr><td>{@code sysctl -w net.ipv4.ip_forward=1}</td><td>{@code h.sysctl().setIpForwarding(true)}</td></tr>
 * <tr><td>{@code sysctl -w net.ipv4.conf.all.rp_filter=0}</td><td>{@code h.sysctl().set("net.ipv4.conf.all.rp_filter", "0")}</td></tr>
 * <tr><td>{@code ip netns exec ns1 ping -c 3 -W 1 10.0.0.2}</td>
 *     <td>{@code h.ping().ping("10.0.0.2", 3, Duration.ofSeconds(1))}</td></tr>
 * </table>
 *
 * <p>Waiting calls ({@code EventStream.next}, {@code Links.waitFor}, {@code Ping.ping}) declare
 * {@link java.lang.InterruptedException} and return within about 50 ms of an interrupt; closing
 * a stream from another thread wakes its reader.
 */
package io.netlink4j.route;
