package io.netlink4j.route.tc;

import io.netlink4j.core.InterfaceName;
import java.util.Objects;

/**
 * A traffic class to add, replace or change, or the key of one to delete or get:
 * {@code tc class add dev DEV parent P classid C KIND OPTIONS}.
 *
 * <pre>{@code
 * TrafficClassSpec.of("veth-a", "1:", "1:1", HtbClass.of("20mbit"))                       // tc class add dev veth-a parent 1: classid 1:1 htb rate 20mbit
 * TrafficClassSpec.of("veth-a", "1:1", "1:10", HtbClass.of("4mbit").withCeil("4mbit"))    // ... parent 1:1 classid 1:10 htb rate 4mbit ceil 4mbit
 * TrafficClassSpec.of("veth-a", "1:10")                                                   // the key of tc class del dev veth-a classid 1:10
 * }</pre>
 *
 * @param dev     the device's name
 * @param parent  the parent class or qdisc ({@code 1:} for a top class), or {@link TcHandle#UNSPEC} in a key
 * @param classId the class's id, {@code MAJ:MIN} with MAJ its qdisc's ({@code :MIN} lets the kernel fill it in)
 * @param kind    the kind and options, or {@code null} in a key
 */
public record TrafficClassSpec(String dev, TcHandle parent, TcHandle classId, ClassKind kind) {
    /** Checks the device name and that the class id and parent belong to one qdisc. */
    public TrafficClassSpec {
        InterfaceName.check(dev);
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(classId, "classId");
        if (classId.minor() == 0 || classId.equals(TcHandle.ROOT)) {
            throw new IllegalArgumentException("class id " + classId + " has no minor number: a class id is 'MAJ:MIN'");
        }
        if (!parent.equals(TcHandle.UNSPEC) && !parent.equals(TcHandle.ROOT) && classId.major() != 0
                && parent.major() != classId.major()) {
            throw new IllegalArgumentException("class " + classId + " cannot hang under " + parent
                    + ": a class and its parent belong to the same qdisc (" + classId.qdisc() + ")");
        }
    }

    /**
     * {@code tc class add dev DEV parent 1:1 classid 1:10 KIND} ({@link TcHandle#parse}).
     *
     * @param dev the device's name
     * @param parent the parent class or qdisc as {@code tc} writes it, e.g. {@code "1:"} or {@code "1:1"}
     * @param classId the class's id as {@code tc} writes it, e.g. {@code "1:10"}
     * @param kind the class's kind and options, e.g. {@code HtbClass.of("4mbit")}
     * @return the spec
     * @throws IllegalArgumentException if a handle is malformed, the id has no minor, or parent and id differ in qdisc
     */
    public static TrafficClassSpec of(String dev, String parent, String classId, ClassKind kind) {
        return of(dev, TcHandle.parse(parent), TcHandle.parse(classId), kind);
    }

    /**
     * {@code tc class add dev DEV parent P classid C KIND}.
     *
     * @param dev the device's name
     * @param parent the parent class or qdisc
     * @param classId the class's id, {@code MAJ:MIN}
     * @param kind the class's kind and options
     * @return the spec
     * @throws IllegalArgumentException if the id has no minor, or parent and id differ in qdisc
     */
    public static TrafficClassSpec of(String dev, TcHandle parent, TcHandle classId, ClassKind kind) {
        return new TrafficClassSpec(dev, parent, classId, Objects.requireNonNull(kind, "kind"));
    }

    /**
     * The key {@code dev DEV classid 1:10}, for deletes and gets.
     *
     * @param dev the device's name
     * @param classId the class's id as {@code tc} writes it, e.g. {@code "1:10"}
     * @return the key, without parent or kind
     * @throws IllegalArgumentException if {@code classId} is malformed or has no minor
     */
    public static TrafficClassSpec of(String dev, String classId) {
        return new TrafficClassSpec(dev, TcHandle.UNSPEC, TcHandle.parse(classId), null);
    }

    /**
     * The key {@code dev DEV classid C}.
     *
     * @param dev the device's name
     * @param classId the class's id, {@code MAJ:MIN}
     * @return the key, without parent or kind
     * @throws IllegalArgumentException if {@code classId} has no minor
     */
    public static TrafficClassSpec of(String dev, TcHandle classId) {
        return new TrafficClassSpec(dev, TcHandle.UNSPEC, classId, null);
    }

    /** {@code dev veth-a parent 1:1 classid 1:10 htb rate 4Mbit ...}: the arguments of the {@code tc class} command. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("dev ").append(dev);
        if (parent.equals(TcHandle.ROOT)) {
            b.append(" root");
        } else if (!parent.equals(TcHandle.UNSPEC)) {
            b.append(" parent ").append(parent);
        }
        b.append(" classid ").append(classId);
        return kind == null ? b.toString() : b.append(' ').append(kind).toString();
    }
}
