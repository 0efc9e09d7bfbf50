package io.netlink4j.route.tc;

import static io.netlink4j.core.uapi.Netlink.NLM_F_CREATE;
import static io.netlink4j.core.uapi.Netlink.NLM_F_ECHO;
import static io.netlink4j.core.uapi.Netlink.NLM_F_EXCL;
import static io.netlink4j.core.uapi.Netlink.NLM_F_REPLACE;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_DELQDISC;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_GETQDISC;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_NEWQDISC;

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
 * {@code tc qdisc}: the queueing disciplines of the handle's namespace.
 *
 * <pre>{@code
 * try (Rtnetlink a = Rtnetlink.open("tc-a")) {
 *     a.qdiscs().add(QdiscSpec.root("veth-a", Tbf.of("8mbit").withBurst("32kb").withLatency("50ms")));
 *     for (Qdisc q : a.qdiscs().list("veth-a")) {
 *         System.out.println(q + "\n " + q.stats());
 *     }
 * }
 * }</pre>
 *
 * <p>A bad spec is refused with {@link IllegalArgumentException} before anything is sent; an
 * unknown device is a {@link NotFoundException} naming it; a kind the kernel lacks is a
 * {@link NotFoundException} whose extended ACK says "Specified qdisc kind is unknown".
 * Thread-safe as the socket is.
 */
public final class Qdiscs {
    private final NetlinkSocket socket;
    private final NetNs namespace;
    private final Psched clock = Psched.system();

    /**
     * The facade over {@code socket}, a {@code NETLINK_ROUTE} socket in {@code namespace}; usually
     * obtained from the handle, {@code Rtnetlink.qdiscs()}.
     *
     * @param socket a {@code NETLINK_ROUTE} socket
     * @param namespace the namespace {@code socket} belongs to
     */
    public Qdiscs(NetlinkSocket socket, NetNs namespace) {
        this.socket = Objects.requireNonNull(socket, "socket");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
    }

    /**
     * {@code tc qdisc add ...}: creates the qdisc; {@code AlreadyExistsException} if the parent has one of this kind
     *     already.
     *
     * @param spec the qdisc: device, parent, handle, kind and options
     * @throws IllegalArgumentException if the spec has no kind or no parent
     * @throws NotFoundException if there is no such device, or the kernel lacks the kind
     */
    public void add(QdiscSpec spec) {
        check(spec);
        socket.execute(newRequest(spec, NLM_F_CREATE | NLM_F_EXCL, index(spec, "RTM_NEWQDISC")));
    }

    /**
     * Adds many qdiscs pipelined; every spec is checked and every device resolved first (an unknown
     * one fails the call before anything is added).
     *
     * @param specs the qdiscs, in the order they are sent (a parent's qdisc before its children's)
     * @return each qdisc's own outcome, in order
     * @throws IllegalArgumentException if a spec has no kind or no parent
     * @throws NotFoundException if a device does not exist (nothing is sent then)
     */
    public BatchResult addAll(List<QdiscSpec> specs) {
        specs.forEach(Qdiscs::check);
        Devices devices = new Devices(socket);
        List<Request> requests = new ArrayList<>(specs.size());
        for (QdiscSpec s : specs) {
            requests.add(newRequest(s, NLM_F_CREATE | NLM_F_EXCL, devices.index(s.dev(), "RTM_NEWQDISC " + s)));
        }
        return socket.executeAll(requests);
    }

    /**
     * {@code tc qdisc replace ...}: creates the qdisc, or replaces the one at its parent.
     *
     * @param spec the qdisc: device, parent, handle, kind and options
     * @throws IllegalArgumentException if the spec has no kind or no parent
     */
    public void replace(QdiscSpec spec) {
        check(spec);
        socket.execute(newRequest(spec, NLM_F_CREATE | NLM_F_REPLACE, index(spec, "RTM_NEWQDISC")));
    }

    /**
     * {@code tc qdisc change ...}: changes the options of the qdisc at the spec's parent in place; {@code
     *     NotFoundException} if none.
     *
     * @param spec the qdisc's device and parent, and the kind with the new options
     * @throws IllegalArgumentException if the spec has no kind or no parent
     */
    public void change(QdiscSpec spec) {
        check(spec);
        socket.execute(newRequest(spec, 0, index(spec, "RTM_NEWQDISC")));
    }

    /**
     * {@code tc qdisc del dev DEV root} (or {@code parent P}): deletes the qdisc; {@code NotFoundException} if there is
     *     none.
     *
     * @param key the device and the parent ({@code root}, a class, or ingress)
     * @throws IllegalArgumentException if the key names no parent
     */
    public void delete(QdiscSpec key) {
        if (key.parent().equals(TcHandle.UNSPEC)) {
            throw new IllegalArgumentException("qdisc key " + key + " names no parent: a delete needs root, a class or ingress"
                    + " (QdiscSpec.root(dev), .withParent(...))");
        }
        int index = index(key, "RTM_DELQDISC");
        socket.execute(Request.of(RTM_DELQDISC, 0, "RTM_DELQDISC", key, w -> QdiscCodec.writeKey(w, index, key)));
    }

