package io.netlink4j.route.tc;

import static io.netlink4j.core.uapi.Netlink.NLM_F_CREATE;
import static io.netlink4j.core.uapi.Netlink.NLM_F_ECHO;
import static io.netlink4j.core.uapi.Netlink.NLM_F_EXCL;
import static io.netlink4j.core.uapi.Netlink.NLM_F_REPLACE;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_DELTFILTER;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_GETTFILTER;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_NEWTFILTER;

import io.netlink4j.core.Errno;
import io.netlink4j.core.InterfaceName;
import io.netlink4j.core.KernelException;
import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.socket.BatchResult;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.socket.Request;
import io.netlink4j.route.internal.Devices;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code tc filter}: the classifiers of the handle's namespace and their actions.
 *
 * <pre>{@code
 * a.filters().add(FilterSpec.of("veth-a", "1:", U32.of().matchIpDst("10.10.0.2/32").withClassId("1:10"))
 *         .withProtocol("ip").withPriority(1));
 * a.qdiscs().add(QdiscSpec.clsact("veth-b"));
 * a.filters().add(FilterSpec.ingress("veth-b", U32.of().matchAll().withAction(Mirred.egressRedirect("veth-c"))));
 * a.filters().list("veth-b", TcHandle.CLSACT_INGRESS).forEach(System.out::println);
 * }</pre>
 *
 * <p>A bad spec is refused with {@link IllegalArgumentException} before anything is sent; an
 * unknown device (also a mirred target) is a {@link NotFoundException} naming it; a classifier
 * or action the kernel lacks is a {@link NotFoundException} ("TC classifier not found").
 * Thread-safe as the socket is.
 */
public final class Filters {
    private final NetlinkSocket socket;
    private final NetNs namespace;
    private final Psched clock = Psched.system();

    /**
     * The facade over {@code socket}, a {@code NETLINK_ROUTE} socket in {@code namespace}; usually
     * obtained from the handle, {@code Rtnetlink.filters()}.
     *
     * @param socket a {@code NETLINK_ROUTE} socket
     * @param namespace the namespace {@code socket} belongs to
     */
    public Filters(NetlinkSocket socket, NetNs namespace) {
        this.socket = Objects.requireNonNull(socket, "socket");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
    }

    /**
     * {@code tc filter add ...}; {@code AlreadyExistsException} if a filter has this priority and handle.
     *
     * @param spec the filter: device, parent, priority, protocol and classifier with its actions
     * @throws IllegalArgumentException if the spec has no classifier, or a flower matching IP fields has no protocol
     * @throws NotFoundException if the device or a mirred target does not exist, or the kernel lacks the classifier
     */
    public void add(FilterSpec spec) {
        socket.execute(newRequest(spec, NLM_F_CREATE | NLM_F_EXCL, new Devices(socket)));
    }

    /**
     * Adds many filters pipelined; every spec is checked and every device (mirred targets too)
     * resolved first.
     *
     * @param specs the filters, in the order they are sent
     * @return each filter's own outcome, in order
     * @throws IllegalArgumentException if a spec has no classifier, or a flower matching IP fields has no protocol
     * @throws NotFoundException if a device or mirred target does not exist (nothing is sent then)
     */
    public BatchResult addAll(List<FilterSpec> specs) {
        Devices devices = new Devices(socket);
        List<Request> requests = new ArrayList<>(specs.size());
        for (FilterSpec s : specs) {
            requests.add(newRequest(s, NLM_F_CREATE | NLM_F_EXCL, devices));
        }
        return socket.executeAll(requests);
    }

    /**
     * {@code tc filter replace ...}: creates the filter or replaces the one with its priority and handle.
     *
     * @param spec the filter: device, parent, priority, protocol and classifier with its actions
     * @throws IllegalArgumentException if the spec has no classifier, or a flower matching IP fields has no protocol
     */
    public void replace(FilterSpec spec) {
        socket.execute(newRequest(spec, NLM_F_CREATE | NLM_F_REPLACE, new Devices(socket)));
    }

    /**
     * {@code tc filter change ...}: changes the filter with the spec's priority and handle; {@code NotFoundException}
     *     if none.
     *
     * @param spec the filter, with the priority and handle of the one to change
     * @throws IllegalArgumentException if the spec has no classifier, or a flower matching IP fields has no protocol
     */
    public void change(FilterSpec spec) {
        socket.execute(newRequest(spec, 0, new Devices(socket)));
    }

    /**
     * {@code tc filter del dev DEV parent P [prio N [handle H]]}: the filters the key names — one
     * filter with a handle, every filter of a priority without one, every filter at the parent
     * without a priority (as {@code tc} does). {@code NotFoundException} if there is none.
     *
     * @param key the device and parent, narrowed by priority and handle
     * @throws NotFoundException if no filter matches, or the device does not exist
     */
    public void delete(FilterSpec key) {
        Objects.requireNonNull(key, "key");
        int index = Devices.index(socket, key.dev(), "RTM_DELTFILTER " + key);
        socket.execute(Request.of(RTM_DELTFILTER, 0, "RTM_DELTFILTER", key, w -> FilterCodec.writeKey(w, index, key)));
    }

