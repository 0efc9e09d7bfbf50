package io.netlink4j.route.tc;

import io.netlink4j.core.InterfaceName;
import java.util.Objects;

/**
 * A filter to add, replace or change, or the key of filters to delete: {@code tc filter add dev
 * DEV parent P|ingress|egress [protocol PROTO] [prio N] [handle H] [chain N] KIND OPTIONS}.
 *
 * <pre>{@code
 * // tc filter add dev veth-a parent 1: protocol ip prio 1 u32 match ip dst 10.10.0.2/32 flowid 1:10
 * FilterSpec.of("veth-a", "1:", U32.of().matchIpDst("10.10.0.2/32").withClassId("1:10"))
 *         .withProtocol("ip").withPriority(1)
 * // tc filter add dev veth-b ingress matchall action mirred egress redirect dev veth-c
 * FilterSpec.ingress("veth-b", Matchall.of().withAction(Mirred.egressRedirect("veth-c")))
 * // the key of tc filter del dev veth-a parent 1: prio 1
 * FilterSpec.of("veth-a", "1:").withPriority(1)
 * }</pre>
 *
 * @param dev      the device's name
 * @param parent   the qdisc or class the filter hangs at; {@link TcHandle#CLSACT_INGRESS}/{@link TcHandle#CLSACT_EGRESS} for clsact
 * @param priority 1..65535, or 0 to let the kernel pick (in an add) or to mean every priority (in a delete)
 * @param protocol the packets it applies to, or {@code null}: {@code all} in an add, any in a delete or change
 * @param handle   the filter's handle, or 0 to let the kernel pick (in an add) or to mean all at that priority (in a delete)
 * @param chain    the chain index, or {@code null} for chain 0 without saying so (as tc sends it)
 * @param kind     the classifier and options, or {@code null} in a key; a {@link Flower} matching IP fields needs
 *                 protocol ip or ipv6 before it is sent
 */
