package io.netlink4j.route.route;

import static io.netlink4j.core.uapi.Netlink.NLM_F_CREATE;
import static io.netlink4j.core.uapi.Netlink.NLM_F_EXCL;
import static io.netlink4j.core.uapi.Netlink.NLM_F_REPLACE;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_DELROUTE;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_GETROUTE;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_NEWROUTE;

import io.netlink4j.core.socket.BatchResult;
import io.netlink4j.core.Errno;
import io.netlink4j.core.NetlinkException;
import io.netlink4j.core.uapi.SysConst;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.socket.Request;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.route.Rtnetlink;
import io.netlink4j.route.internal.Devices;

/**
 * {@code ip route}: IPv4 and IPv6 routes of the handle's namespace.
 *
 * <table>
 * <caption>The articles' commands and their replacements</caption>
 * <tr><th>iproute2</th><th>netlink4j</th></tr>
 * <tr><td>{@code ip netns exec container1 ip route add default via 10.244.0.1}</td>
 *     <td>{@code c1.routes().addDefault("10.244.0.1")}</td></tr>
 * <tr><td>{@code ip netns exec ns3 ip route add default via 10.0.0.254}</td>
 *     <td>{@code ns3.routes().addDefault("10.0.0.254")}</td></tr>
 * <tr><td>{@code ip netns exec $CON1 ip route add default via $BRIDGE_IP dev veth11}</td>
 *     <td>{@code con1.routes().addDefault("172.16.0.1", "veth11")}</td></tr>
 * <tr><td>{@code ip route add $IP/32 dev veth1} (a5: {@code 10.200.1.1/32})</td>
 *     <td>{@code host.routes().add("10.200.1.1/32", "veth1")}</td></tr>
 * <tr><td>{@code ip netns exec $CON ip route add default via $IP dev veth2}</td>
 *     <td>{@code con.routes().addDefault("10.200.1.1", "veth2")}</td></tr>
 * <tr><td>{@code ip route} / {@code ip netns exec $NS ip route} (table main)</td>
 *     <td>{@code h.routes().list()}</td></tr>
 * <tr><td>{@code ip route show table all}</td>
 *     <td>{@code h.routes().list(AF_UNSPEC, Route.TABLE_ALL)}</td></tr>
 * <tr><td>{@code ip route add 10.9.0.0/16 via 10.0.0.1 metric 50 table 100 proto static}</td>
 *     <td>{@code h.routes().add(RouteSpec.to("10.9.0.0/16").via("10.0.0.1").metric(50).table(100).protocol(Route.PROTOCOL_STATIC))}</td></tr>
 * <tr><td>{@code ip route add blackhole 10.66.0.0/16}</td>
 *     <td>{@code h.routes().add(RouteSpec.to("10.66.0.0/16").type(RouteType.BLACKHOLE))}</td></tr>
 * <tr><td>{@code ip route add 10.8.0.0/16 nexthop via 10.0.0.3 weight 2 nexthop via 10.0.0.4}</td>
 *     <td>{@code h.routes().add(RouteSpec.to("10.8.0.0/16").nextHops(NextHop.via("10.0.0.3").withWeight(2), NextHop.via("10.0.0.4")))}</td></tr>
 * <tr><td>{@code ip route replace default via 10.0.0.2}</td>
 *     <td>{@code h.routes().replace(RouteSpec.defaultRoute().via("10.0.0.2"))}</td></tr>
 * <tr><td>{@code ip route del default}</td>
 *     <td>{@code h.routes().delete(RouteSpec.defaultRoute())}</td></tr>
 * </table>
 *
 * <p>Errors: a gateway no prefix reaches is {@code ENETUNREACH} ("Nexthop has invalid gateway"),
 * an existing route {@code EEXIST}, an unknown device {@code ENODEV} naming it; a malformed prefix
 * or a prefix with host bits set is {@link IllegalArgumentException} before anything is sent.
 */
public final class Routes {
    private final NetlinkSocket socket;
    private final NetNs namespace;

    /**
     * The facade over {@code socket} (a {@code NETLINK_ROUTE} socket in {@code namespace}).
     * Usually obtained from the handle: {@code Rtnetlink.routes()}.
     */
    public Routes(NetlinkSocket socket, NetNs namespace) {
        this.socket = java.util.Objects.requireNonNull(socket, "socket");
        this.namespace = java.util.Objects.requireNonNull(namespace, "namespace");
    }

    /** {@code ip route add default via GATEWAY}. */
    public void addDefault(String via) {
        add(RouteSpec.defaultRoute().via(via));
    }

    /** {@code ip route add default via GATEWAY dev DEV}. */
    public void addDefault(String via, String dev) {
        add(RouteSpec.defaultRoute().via(via).dev(dev));
    }

