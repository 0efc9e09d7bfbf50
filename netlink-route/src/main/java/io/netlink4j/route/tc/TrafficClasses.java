package io.netlink4j.route.tc;

import static io.netlink4j.core.uapi.Netlink.NLM_F_CREATE;
import static io.netlink4j.core.uapi.Netlink.NLM_F_ECHO;
import static io.netlink4j.core.uapi.Netlink.NLM_F_EXCL;
import static io.netlink4j.core.uapi.Netlink.NLM_F_REPLACE;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_DELTCLASS;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_GETTCLASS;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_NEWTCLASS;

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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code tc class}: the classes of classful qdiscs (an htb tree) in the handle's namespace.
 *
 * <pre>{@code
 * a.qdiscs().add(QdiscSpec.root("veth-a", Htb.of().withDefault("30")).withHandle("1:"));
 * a.classes().add(TrafficClassSpec.of("veth-a", "1:", "1:1", HtbClass.of("20mbit")));
 * a.classes().add(TrafficClassSpec.of("veth-a", "1:1", "1:10", HtbClass.of("4mbit").withCeil("4mbit")));
 * long sent = a.classes().get(TrafficClassSpec.of("veth-a", "1:10")).stats().bytes();
 * }</pre>
 *
 * <p>A bad spec is refused with {@link IllegalArgumentException} before anything is sent; an
 * unknown device or class is a {@link NotFoundException}. Thread-safe as the socket is.
 */
public final class TrafficClasses {
    private final NetlinkSocket socket;
    private final NetNs namespace;
    private final Psched clock = Psched.system();

    /**
     * The facade over {@code socket}, a {@code NETLINK_ROUTE} socket in {@code namespace}; usually
     * obtained from the handle, {@code Rtnetlink.classes()}.
     *
     * @param socket a {@code NETLINK_ROUTE} socket
     * @param namespace the namespace {@code socket} belongs to
     */
    public TrafficClasses(NetlinkSocket socket, NetNs namespace) {
        this.socket = Objects.requireNonNull(socket, "socket");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
    }

    /**
     * {@code tc class add ...}: creates the class; {@code AlreadyExistsException} if it exists.
     *
     * @param spec the class: device, parent, class id, kind and options
     * @throws IllegalArgumentException if the spec has no kind
     * @throws NotFoundException if there is no such device or parent
     */
    public void add(TrafficClassSpec spec) {
        check(spec);
        socket.execute(newRequest(spec, NLM_F_CREATE | NLM_F_EXCL, index(spec, "RTM_NEWTCLASS")));
    }

    /**
     * Adds many classes pipelined, in order (parents before children); every spec is checked and
     * every device resolved first.
     *
     * @param specs the classes, parents before their children
     * @return each class's own outcome, in order
     * @throws IllegalArgumentException if a spec has no kind
     * @throws NotFoundException if a device does not exist (nothing is sent then)
     */
    public BatchResult addAll(List<TrafficClassSpec> specs) {
        specs.forEach(TrafficClasses::check);
        Devices devices = new Devices(socket);
        List<Request> requests = new ArrayList<>(specs.size());
        for (TrafficClassSpec s : specs) {
            requests.add(newRequest(s, NLM_F_CREATE | NLM_F_EXCL, devices.index(s.dev(), "RTM_NEWTCLASS " + s)));
        }
        return socket.executeAll(requests);
    }

    /**
     * {@code tc class replace ...}: creates the class or changes it.
     *
     * @param spec the class: device, parent, class id, kind and options
     * @throws IllegalArgumentException if the spec has no kind
     */
    public void replace(TrafficClassSpec spec) {
        check(spec);
        socket.execute(newRequest(spec, NLM_F_CREATE | NLM_F_REPLACE, index(spec, "RTM_NEWTCLASS")));
    }

    /**
     * {@code tc class change ...}: changes an existing class; {@code NotFoundException} if there is none.
     *
     * @param spec the class's device, parent and id, and the kind with the new options
     * @throws IllegalArgumentException if the spec has no kind
     */
    public void change(TrafficClassSpec spec) {
        check(spec);
        socket.execute(newRequest(spec, 0, index(spec, "RTM_NEWTCLASS")));
    }