public record FilterSpec(String dev, TcHandle parent, int priority, EtherType protocol, int handle, Integer chain,
                         FilterKind kind) {
    /** Checks the device, the ranges, and that a flower's fields match the protocol. */
    public FilterSpec {
        InterfaceName.check(dev);
        Objects.requireNonNull(parent, "parent");
        if (priority < 0 || priority > 0xffff) {
            throw new IllegalArgumentException("filter priority " + priority + " is out of range 1..65535 (0: any)");
        }
        if (chain != null && chain < 0) {
            throw new IllegalArgumentException("filter chain " + Integer.toUnsignedString(chain)
                    + " is out of range 0..2147483647");
        }
        // Without a protocol yet (it usually follows as withProtocol), Filters refuses to send it.
        if (kind instanceof Flower f && f.needsIp() && protocol != null) {
            boolean v4 = EtherType.IP.equals(protocol);
            if (!v4 && !EtherType.IPV6.equals(protocol)) {
                throw new IllegalArgumentException("flower " + f + " matches IP headers: give protocol ip or ipv6, not "
                        + protocol);
            }
            if (f.ipv4() != null && f.ipv4() != v4) {
                throw new IllegalArgumentException("flower addresses of " + f + " do not belong to protocol " + protocol);
            }
        }
    }

    /**
     * {@code tc filter add dev DEV parent 1: KIND} ({@link TcHandle#parse}; {@code ingress} and
     * {@code egress} are clsact's hooks, as {@code tc} takes them).
     *
     * @param dev the device's name
     * @param parent the qdisc or class as {@code tc} writes it, e.g. {@code "1:"}, or {@code "ingress"}, {@code "egress"}
     * @param kind the classifier and its options, e.g. a {@link U32}
     * @return the spec; priority and handle the kernel's choice, protocol {@code all}
     * @throws IllegalArgumentException if {@code dev} or {@code parent} is malformed
     */
    public static FilterSpec of(String dev, String parent, FilterKind kind) {
        return of(dev, parent(parent), kind);
    }

    /**
     * {@code tc filter add dev DEV parent P KIND}.
     *
     * @param dev the device's name
     * @param parent the qdisc or class the filter hangs at
     * @param kind the classifier and its options
     * @return the spec; priority and handle the kernel's choice, protocol {@code all}
     * @throws IllegalArgumentException if {@code dev} is not a valid device name
     */
    public static FilterSpec of(String dev, TcHandle parent, FilterKind kind) {
        return new FilterSpec(dev, parent, 0, null, 0, null, Objects.requireNonNull(kind, "kind"));
    }

    /**
     * {@code tc filter add dev DEV ingress KIND}: at a clsact (or ingress) qdisc's ingress hook.
     *
     * @param dev the device's name
     * @param kind the classifier and its options
     * @return the spec at {@link TcHandle#CLSACT_INGRESS}
     * @throws IllegalArgumentException if {@code dev} is not a valid device name
     */
    public static FilterSpec ingress(String dev, FilterKind kind) {
        return of(dev, TcHandle.CLSACT_INGRESS, kind);
    }

    /**
     * {@code tc filter add dev DEV egress KIND}: at a clsact qdisc's egress hook.
     *
     * @param dev the device's name
     * @param kind the classifier and its options
     * @return the spec at {@link TcHandle#CLSACT_EGRESS}
     * @throws IllegalArgumentException if {@code dev} is not a valid device name
     */
    public static FilterSpec egress(String dev, FilterKind kind) {
        return of(dev, TcHandle.CLSACT_EGRESS, kind);
    }

    /**
     * The key {@code dev DEV parent 1:}: every filter there, narrowed with {@code withPriority} and {@code withHandle}.
     *
     * @param dev the device's name
     * @param parent the qdisc or class as {@code tc} writes it, e.g. {@code "1:"}, or {@code "ingress"}, {@code "egress"}
     * @return the key of every filter at that parent
     * @throws IllegalArgumentException if {@code dev} or {@code parent} is malformed
     */
    public static FilterSpec of(String dev, String parent) {
        return new FilterSpec(dev, parent(parent), 0, null, 0, null, null);
    }

    /**
     * The key {@code dev DEV parent P}.
     *
     * @param dev the device's name
     * @param parent the qdisc or class
     * @return the key of every filter at that parent
     * @throws IllegalArgumentException if {@code dev} is not a valid device name
     */
    public static FilterSpec of(String dev, TcHandle parent) {
        return new FilterSpec(dev, parent, 0, null, 0, null, null);
    }

    /**
     * {@code prio N}, 1..65535.
     *
     * @param priority 1..65535 (lower is tried first), or 0 for the kernel's choice (in a key: every priority)
     * @return this spec with the priority
     * @throws IllegalArgumentException if {@code priority} is out of range
     */
    public FilterSpec withPriority(int priority) {
        return new FilterSpec(dev, parent, priority, protocol, handle, chain, kind);
    }

    /**
     * {@code protocol ip} ({@link EtherType#parse}).
     *
     * @param protocol a protocol as {@code tc} writes it: {@code ip}, {@code ipv6}, {@code all}, {@code 802.1q}, {@code
     *     0x0800}...
     * @return this spec with the protocol
     * @throws IllegalArgumentException if {@code protocol} is unknown, or a flower's fields need another
     */
    public FilterSpec withProtocol(String protocol) {
        return withProtocol(EtherType.parse(protocol));
    }

    /**
     * {@code protocol P}.
     *
     * @param protocol the EtherType of the packets the filter sees
     * @return this spec with the protocol
     * @throws IllegalArgumentException if a flower's fields need another protocol
     */
    public FilterSpec withProtocol(EtherType protocol) {
        return new FilterSpec(dev, parent, priority, Objects.requireNonNull(protocol, "protocol"), handle, chain, kind);
    }

    /**
     * {@code handle H}: the filter's own handle (u32's {@code 800::800}, or a number).
     *
     * @param handle the filter's handle as the kernel holds it (u32's {@code 800::800} is {@code 0x80000800}), or 0
     * @return this spec with the handle
     */
    public FilterSpec withHandle(int handle) {
        return new FilterSpec(dev, parent, priority, protocol, handle, chain, kind);
    }

    /**
     * {@code chain N}.
     *
     * @param chain the chain index, 0..2147483647
     * @return this spec with the chain, sent even when 0
     * @throws IllegalArgumentException if {@code chain} is negative
     */
    public FilterSpec withChain(int chain) {
        return new FilterSpec(dev, parent, priority, protocol, handle, chain, kind);
    }

    /** A filter parent as {@code tc} takes it: {@code ingress}, {@code egress} (clsact's hooks), or a {@link TcHandle}. */
    static TcHandle parent(String parent) {
        Objects.requireNonNull(parent, "parent");
        return switch (parent) {
            case "ingress" -> TcHandle.CLSACT_INGRESS;
            case "egress" -> TcHandle.CLSACT_EGRESS;
            default -> TcHandle.parse(parent);
        };
    }

    /** {@code dev veth-a parent 1: protocol ip prio 1 u32 ...}: the arguments of the {@code tc filter} command. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("dev ").append(dev);
        if (parent.equals(TcHandle.CLSACT_INGRESS)) {
            b.append(" ingress");
        } else if (parent.equals(TcHandle.CLSACT_EGRESS)) {
            b.append(" egress");
        } else if (parent.equals(TcHandle.ROOT)) {
            b.append(" root");
        } else {
            b.append(" parent ").append(parent);
        }
        if (protocol != null) {
            b.append(" protocol ").append(protocol);
        }
        if (priority != 0) {
            b.append(" prio ").append(priority);
        }
        if (handle != 0) {
            b.append(" handle 0x").append(Integer.toHexString(handle));
        }
        if (chain != null) {
            b.append(" chain ").append(chain);
        }
        return kind == null ? b.toString() : b.append(' ').append(kind).toString();
    }
}