    /** {@code ip route add DST dev DEV}: {@code add("10.200.1.1/32", "veth1")}, scope link. */
    public void add(String destination, String dev) {
        add(RouteSpec.to(destination).dev(dev));
    }

    /** {@code ip route add ...}; {@code EEXIST} if the table has that route already. */
    public void add(RouteSpec spec) {
        send(RTM_NEWROUTE, NLM_F_CREATE | NLM_F_EXCL, spec, false);
    }

    /** {@code ip route replace ...}: adds, or replaces the route with the same destination, table, metric (and TOS). */
    public void replace(RouteSpec spec) {
        send(RTM_NEWROUTE, NLM_F_CREATE | NLM_F_REPLACE, spec, false);
    }

    /**
     * {@code ip route del ...}: fields left unset match anything (table main unless given), so
     * {@code delete(RouteSpec.defaultRoute())} removes the IPv4 default route. {@code ESRCH} if none matches.
     */
    public void delete(RouteSpec spec) {
        send(RTM_DELROUTE, 0, spec, true);
    }

    /** {@link #delete} that returns {@code false} instead of failing when no route matches. */
    public boolean deleteIfExists(RouteSpec spec) {
        try {
            delete(spec);
            return true;
        } catch (NetlinkException e) {
            if (e.errno() == Errno.ESRCH) {
                return false;
            }
            throw e;
        }
    }

    private void send(int type, int flags, RouteSpec spec, boolean forDelete) {
        String op = type == RTM_NEWROUTE ? "RTM_NEWROUTE" : "RTM_DELROUTE";
        if (!forDelete) {
            spec.checkComplete();
        }
        Devices devices = new Devices(socket);
        int oif = spec.dev() == null ? 0 : devices.index(spec.dev(), op + " " + spec);
        int[] hops = hopIndices(spec, devices, op);
        socket.execute(Request.of(type, flags, op, spec, w -> RouteCodec.write(w, spec, oif, hops, forDelete)));
    }

    private static int[] hopIndices(RouteSpec spec, Devices devices, String op) {
        List<NextHop> hops = spec.nextHops();
        int[] out = new int[hops.size()];
        for (int i = 0; i < out.length; i++) {
            String d = hops.get(i).dev();
            out[i] = d == null ? 0 : devices.index(d, op + " " + spec);
        }
        return out;
    }

    /**
     * Adds many routes pipelined (up to 64 per {@code sendmsg}). Specs and device names are
     * checked first: a bad one fails the call before anything is sent.
     *
     * @return each route's own outcome, in order
     */
    public BatchResult addAll(List<RouteSpec> specs) {
        Devices devices = new Devices(socket);
        int[] oif = new int[specs.size()];
        int[][] hops = new int[specs.size()][];
        for (int i = 0; i < specs.size(); i++) {
            RouteSpec s = specs.get(i);
            s.checkComplete();
            oif[i] = s.dev() == null ? 0 : devices.index(s.dev(), "RTM_NEWROUTE" + " " + s);
            hops[i] = hopIndices(s, devices, "RTM_NEWROUTE");
        }
        return socket.executeAll(IntStream.range(0, specs.size()).mapToObj(i -> Request.of(RTM_NEWROUTE,
                NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWROUTE", specs.get(i),
                w -> RouteCodec.write(w, specs.get(i), oif[i], hops[i], false))).toList());
    }

    /** {@code ip route show} plus {@code ip -6 route show}: IPv4 and IPv6 routes of table main. */
    public List<Route> list() {
        return list(SysConst.AF_UNSPEC, Route.TABLE_MAIN);
    }

    /** {@code ip -4 route show} ({@code AF_INET}) or {@code ip -6 route show} ({@code AF_INET6}): table main. */
    public List<Route> list(int family) {
        return list(family, Route.TABLE_MAIN);
    }

    /**
     * {@code ip route show table N}: routes of one family ({@code AF_UNSPEC}: both) in one table
     * ({@link Route#TABLE_ALL}: every table, the kernel's local and broadcast routes included).
     * A table that does not exist has no routes.
     */
    public List<Route> list(int family, int table) {
        List<Route> out;
        try {
            out = socket.dump(Request.of(RTM_GETROUTE, 0, "RTM_GETROUTE", null, w -> RouteCodec.writeDump(w, family, table)), RouteCodec::parse);
        } catch (NetlinkException e) {
            // A dump of one family from a table that was never made: ENOENT "FIB table does not exist".
            if (e.errno() == Errno.ENOENT) {
                return new ArrayList<>();
            }
            throw e;
        }
        // The kernel filters under strict checking; this keeps older kernels to the same contract.
        out.removeIf(r -> (table != Route.TABLE_ALL && r.table() != table)
                || (family != SysConst.AF_UNSPEC && r.family() != family));
        return out;
    }
}