    /**
     * {@code tc class del dev DEV classid C}; {@code NotFoundException} if there is no such class.
     *
     * @param key the device and class id
     */
    public void delete(TrafficClassSpec key) {
        Objects.requireNonNull(key, "key");
        int index = index(key, "RTM_DELTCLASS");
        socket.execute(Request.of(RTM_DELTCLASS, 0, "RTM_DELTCLASS", key, w -> ClassCodec.writeKey(w, index, key)));
    }

    /**
     * {@link #delete}, returning {@code false} instead of throwing when there is no such class (or device).
     *
     * @param key the device and class id
     * @return {@code true} if the class was deleted, {@code false} if there was none
     */
    public boolean deleteIfExists(TrafficClassSpec key) {
        try {
            delete(key);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /**
     * The class the key names, with its counters; {@code NotFoundException} if there is none.
     *
     * @param key the device and class id
     * @return the class, with its counters
     */
    public TrafficClass get(TrafficClassSpec key) {
        Objects.requireNonNull(key, "key");
        int index = index(key, "RTM_GETTCLASS");
        // The kernel answers a tc get only to NLM_F_ECHO; the ACK asked for too ends the call either way.
        Request r = Request.of(RTM_GETTCLASS, NLM_F_ECHO, "RTM_GETTCLASS", key, w -> ClassCodec.writeKey(w, index, key));
        TrafficClass c = socket.execute(r, m -> ClassCodec.parse(m, DeviceNames.of(index, key.dev()), clock));
        if (c == null) {
            throw KernelException.of(Errno.ENOENT, r.describe(), "the kernel reports no class there");
        }
        return c;
    }

    /**
     * {@link #get}, or empty when there is no such class (or device).
     *
     * @param key the device and class id
     * @return the class, or empty
     */
    public Optional<TrafficClass> find(TrafficClassSpec key) {
        try {
            return Optional.of(get(key));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code tc -s class show dev DEV}: every class of the device's qdiscs, with counters.
     *
     * @param dev the device's name
     * @return the classes, in the kernel's order
     * @throws NotFoundException if there is no such device
     */
    public List<TrafficClass> list(String dev) {
        List<TrafficClass> out = new ArrayList<>();
        stream(dev, out::add, out::clear);
        return out;
    }

    /**
     * {@code tc -s class show dev DEV}, streamed: each class goes to {@code each} as it is parsed.
     * {@code each} must not use this handle (the socket is busy with the dump).
     *
     * @param dev the device's name
     * @param each receives each class, on the calling thread
     * @throws NotFoundException if there is no such device
     */
    public void forEach(String dev, Consumer<? super TrafficClass> each) {
        stream(dev, each, null);
    }

    /** The dump behind {@code list} and {@code forEach}; {@code restart} makes an interrupted dump run again. */
    private void stream(String dev, Consumer<? super TrafficClass> each, Runnable restart) {
        InterfaceName.check(dev);
        Objects.requireNonNull(each, "each");
        int index = Devices.index(socket, dev, "RTM_GETTCLASS dev " + dev);
        DeviceNames names = DeviceNames.of(index, dev);
        socket.dump(Request.of(RTM_GETTCLASS, 0, "RTM_GETTCLASS", "dev " + dev, w -> ClassCodec.writeDump(w, index)),
                m -> m.u32(TcMsg.IFINDEX) == index ? ClassCodec.parse(m, names, clock) : null, each, restart);
    }

    /** What the kernel would refuse less clearly: a spec without a kind. */
    private static void check(TrafficClassSpec spec) {
        Objects.requireNonNull(spec, "spec");
        if (spec.kind() == null) {
            throw new IllegalArgumentException("class spec " + spec + " names no kind: give one"
                    + " (TrafficClassSpec.of(dev, parent, classid, kind))");
        }
    }

    private Request newRequest(TrafficClassSpec spec, int flags, int index) {
        return Request.of(RTM_NEWTCLASS, flags, "RTM_NEWTCLASS", spec, w -> ClassCodec.writeNew(w, index, spec, clock));
    }

    private int index(TrafficClassSpec spec, String operation) {
        return Devices.index(socket, spec.dev(), operation + " " + spec);
    }

    @Override
    public String toString() {
        return "TrafficClasses[" + namespace + "]";
    }
}