    /**
     * {@link #delete}, returning {@code false} instead of throwing when there is no such qdisc (or device).
     *
     * @param key the device and the parent ({@code root}, a class, or ingress)
     * @return {@code true} if the qdisc was deleted, {@code false} if there was none
     * @throws IllegalArgumentException if the key names no parent
     */
    public boolean deleteIfExists(QdiscSpec key) {
        try {
            delete(key);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /**
     * {@code tc qdisc show dev DEV root} (or {@code handle H}, {@code parent P}): the qdisc the key
     * names. {@code NotFoundException} when there is none, or only a built-in one the kernel does
     * not report ({@code noop} on a device that was never up).
     *
     * @param key the device, and the parent or the handle
     * @return the qdisc, with its counters
     * @throws NotFoundException if there is no such qdisc or device
     */
    public Qdisc get(QdiscSpec key) {
        Objects.requireNonNull(key, "key");
        int index = index(key, "RTM_GETQDISC");
        // The kernel answers a tc get only to NLM_F_ECHO, and answers nothing for a built-in
        // qdisc: with the ACK asked for too, the call ends either way.
        Request r = Request.of(RTM_GETQDISC, NLM_F_ECHO, "RTM_GETQDISC", key, w -> QdiscCodec.writeKey(w, index, key));
        Qdisc q = socket.execute(r, m -> QdiscCodec.parse(m, DeviceNames.of(index, key.dev()), clock));
        if (q == null) {
            throw KernelException.of(Errno.ENOENT, r.describe(), "the kernel reports no qdisc there");
        }
        return q;
    }

    /**
     * {@link #get}, or empty when there is no such qdisc (or device).
     *
     * @param key the device, and the parent or the handle
     * @return the qdisc, or empty
     */
    public Optional<Qdisc> find(QdiscSpec key) {
        try {
            return Optional.of(get(key));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code tc -s qdisc show}: every qdisc of every device, with counters.
     *
     * @return the qdiscs of every device, devices named
     */
    public List<Qdisc> list() {
        DeviceNames names = DeviceNames.dump(socket);
        return socket.dump(dumpRequest(0), m -> QdiscCodec.parse(m, names, clock));
    }

    /**
     * {@code tc -s qdisc show dev DEV}.
     *
     * @param dev the device's name
     * @return the device's qdiscs, in the kernel's order
     * @throws NotFoundException if there is no such device
     */
    public List<Qdisc> list(String dev) {
        List<Qdisc> out = new ArrayList<>();
        stream(dev, out::add, out::clear);
        return out;
    }

    /**
     * {@code tc -s qdisc show dev DEV}, streamed: each qdisc goes to {@code each} as it is parsed.
     * {@code each} must not use this handle (the socket is busy with the dump).
     *
     * @param dev the device's name
     * @param each receives each qdisc, on the calling thread
     * @throws NotFoundException if there is no such device
     */
    public void forEach(String dev, Consumer<? super Qdisc> each) {
        stream(dev, each, null);
    }

    /** The dump behind {@code list} and {@code forEach}; {@code restart} makes an interrupted dump run again. */
    private void stream(String dev, Consumer<? super Qdisc> each, Runnable restart) {
        InterfaceName.check(dev);
        Objects.requireNonNull(each, "each");
        int index = Devices.index(socket, dev, "RTM_GETQDISC dev " + dev);
        DeviceNames names = DeviceNames.of(index, dev);
        // Kernels that ignore tcm_ifindex in qdisc dumps send every device's: keep this one's.
        socket.dump(dumpRequest(index), m -> m.u32(TcMsg.IFINDEX) == index ? QdiscCodec.parse(m, names, clock) : null, each, restart);
    }

    private Request dumpRequest(int index) {
        return Request.of(RTM_GETQDISC, 0, "RTM_GETQDISC", index == 0 ? null : "ifindex " + index,
                w -> QdiscCodec.writeDump(w, index));
    }

    /** What the kernel would refuse less clearly: a spec without a kind or a parent. */
    private static void check(QdiscSpec spec) {
        Objects.requireNonNull(spec, "spec");
        if (spec.kind() == null) {
            throw new IllegalArgumentException("qdisc spec " + spec + " names no kind: give one (QdiscSpec.root(dev, kind))");
        }
        if (spec.parent().equals(TcHandle.UNSPEC)) {
            throw new IllegalArgumentException("qdisc spec " + spec + " names no parent: root, a class, or ingress/clsact");
        }
    }

    private Request newRequest(QdiscSpec spec, int flags, int index) {
        return Request.of(RTM_NEWQDISC, flags, "RTM_NEWQDISC", spec, w -> QdiscCodec.writeNew(w, index, spec, clock));
    }

    private int index(QdiscSpec spec, String operation) {
        return Devices.index(socket, spec.dev(), operation + " " + spec);
    }

    @Override
    public String toString() {
        return "Qdiscs[" + namespace + "]";
    }
}
