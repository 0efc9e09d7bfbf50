package io.netlink4j.route.tc;

import io.netlink4j.core.InterfaceName;
import java.util.Objects;

/**
 * A qdisc to add, replace or change, or the key of one to delete or get: the device, where it
 * hangs (its parent), its own handle, and its kind with options — {@code tc qdisc add dev DEV
 * [handle H] root|parent P|ingress|clsact KIND OPTIONS}.
 *
 * <pre>{@code
 * QdiscSpec.root("veth-a", Tbf.of("8mbit").withBurst("32kb").withLatency("50ms"))  // tc qdisc add dev veth-a root tbf ...
 * QdiscSpec.root("veth-a", Htb.of().withDefault("30")).withHandle("1:")            // ... root handle 1: htb default 30
 * QdiscSpec.parent("veth-a", "1:10", Pfifo.of().withLimit(50))                     // ... parent 1:10 pfifo limit 50
 * QdiscSpec.clsact("veth-a")                                                       // tc qdisc add dev veth-a clsact
 * QdiscSpec.root("veth-a")                                                         // the key of tc qdisc del dev veth-a root
 * QdiscSpec.of("veth-a", TcHandle.parse("1:"))                                     // the key of the qdisc 1:
 * }</pre>
 *
 * @param dev    the device's name
 * @param parent {@link TcHandle#ROOT}, a class, {@link TcHandle#INGRESS}, or {@link TcHandle#UNSPEC} in a key by handle
 * @param handle the qdisc's own handle ({@code MAJ:}), or {@link TcHandle#UNSPEC} to let the kernel pick
 * @param kind   the kind and its options, or {@code null} in a key
 */
public record QdiscSpec(String dev, TcHandle parent, TcHandle handle, QdiscKind kind) {
    /** Checks the device name and that a handle names a qdisc ({@code MAJ:}, no minor). */
    public QdiscSpec {
        InterfaceName.check(dev);
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(handle, "handle");
        if (handle.minor() != 0) {
            throw new IllegalArgumentException("qdisc handle " + handle + " has a minor number: a qdisc handle is 'MAJ:'");
        }
        if ((kind instanceof Clsact || kind instanceof Ingress) && !parent.equals(TcHandle.INGRESS)) {
            throw new IllegalArgumentException(kind.kind() + " hangs at the ingress parent (ffff:fff1), not " + parent
                    + ": use QdiscSpec." + kind.kind() + "(dev)");
        }
    }

    /**
     * {@code tc qdisc add dev DEV root KIND}: the device's egress root qdisc.
     *
     * @param dev the device's name
     * @param kind the qdisc's kind and options, e.g. {@code Tbf.of("8mbit")}
     * @return the spec, its handle the kernel's choice
     * @throws IllegalArgumentException if {@code dev} is not a valid device name, or {@code kind} hangs at ingress
     */
    public static QdiscSpec root(String dev, QdiscKind kind) {
        return new QdiscSpec(dev, TcHandle.ROOT, TcHandle.UNSPEC, Objects.requireNonNull(kind, "kind"));
    }

    /**
     * The key {@code dev DEV root}, for {@code tc qdisc del dev DEV root} and gets.
     *
     * @param dev the device's name
     * @return the key of the device's root qdisc
     * @throws IllegalArgumentException if {@code dev} is not a valid device name
     */
    public static QdiscSpec root(String dev) {
        return new QdiscSpec(dev, TcHandle.ROOT, TcHandle.UNSPEC, null);
    }

    /**
     * {@code tc qdisc add dev DEV parent 1:10 KIND}: a qdisc under a class.
     *
     * @param dev the device's name
     * @param parent the parent class as {@code tc} writes it, e.g. {@code "1:10"}
     * @param kind the qdisc's kind and options
     * @return the spec, its handle the kernel's choice
     * @throws IllegalArgumentException if {@code dev} or {@code parent} is malformed
     */
    public static QdiscSpec parent(String dev, String parent, QdiscKind kind) {
        return parent(dev, TcHandle.parse(parent), kind);
    }

