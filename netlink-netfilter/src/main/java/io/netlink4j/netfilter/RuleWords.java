package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.Expr.REG_1;
import static io.netlink4j.netfilter.Expr.REG_2;
import static io.netlink4j.netfilter.uapi.IfEtherH.ETH_P_IP;
import static io.netlink4j.netfilter.uapi.IfEtherH.ETH_P_IPV6;
import static io.netlink4j.netfilter.uapi.NetfilterH.NFPROTO_IPV4;
import static io.netlink4j.netfilter.uapi.NetfilterH.NFPROTO_IPV6;
import static io.netlink4j.netfilter.uapi.NfNatH.NF_NAT_RANGE_MAP_IPS;
import static io.netlink4j.netfilter.uapi.NfNatH.NF_NAT_RANGE_PROTO_SPECIFIED;

import io.netlink4j.core.Cidr;
import io.netlink4j.core.InterfaceName;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Compiles {@code nft}'s words into kernel expressions the way {@code nft} 1.0 does, dependencies
 * included ({@code tcp dport} loads {@code meta l4proto} first; {@code ip saddr} in an
 * {@code inet} table checks {@code meta nfproto} first), so that {@code nft list ruleset} shows
 * exactly what was meant and the bytes equal what {@code nft} sends (see the capture tests). Bad
 * values are refused here with {@link IllegalArgumentException}, before anything is sent.
 */
final class RuleWords {
    /** {@code IFNAMSIZ}: the kernel compares all 16 bytes of a name, NUL padding included. */
    static final int IFNAMSIZ = 16;

    private RuleWords() {}

    /** {@code iifname|oifname [!=] "NAME"}: an interface name by core's rule, NUL-padded to 16 bytes. */
    static List<Expr> ifname(Meta.Key key, Cmp.Op op, String name) {
        InterfaceName.check(Objects.requireNonNull(name, "name"));
        byte[] b = Arrays.copyOf(name.getBytes(StandardCharsets.UTF_8), IFNAMSIZ);
        return List.of(new Meta(key, REG_1), new Cmp(op, REG_1, b));
    }

    /** {@code meta l4proto P}. */
    static List<Expr> l4proto(IpProtocol p) {
        Objects.requireNonNull(p, "protocol");
        return List.of(new Meta(Meta.Key.L4PROTO, REG_1), new Cmp(Cmp.Op.EQ, REG_1, new byte[] {(byte) p.number()}));
    }

    /** {@code meta mark OP MARK}: marks live in registers in host order. */
    static List<Expr> mark(Cmp.Op op, int mark) {
        Objects.requireNonNull(op, "op");
        return List.of(new Meta(Meta.Key.MARK, REG_1), new Cmp(op, REG_1, hostU32(mark)));
    }

    /** {@code ip|ip6 saddr|daddr OP CIDR}; a bare address means /32 (/128). */
    static List<Expr> address(Family family, boolean source, Cmp.Op op, String text) {
        Objects.requireNonNull(text, "cidr");
        return address(family, source, op, Cidr.parse(text), text);
    }

    /** {@link #address(Family, boolean, Cmp.Op, String)} of a parsed prefix; {@code text} names it in errors. */
    static List<Expr> address(Family family, boolean source, Cmp.Op op, Cidr c, String text) {
        boolean v4 = c.isIpv4();
        requireAddressFamily(family, c.address(), text);
        int len = v4 ? 4 : 16;
        int offset = v4 ? (source ? 12 : 16) : (source ? 8 : 24);
        int bits = c.prefixLength();
        if (bits == 0) {
            if (op == Cmp.Op.NEQ) {
                throw new IllegalArgumentException("'!= " + text + "' never matches: a /0 prefix holds every address");
            }
            return List.of(); // nft drops a match on /0 too: it holds for every packet of the family
        }
        List<Expr> out = new ArrayList<>(networkDependency(family, v4));
        byte[] net = c.network().getAddress();
        if (bits % 8 == 0) {
            // Whole bytes: nft loads just the prefix bytes and compares them, no mask.
            int n = bits / 8;
            out.add(new Payload(Payload.Base.NETWORK, offset, n, REG_1));
            out.add(new Cmp(op, REG_1, Arrays.copyOf(net, n)));
        } else {
            byte[] mask = new byte[len];
            for (int i = 0; i < len; i++) {
                int keep = Math.max(0, Math.min(8, bits - i * 8));
                mask[i] = (byte) (0xff << (8 - keep));
            }
            out.add(new Payload(Payload.Base.NETWORK, offset, len, REG_1));
            out.add(new Bitwise(REG_1, REG_1, mask, new byte[len]));
            out.add(new Cmp(op, REG_1, net));
        }
        return out;
    }

