package io.netlink4j.route.tc;

import io.netlink4j.core.Cidr;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code flower}: matches parsed header fields (addresses, IP protocol, ports). The filter's
 * protocol ({@code ip} or {@code ipv6}) says which header the addresses are in.
 *
 * <pre>{@code
 * // tc filter add dev veth-a ingress protocol ip flower dst_ip 10.0.0.2 ip_proto tcp dst_port 80 action drop
 * FilterSpec.ingress("veth-a", Flower.of().withDstIp("10.0.0.2").withIpProto("tcp").withDstPort(80)
 *         .withAction(Gact.drop())).withProtocol(EtherType.IP)
 * }</pre>
 *
 * @param srcIp   the source prefix, or {@code null} for any
 * @param dstIp   the destination prefix, or {@code null} for any
 * @param ipProto the IP protocol 0..255 (6 TCP, 17 UDP, 132 SCTP), or -1 for any
 * @param srcPort the source port 1..65535 (needs TCP, UDP or SCTP), or 0 for any
 * @param dstPort the destination port, or 0 for any
 * @param classId where matches go ({@code classid}), or {@link TcHandle#UNSPEC}
 * @param actions what happens to matches, in order
 */
public record Flower(Cidr srcIp, Cidr dstIp, int ipProto, int srcPort, int dstPort, TcHandle classId,
                     List<TcAction> actions) implements FilterKind {
    /** Checks ranges, that both prefixes are of one family and that ports come with a protocol that has them. */
    public Flower {
        Objects.requireNonNull(classId, "classId");
        actions = Kinds.actions(actions);
        if (ipProto < -1 || ipProto > 255) {
            throw new IllegalArgumentException("flower ip_proto " + ipProto + " is out of range 0..255");
        }
        if (srcPort < 0 || srcPort > 0xffff || dstPort < 0 || dstPort > 0xffff) {
            throw new IllegalArgumentException("flower ports " + srcPort + ", " + dstPort + " are out of range 1..65535");
        }
        if ((srcPort != 0 || dstPort != 0) && ipProto != 6 && ipProto != 17 && ipProto != 132) {
            throw new IllegalArgumentException("flower ports need ip_proto tcp, udp or sctp, not " + protoName(ipProto));
        }
        if (srcIp != null && dstIp != null && srcIp.isIpv4() != dstIp.isIpv4()) {
            throw new IllegalArgumentException("flower src_ip " + srcIp + " and dst_ip " + dstIp + " are of different families");
        }
    }

    /**
     * {@code flower}, matching every packet of the filter's protocol.
     *
     * @return a flower without matches, class or actions
     */
    public static Flower of() {
        return new Flower(null, null, -1, 0, 0, TcHandle.UNSPEC, List.of());
    }

    /**
     * {@code src_ip 10.0.0.0/24} ({@link Cidr#parse}; a bare address is a host).
     *
     * @param prefix an IPv4 or IPv6 prefix or address, e.g. {@code "10.0.0.0/24"}
     * @return this flower matching the source address
     * @throws IllegalArgumentException if {@code prefix} is malformed or of the other family than the destination
     */
    public Flower withSrcIp(String prefix) {
        return new Flower(Cidr.parse(prefix), dstIp, ipProto, srcPort, dstPort, classId, actions);
    }

    /**
     * {@code dst_ip 10.0.0.2}.
     *
     * @param prefix an IPv4 or IPv6 prefix or address, e.g. {@code "10.0.0.2"}
     * @return this flower matching the destination address
     * @throws IllegalArgumentException if {@code prefix} is malformed or of the other family than the source
     */
    public Flower withDstIp(String prefix) {
        return new Flower(srcIp, Cidr.parse(prefix), ipProto, srcPort, dstPort, classId, actions);
    }

    /**
     * {@code ip_proto tcp}: {@code tcp}, {@code udp}, {@code sctp}, {@code icmp}, {@code icmpv6} or a number.
     *
     * @param protocol a name {@code tc} knows or a number, e.g. {@code "tcp"} or {@code "47"}
     * @return this flower matching the IP protocol
     * @throws IllegalArgumentException if {@code protocol} is neither, or out of range 0..255
     */
    public Flower withIpProto(String protocol) {
        Objects.requireNonNull(protocol, "protocol");
        int p = switch (protocol.toLowerCase(Locale.ROOT)) {
            case "tcp" -> 6;
            case "udp" -> 17;
            case "sctp" -> 132;
            case "icmp" -> 1;
            case "icmpv6" -> 58;
            default -> {
                try {
                    yield Integer.decode(protocol);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("flower ip_proto '" + protocol
                            + "' is not tcp, udp, sctp, icmp, icmpv6 or a number");
                }
            }
        };
        return withIpProto(p);
    }

    /**
     * {@code ip_proto N}.
     *
     * @param protocol the IP protocol number, 0..255, or -1 for any
     * @return this flower matching the IP protocol
     * @throws IllegalArgumentException if {@code protocol} is out of range, or ports are set and it has none
     */
    public Flower withIpProto(int protocol) {
        return new Flower(srcIp, dstIp, protocol, srcPort, dstPort, classId, actions);
    }

    /**
     * {@code src_port N}.
     *
     * @param port the TCP, UDP or SCTP source port, 1..65535, or 0 for any
     * @return this flower matching the source port
     * @throws IllegalArgumentException if {@code port} is out of range or the protocol has no ports
     */
    public Flower withSrcPort(int port) {
        return new Flower(srcIp, dstIp, ipProto, port, dstPort, classId, actions);
    }

    /**
     * {@code dst_port N}.
     *
     * @param port the TCP, UDP or SCTP destination port, 1..65535, or 0 for any
     * @return this flower matching the destination port
     * @throws IllegalArgumentException if {@code port} is out of range or the protocol has no ports
     */
    public Flower withDstPort(int port) {
        return new Flower(srcIp, dstIp, ipProto, srcPort, port, classId, actions);
    }

    /**
     * {@code classid 1:10} ({@link TcHandle#parse}).
     *
     * @param classId a class as {@code tc} writes it, e.g. {@code "1:10"}
     * @return this flower sending matches to that class
     * @throws IllegalArgumentException if {@code classId} is malformed
     */
    public Flower withClassId(String classId) {
        return withClassId(TcHandle.parse(classId));
    }

    /**
     * {@code classid C}.
     *
     * @param classId the class matches go to
     * @return this flower sending matches to that class
     */
    public Flower withClassId(TcHandle classId) {
        return new Flower(srcIp, dstIp, ipProto, srcPort, dstPort, classId, actions);
    }

    /**
     * {@code action ...}: appends an action.
     *
     * @param action the action, run after the ones added before
     * @return this flower with the action appended
     */
    public Flower withAction(TcAction action) {
        return new Flower(srcIp, dstIp, ipProto, srcPort, dstPort, classId, Kinds.plus(actions, action));
    }

    /** Whether the match reads an IP header (and so needs protocol ip or ipv6). */
    boolean needsIp() {
        return srcIp != null || dstIp != null || ipProto >= 0;
    }

    /** The family of the addresses, {@code Boolean.TRUE} for IPv4, or {@code null} without addresses. */
    Boolean ipv4() {
        Cidr c = srcIp != null ? srcIp : dstIp;
        return c == null ? null : c.isIpv4();
    }

    static String protoName(int p) {
        return switch (p) {
            case -1 -> "any";
            case 6 -> "tcp";
            case 17 -> "udp";
            case 132 -> "sctp";
            case 1 -> "icmp";
            case 58 -> "icmpv6";
            default -> Integer.toString(p);
        };
    }

    /** {@code "flower"}. */
    @Override
    public String kind() {
        return "flower";
    }

    /** {@code flower [classid C] dst_ip 10.0.0.2/32 ip_proto tcp dst_port 80 action gact drop}, in the order tc sends them. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("flower");
        if (!classId.equals(TcHandle.UNSPEC)) {
            b.append(" classid ").append(classId);
        }
        if (srcIp != null) {
            b.append(" src_ip ").append(srcIp);
        }
        if (dstIp != null) {
            b.append(" dst_ip ").append(dstIp);
        }
        if (ipProto >= 0) {
            b.append(" ip_proto ").append(protoName(ipProto));
        }
        if (srcPort != 0) {
            b.append(" src_port ").append(srcPort);
        }
        if (dstPort != 0) {
            b.append(" dst_port ").append(dstPort);
        }
        actions.forEach(a -> b.append(" action ").append(a));
        return b.toString();
    }
}