    /**
     * {@code tc qdisc add dev DEV parent P KIND}.
     *
     * @param dev the device's name
     * @param parent the parent class, or {@link TcHandle#ROOT}
     * @param kind the qdisc's kind and options
     * @return the spec, its handle the kernel's choice
     * @throws IllegalArgumentException if {@code dev} is not a valid device name
     */
    public static QdiscSpec parent(String dev, TcHandle parent, QdiscKind kind) {
        return new QdiscSpec(dev, parent, TcHandle.UNSPEC, Objects.requireNonNull(kind, "kind"));
    }

    /**
     * {@code tc qdisc add dev DEV ingress}: handle {@code ffff:}, for ingress filters.
     *
     * @param dev the device's name
     * @return the spec of the device's ingress qdisc
     * @throws IllegalArgumentException if {@code dev} is not a valid device name
     */
    public static QdiscSpec ingress(String dev) {
        return new QdiscSpec(dev, TcHandle.INGRESS, TcHandle.INGRESS_QDISC, new Ingress());
    }

    /**
     * {@code tc qdisc add dev DEV clsact}: handle {@code ffff:}, for ingress and egress filters.
     *
     * @param dev the device's name
     * @return the spec of the device's clsact qdisc
     * @throws IllegalArgumentException if {@code dev} is not a valid device name
     */
    public static QdiscSpec clsact(String dev) {
        return new QdiscSpec(dev, TcHandle.INGRESS, TcHandle.INGRESS_QDISC, new Clsact());
    }

    /**
     * The key of the qdisc with {@code handle} on {@code dev} ({@code withParent} adds where it hangs, which a delete
     *     needs).
     *
     * @param dev the device's name
     * @param handle the qdisc's handle, {@code MAJ:}
     * @return the key, without parent or kind
     * @throws IllegalArgumentException if {@code dev} is not a valid device name or {@code handle} has a minor number
     */
    public static QdiscSpec of(String dev, TcHandle handle) {
        return new QdiscSpec(dev, TcHandle.UNSPEC, Objects.requireNonNull(handle, "handle"), null);
    }

    /**
     * {@code handle 1:} ({@link TcHandle#parse}).
     *
     * @param handle a qdisc handle as {@code tc} writes it, {@code "MAJ:"} (hexadecimal)
     * @return this spec with the handle
     * @throws IllegalArgumentException if {@code handle} is malformed or has a minor number
     */
    public QdiscSpec withHandle(String handle) {
        return withHandle(TcHandle.parse(handle));
    }

    /**
     * {@code handle H}.
     *
     * @param handle a qdisc handle, {@code MAJ:} with minor 0
     * @return this spec with the handle
     * @throws IllegalArgumentException if {@code handle} has a minor number
     */
    public QdiscSpec withHandle(TcHandle handle) {
        return new QdiscSpec(dev, parent, handle, kind);
    }

    /**
     * {@code parent 1:10} ({@link TcHandle#parse}).
     *
     * @param parent a class as {@code tc} writes it, e.g. {@code "1:10"}
     * @return this spec with the parent
     * @throws IllegalArgumentException if {@code parent} is malformed
     */
    public QdiscSpec withParent(String parent) {
        return withParent(TcHandle.parse(parent));
    }

    /**
     * {@code parent P} ({@link TcHandle#ROOT} for {@code root}).
     *
     * @param parent a class, {@link TcHandle#ROOT} or {@link TcHandle#INGRESS}
     * @return this spec with the parent
     */
    public QdiscSpec withParent(TcHandle parent) {
        return new QdiscSpec(dev, parent, handle, kind);
    }

    /**
     * The kind and options.
     *
     * @param kind the qdisc's kind and options
     * @return this spec with the kind
     */
    public QdiscSpec withKind(QdiscKind kind) {
        return new QdiscSpec(dev, parent, handle, Objects.requireNonNull(kind, "kind"));
    }

    /** {@code dev veth-a root handle 1: htb default 30}: the arguments of the {@code tc qdisc} command. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("dev ").append(dev);
        if (kind instanceof Clsact || kind instanceof Ingress) {
            return b.append(' ').append(kind).toString();
        }
        if (parent.equals(TcHandle.ROOT)) {
            b.append(" root");
        } else if (!parent.equals(TcHandle.UNSPEC)) {
            b.append(" parent ").append(parent);
        }
        if (!handle.equals(TcHandle.UNSPEC)) {
            b.append(" handle ").append(handle);
        }
        if (kind != null) {
            b.append(' ').append(kind);
        }
        return b.toString();
    }
}