    /** {@code tcp|udp dport|sport OP PORT}, after {@code meta l4proto}, as nft compiles it. */
    static List<Expr> port(IpProtocol p, boolean destination, Cmp.Op op, int port) {
        Objects.requireNonNull(p, "protocol");
        Objects.requireNonNull(op, "op");
        if (!p.hasPorts()) {
            throw new IllegalArgumentException("protocol " + p + " has no ports: use tcp, udp, sctp, udplite or dccp");
        }
        checkPort(port);
        List<Expr> out = new ArrayList<>(l4proto(p));
        out.add(new Payload(Payload.Base.TRANSPORT, destination ? 2 : 0, 2, REG_1));
        out.add(new Cmp(op, REG_1, be16(port)));
        return out;
    }

    /** {@code ct state S1,S2}: keep the wanted bits, then "not zero", as nft does. */
    static List<Expr> ctState(CtState... states) {
        Objects.requireNonNull(states, "states");
        if (states.length == 0) {
            throw new IllegalArgumentException("ct state needs at least one state");
        }
        int bits = 0;
        for (CtState s : states) {
            bits |= Objects.requireNonNull(s, "state").code();
        }
        return List.of(new Ct(Ct.Key.STATE, REG_1), new Bitwise(REG_1, REG_1, hostU32(bits), new byte[4]),
                new Cmp(Cmp.Op.NEQ, REG_1, new byte[4]));
    }

    /** {@code snat|dnat to ADDRESS[:PORT]}; {@code port} -1 for none. */
    static List<Expr> nat(Family family, Nat.Type type, String address, int port) {
        Objects.requireNonNull(address, "address");
        InetAddress a = Cidr.parseAddress(address);
        requireAddressFamily(family, a, address);
        List<Expr> out = new ArrayList<>();
        out.add(new Immediate(REG_1, a.getAddress()));
        int flags = NF_NAT_RANGE_MAP_IPS;
        int portReg = 0;
        if (port >= 0) {
            out.add(new Immediate(REG_2, be16(checkPort(port))));
            flags |= NF_NAT_RANGE_PROTO_SPECIFIED;
            portReg = REG_2;
        }
        Family f = a instanceof Inet4Address ? Family.IP : Family.IP6;
        // As the kernel lists it (see Nat): a single address or port is a range of one.
        out.add(new Nat(type, f, REG_1, REG_1, portReg, portReg, flags));
        return out;
    }

    private static void requireAddressFamily(Family family, InetAddress a, String text) {
        boolean v4 = a instanceof Inet4Address;
        if ((family == Family.IP && !v4) || (family == Family.IP6 && v4) || family == Family.ARP) {
            throw new IllegalArgumentException("address '" + text + "' does not fit a table of family " + family);
        }
    }

    /** What nft adds before an {@code ip}/{@code ip6} match in a table that also sees other protocols. */
    private static List<Expr> networkDependency(Family family, boolean v4) {
        if (family == Family.INET) {
            return List.of(new Meta(Meta.Key.NFPROTO, REG_1),
                    new Cmp(Cmp.Op.EQ, REG_1, new byte[] {(byte) (v4 ? NFPROTO_IPV4 : NFPROTO_IPV6)}));
        }
        if (family == Family.BRIDGE || family == Family.NETDEV) {
            return List.of(new Meta(Meta.Key.PROTOCOL, REG_1),
                    new Cmp(Cmp.Op.EQ, REG_1, be16(v4 ? ETH_P_IP : ETH_P_IPV6)));
        }
        return List.of();
    }

    static int checkPort(int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range 1..65535");
        }
        return port;
    }

    /** Ports and ethertypes are compared in network order. */
    static byte[] be16(int v) {
        return new byte[] {(byte) (v >>> 8), (byte) v};
    }

    /** Marks and ct state bits live in registers in host order. */
    static byte[] hostU32(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(v).array();
    }
}
