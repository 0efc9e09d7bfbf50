package io.netlink4j.route.route;


import io.netlink4j.core.Errno;
import io.netlink4j.core.KernelException;
import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.socket.BatchResult;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.socket.Request;
import io.netlink4j.route.internal.DeviceNames;
import io.netlink4j.route.internal.Devices;
import io.netlink4j.route.internal.Verb;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * {@code ip route}: the IPv4 and IPv6 routes of one namespace, in any table, and the kernel's
 * routing decision ({@link #lookup}, {@code ip route get}). Obtained from the handle,
 * {@code Rtnetlink.routes()}; see the package overview for the commands it replaces.
 *
 * <p>Errors: a gateway no prefix reaches is a {@link KernelException} {@code ENETUNREACH}
 * ("Nexthop has invalid gateway"), an existing route an
 * {@link io.netlink4j.core.AlreadyExistsException}, an unknown device a {@link NotFoundException}
 * naming it; a malformed prefix, or one with host bits set, an {@link IllegalArgumentException}
 * before anything is sent.
 */
public final class Routes {
    private final NetlinkSocket socket;
    private final NetNs namespace;

    /**
     * The facade over {@code socket}, a {@code NETLINK_ROUTE} socket in {@code namespace}.
     *
     * @param socket a {@code NETLINK_ROUTE} socket
     * @param namespace the namespace {@code socket} belongs to
     * @throws NullPointerException naming a null argument
     */
    public Routes(NetlinkSocket socket, NetNs namespace) {
        this.socket = Objects.requireNonNull(socket, "socket");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
    }

    /**
     * {@code ip route add ...}.
     *
     * @param spec the route: destination, table, type and how to reach it
     * @throws IllegalArgumentException                 for a unicast route with neither gateway, device nor next hops
     * @throws io.netlink4j.core.AlreadyExistsException if the table has the route already
     * @throws NotFoundException if a device it names does not exist
     */
    public void add(RouteSpec spec) {
        socket.execute(request(spec, Verb.ADD, new Devices(socket)));
    }

    /**
     * Adds many routes pipelined (up to 64 requests per {@code sendmsg}). Every spec is checked,
     * every device resolved and every request encoded before the first is sent.
     *
     * @param specs the routes, in the order they are sent
     * @return each route's own outcome, in order
     * @throws NotFoundException if a device does not exist (nothing is sent then)
     */
    public BatchResult addAll(List<RouteSpec> specs) {
        return pipeline(specs, Verb.ADD);
    }

    /**
     * {@code ip route replace ...}: adds, or replaces the route with the same destination, table, metric and TOS.
     *
     * @param spec the route: destination, table, type and how to reach it
     * @throws NotFoundException if a device it names does not exist
     */
    public void replace(RouteSpec spec) {
        socket.execute(request(spec, Verb.REPLACE, new Devices(socket)));
    }

    /**
     * {@code ip route del ...}: fields left unset match anything (the table is main unless
     * given), so {@code delete(RouteSpec.to("default"))} removes the IPv4 default route.
     *
     * @param spec the route to delete; what it leaves unset matches anything
     * @throws NotFoundException if no route matches ({@code ESRCH})
     */
    public void delete(RouteSpec spec) {
        socket.execute(request(spec, Verb.DELETE, new Devices(socket)));
    }

    /**
     * {@link #delete}, returning {@code false} instead of failing when no route matches.
     *
     * @param spec the route to delete; what it leaves unset matches anything
     * @return {@code true} if a route was deleted, {@code false} if none matched
     */
    public boolean deleteIfExists(RouteSpec spec) {
        try {
            delete(spec);
            return true;
        } catch (NotFoundException absent) {
            return false;
        }
    }

    /**
     * Deletes many routes pipelined, each request encoded before the first is sent.
     *
     * @param specs the routes, in the order they are sent
     * @return each delete's own outcome, in order
     */
    public BatchResult deleteAll(List<RouteSpec> specs) {
        return pipeline(specs, Verb.DELETE);
    }

    private BatchResult pipeline(List<RouteSpec> specs, Verb verb) {
        Objects.requireNonNull(specs, "specs");
        Devices devices = new Devices(socket);
        List<Request> requests = new ArrayList<>(specs.size());
        for (RouteSpec s : specs) {
            requests.add(request(s, verb, devices));
        }
        return socket.executeAll(requests);
    }

    private static Request request(RouteSpec spec, Verb verb, Devices devices) {
        Objects.requireNonNull(spec, "spec");
        if (verb != Verb.DELETE) {
            RouteCodec.checkAddable(spec); // before a device lookup: bad input fails first
        }
        Object op = Devices.lazily(() -> (verb == Verb.DELETE ? "RTM_DELROUTE " : "RTM_NEWROUTE ") + spec);
        int oif = spec.dev() == null ? 0 : devices.index(spec.dev(), op);
        int[] hops = new int[spec.nextHops().size()];
        for (int i = 0; i < hops.length; i++) {
            String d = spec.nextHops().get(i).dev();
            hops[i] = d == null ? 0 : devices.index(d, op);
        }
        return RouteCodec.request(spec, verb, oif, hops);
    }

    /**
     * {@code ip route show} and {@code ip -6 route show}: the IPv4 and IPv6 routes of table main.
     *
     * @return the routes of table main, IPv4 then IPv6, devices named
     */
    public List<Route> list() {
        return list(RouteFilter.main());
    }

    /**
     * {@code ip [-4|-6] route show [table T|all] [dev D] [proto P] [type T]}: the routes
     * {@code filter} selects, devices named. A table that does not exist has no routes.
     *
     * @param filter selects the table, family, device, protocol and type
     * @return the routes, in the kernel's order
     * @throws NotFoundException if the filter names a device that does not exist
     */
    public List<Route> list(RouteFilter filter) {
        List<Route> out = new ArrayList<>();
        DeviceNames names = dump(filter, out::add, out::clear);
        out.replaceAll(r -> r.named(names::name));
        return out;
    }

    /**
     * The dump of {@link #list(RouteFilter)}, streamed: each route goes to {@code each} as it is
     * parsed, so a million routes need no list. The device names come from one link dump taken
     * just before; a device made in between is left unnamed (index kept). {@code each} must not
     * call this handle (its socket is busy with the dump).
     *
     * @param filter selects the table, family, device, protocol and type
     * @param each receives each route, on the calling thread
     * @throws NotFoundException if the filter names a device that does not exist
     */
    public void forEach(RouteFilter filter, Consumer<? super Route> each) {
        Objects.requireNonNull(each, "each");
        dump(filter, each, null);
    }

    private DeviceNames dump(RouteFilter filter, Consumer<? super Route> each, Runnable restart) {
        Objects.requireNonNull(filter, "filter");
        int oif = filter.dev() == null ? 0 : Devices.index(socket, filter.dev(), "RTM_GETROUTE dev " + filter.dev());
        DeviceNames names = new DeviceNames(socket).load();
        try {
            socket.dump(RouteCodec.dumpRequest(filter, oif), m -> RouteCodec.parse(m, names::cached), r -> {
                        // The kernel filters under strict checking; this keeps older kernels to the same contract.
                        if ((filter.table() == null || filter.table().equals(r.table()))
                                && (filter.family() == null || filter.family() == r.family())) {
                            each.accept(r);
                        }
                    }, restart);
        } catch (NotFoundException noTable) {
            // A one-family dump of a table that was never made: ENOENT "FIB table does not exist".
            if (filter.table() == null || noTable.errno() != Errno.ENOENT) {
                throw noTable;
            }
        }
        return names;
    }

    /**
     * {@code ip route get ...}: the route the kernel would use for {@code lookup}, policy rules
     * and marks included, with the table that matched, the preferred source and the output
     * device named.
     *
     * @param lookup the destination and what else the decision depends on
     * @return the route the kernel chose, as one {@link Route} (a cache entry, {@link Route#isCloned()}; the matching
     *     table entry for {@code fibmatch})
     * @throws KernelException          the kernel's verdict when there is no usable route: {@code ENETUNREACH}
     *                                  (no route), {@code EHOSTUNREACH} ({@code unreachable}), {@code EACCES}
     *                                  ({@code prohibit}, a {@link io.netlink4j.core.PermissionDeniedException}),
     *                                  {@code EINVAL} ({@code blackhole})
     * @throws NotFoundException        if {@code iif} or {@code oif} names no device
     */
    public Route lookup(RouteLookup lookup) {
        Objects.requireNonNull(lookup, "lookup");
        DeviceNames names = new DeviceNames(socket); // the devices named here, then any other the answer has
        Object op = Devices.lazily(() -> "RTM_GETROUTE " + lookup);
        int iif = lookup.iif() == null ? 0 : names.index(lookup.iif(), op);
        int oif = lookup.oif() == null ? 0 : names.index(lookup.oif(), op);
        Route r = socket.get(RouteCodec.lookupRequest(lookup, iif, oif), m -> RouteCodec.parse(m, i -> null))
                .orElseThrow(() -> KernelException.of(Errno.ENODATA, "RTM_GETROUTE " + lookup, "no answer"));
        return r.named(names::name);
    }

    /**
     * The namespace these routes belong to.
     *
     * @return the namespace of this facade's socket
     */
    public NetNs namespace() {
        return namespace;
    }

    @Override
    public String toString() {
        return "Routes[" + namespace + "]";
    }
}