    /**
     * {@link #delete}, returning {@code false} instead of throwing when there is nothing to delete.
     *
     * @param key the device and parent, narrowed by priority and handle
     * @return {@code true} if filters were deleted, {@code false} if none matched
     */
    public boolean deleteIfExists(FilterSpec key) {
        try {
            delete(key);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /**
     * The one filter the key names: it needs the priority, protocol and handle ({@link Filter#key()} has them).
     *
     * @param key device, parent, priority, protocol and handle of one filter
     * @return the filter, with its counters
     * @throws IllegalArgumentException if the key has no priority or no handle
     * @throws NotFoundException if there is no such filter or device
     */
    public Filter get(FilterSpec key) {
        Objects.requireNonNull(key, "key");
        if (key.priority() == 0 || key.handle() == 0) {
            throw new IllegalArgumentException("filter key " + key + " names no single filter: give its priority and handle"
                    + " (Filter.key())");
        }
        int index = Devices.index(socket, key.dev(), "RTM_GETTFILTER " + key);
        DeviceNames names = DeviceNames.dump(socket);
        Request r = Request.of(RTM_GETTFILTER, NLM_F_ECHO, "RTM_GETTFILTER", key, w -> FilterCodec.writeKey(w, index, key));
        Filter f = socket.execute(r, m -> FilterCodec.parse(m, names, clock));
        if (f == null) {
            throw KernelException.of(Errno.ENOENT, r.describe(), "the kernel reports no filter there");
        }
        return f;
    }

    /**
     * {@link #get}, or empty when there is no such filter (or device).
     *
     * @param key device, parent, priority, protocol and handle of one filter
     * @return the filter, or empty
     * @throws IllegalArgumentException if the key has no priority or no handle
     */
    public Optional<Filter> find(FilterSpec key) {
        try {
            return Optional.of(get(key));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code tc -s filter show dev DEV}: the filters at the device's root qdisc.
     *
     * @param dev the device's name
     * @return the filters, in the kernel's order
     * @throws NotFoundException if there is no such device
     */
    public List<Filter> list(String dev) {
        return list(dev, TcHandle.UNSPEC);
    }

    /**
     * {@code tc -s filter show dev DEV parent 1:} ({@link TcHandle#parse}; {@code ingress}/{@code egress} for clsact's
     *     hooks).
     *
     * @param dev the device's name
     * @param parent the qdisc or class as {@code tc} writes it, or {@code "ingress"}/{@code "egress"}
     * @return the filters at that parent, in the kernel's order
     * @throws IllegalArgumentException if {@code parent} is malformed
     * @throws NotFoundException if there is no such device
     */
    public List<Filter> list(String dev, String parent) {
        return list(dev, FilterSpec.parent(parent));
    }

    /**
     * {@code tc -s filter show dev DEV parent P}.
     *
     * @param dev the device's name
     * @param parent the qdisc or class, e.g. {@link TcHandle#CLSACT_INGRESS}
     * @return the filters at that parent, in the kernel's order
     * @throws NotFoundException if there is no such device
     */
    public List<Filter> list(String dev, TcHandle parent) {
        List<Filter> out = new ArrayList<>();
        stream(dev, parent, out::add, out::clear);
        return out;
    }

    /**
     * {@code tc -s filter show dev DEV parent P}, streamed: each filter goes to {@code each} as it
     * is parsed. {@code each} must not use this handle (the socket is busy with the dump).
     *
     * @param dev the device's name
     * @param parent the qdisc or class, e.g. {@link TcHandle#CLSACT_INGRESS}
     * @param each receives each filter, on the calling thread
     * @throws NotFoundException if there is no such device
     */
    public void forEach(String dev, TcHandle parent, Consumer<? super Filter> each) {
        stream(dev, parent, each, null);
    }

    /** The dump behind {@code list} and {@code forEach}; {@code restart} makes an interrupted dump run again. */
    private void stream(String dev, TcHandle parent, Consumer<? super Filter> each, Runnable restart) {
        InterfaceName.check(dev);
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(each, "each");
        int index = Devices.index(socket, dev, "RTM_GETTFILTER dev " + dev);
        // Mirred targets are indices: name them from one link dump taken before the filter dump.
        DeviceNames names = DeviceNames.dump(socket);
        socket.dump(Request.of(RTM_GETTFILTER, 0, "RTM_GETTFILTER", "dev " + dev + " parent " + parent,
                w -> FilterCodec.writeDump(w, index, parent)),
                m -> m.u32(TcMsg.IFINDEX) == index ? FilterCodec.parse(m, names, clock) : null, each, restart);
    }

    /** What the kernel would refuse less clearly: a spec without a kind, a flower without an IP protocol. */
    private static void check(FilterSpec spec) {
        Objects.requireNonNull(spec, "spec");
        if (spec.kind() == null) {
            throw new IllegalArgumentException("filter spec " + spec + " names no classifier: give one"
                    + " (FilterSpec.of(dev, parent, kind))");
        }
        if (spec.kind() instanceof Flower f && f.needsIp() && spec.protocol() == null) {
            throw new IllegalArgumentException("filter spec " + spec + " matches IP headers: give protocol ip or ipv6"
                    + " (.withProtocol(\"ip\"))");
        }
    }

    /** Resolves the device and every mirred target before the request is built: encoding may not send requests. */
    private Request newRequest(FilterSpec spec, int flags, Devices devices) {
        check(spec);
        String what = "RTM_NEWTFILTER " + spec;
        int index = devices.index(spec.dev(), what);
        Map<String, Integer> targets = new HashMap<>();
        for (TcAction a : spec.kind().actions()) {
            if (a instanceof Mirred m) {
                targets.put(m.dev(), devices.index(m.dev(), what));
            }
        }
        boolean create = (flags & NLM_F_CREATE) != 0;
        return Request.of(RTM_NEWTFILTER, flags, "RTM_NEWTFILTER", spec,
                w -> FilterCodec.writeNew(w, index, spec, create, clock, targets::get));
    }

    @Override
    public String toString() {
        return "Filters[" + namespace + "]";
    }
}
