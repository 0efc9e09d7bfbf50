package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.Expr.REG_1;
import static io.netlink4j.netfilter.Expr.REG_2;
import static io.netlink4j.netfilter.internal.Netfilter.NFPROTO_IPV4;
import static io.netlink4j.netfilter.internal.Netfilter.NFPROTO_IPV6;
import static io.netlink4j.netfilter.internal.Netfilter.NF_NAT_RANGE_MAP_IPS;
import static io.netlink4j.netfilter.internal.Netfilter.NF_NAT_RANGE_PROTO_SPECIFIED;

import io.netlink4j.core.Cidr;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds a {@link Rule} the way {@code nft} compiles the same words, so that {@code nft list
 * ruleset} shows exactly what was meant: each method appends the kernel expressions {@code nft}
 * would, dependencies included ({@code tcp dport} loads {@code meta l4proto} first; {@code ip
 * saddr} in an {@code inet} table checks {@code meta nfproto} first). Bad values are rejected here
 * with {@link IllegalArgumentException}, before anything is sent.
 *
 * <pre>{@code
 * // nft add rule ip nat POSTROUTING ip saddr 10.244.0.0/24 oifname != "cni0" masquerade
 * Rule.in(Family.IP, "nat", "POSTROUTING").saddr("10.244.0.0/24").oifnameNot("cni0").masquerade().build();
 * // nft add rule ip nat PREROUTING iifname "eth0" tcp dport 8080 dnat to 10.0.0.2:80
 * Rule.in(Family.IP, "nat", "PREROUTING").iifname("eth0").tcpDport(8080).dnat("10.0.0.2", 80).build();
 * // nft add rule ip filter FORWARD ct state established,related accept
 * Rule.in(Family.IP, "filter", "FORWARD").ctState(CtState.ESTABLISHED, CtState.RELATED).accept().build();
 * }</pre>
 */
public final class RuleBuilder {
    /** {@code IPPROTO_TCP}. */
    public static final int TCP = 6;
    /** {@code IPPROTO_UDP}. */
    public static final int UDP = 17;
    private static final int ETH_P_IP = 0x0800;
    private static final int ETH_P_IPV6 = 0x86dd;

    private final Family family;
    private final String table;
    private final String chain;
    private final List<Expr> exprs = new ArrayList<>();

    RuleBuilder(Family family, String table, String chain) {
        if (family == null) {
            throw new IllegalArgumentException("rule family must not be null");
        }
        this.family = family;
        this.table = Names.checkTable(table);
        this.chain = Names.checkChain(chain);
    }

    // ---- interfaces -------------------------------------------------------------------------

    /** {@code iifname "NAME"}: the packet came in on interface NAME (1..15 bytes). */
    public RuleBuilder iifname(String name) {
        return ifname(Meta.Key.IIFNAME, Cmp.Op.EQ, name);
    }

    /** {@code iifname != "NAME"}. */
    public RuleBuilder iifnameNot(String name) {
        return ifname(Meta.Key.IIFNAME, Cmp.Op.NEQ, name);
    }

    /** {@code oifname "NAME"}: the packet leaves by interface NAME; {@code iptables -o NAME}. */
    public RuleBuilder oifname(String name) {
        return ifname(Meta.Key.OIFNAME, Cmp.Op.EQ, name);
    }

    /** {@code oifname != "NAME"}; {@code iptables ! -o NAME}. */
    public RuleBuilder oifnameNot(String name) {
        return ifname(Meta.Key.OIFNAME, Cmp.Op.NEQ, name);
    }

    private RuleBuilder ifname(Meta.Key key, Cmp.Op op, String name) {
        Names.checkInterface(name);
        // The kernel compares all IFNAMSIZ bytes, so the name is NUL-padded to 16.
        byte[] b = Arrays.copyOf(name.getBytes(StandardCharsets.UTF_8), Names.IFNAMSIZ);
        return load(new Meta(key, REG_1), new Cmp(op, REG_1, b));
    }

    // ---- meta -------------------------------------------------------------------------------

    /** {@code meta l4proto P}: the transport protocol ({@link #TCP}, {@link #UDP}, 1 = ICMP...). */
    public RuleBuilder l4proto(int protocol) {
        if (protocol < 0 || protocol > 255) {
            throw new IllegalArgumentException("l4proto " + protocol + " is out of range 0..255");
        }
        return load(new Meta(Meta.Key.L4PROTO, REG_1), new Cmp(Cmp.Op.EQ, REG_1, new byte[] {(byte) protocol}));
    }

    /** {@code meta mark MARK}. */
    public RuleBuilder mark(int mark) {
        return mark(Cmp.Op.EQ, mark);
    }

    /** {@code meta mark OP MARK}. */
    public RuleBuilder mark(Cmp.Op op, int mark) {
        return load(new Meta(Meta.Key.MARK, REG_1), new Cmp(op, REG_1, hostU32(mark)));
    }

    // ---- addresses --------------------------------------------------------------------------

    /** {@code ip saddr CIDR} (or {@code ip6 saddr}): {@code iptables -s CIDR}; a bare address means /32 (/128). */
    public RuleBuilder saddr(String cidr) {
        return address(true, Cmp.Op.EQ, cidr);
    }

    /** {@code ip saddr != CIDR}. */
    public RuleBuilder saddrNot(String cidr) {
        return address(true, Cmp.Op.NEQ, cidr);
    }

    /** {@code ip daddr CIDR}: {@code iptables -d CIDR}. */
    public RuleBuilder daddr(String cidr) {
        return address(false, Cmp.Op.EQ, cidr);
    }

    /** {@code ip daddr != CIDR}. */
    public RuleBuilder daddrNot(String cidr) {
        return address(false, Cmp.Op.NEQ, cidr);
    }

    private RuleBuilder address(boolean source, Cmp.Op op, String text) {
        Cidr c = Cidr.parse(text);
        boolean v4 = c.isIpv4();
        requireAddressFamily(c.address(), text);
        int len = v4 ? 4 : 16;
        int offset = v4 ? (source ? 12 : 16) : (source ? 8 : 24);
        int bits = c.prefixLength();
        if (bits == 0) {
            if (op == Cmp.Op.NEQ) {
                throw new IllegalArgumentException("'!= " + text + "' never matches: a /0 prefix holds every address");
            }
            return this; // nft drops a match on /0 too: it holds for every packet of the family
        }
        networkDependency(v4);
        byte[] net = c.network().getAddress();
        if (bits % 8 == 0) {
            // Whole bytes: nft loads just the prefix bytes and compares them, no mask.
            int n = bits / 8;
            exprs.add(new Payload(Payload.Base.NETWORK, offset, n, REG_1));
            exprs.add(new Cmp(op, REG_1, Arrays.copyOf(net, n)));
        } else {
            byte[] mask = new byte[len];
            for (int i = 0; i < len; i++) {
                int keep = Math.max(0, Math.min(8, bits - i * 8));
                mask[i] = (byte) (0xff << (8 - keep));
            }
            exprs.add(new Payload(Payload.Base.NETWORK, offset, len, REG_1));
            exprs.add(new Bitwise(REG_1, REG_1, mask, new byte[len]));
            exprs.add(new Cmp(op, REG_1, net));
        }
        return this;
    }

    private void requireAddressFamily(InetAddress a, String text) {
        boolean v4 = a instanceof Inet4Address;
        if ((family == Family.IP && !v4) || (family == Family.IP6 && v4) || family == Family.ARP) {
            throw new IllegalArgumentException("address '" + text + "' does not fit a table of family " + family);
        }
    }

    /** What nft adds before an {@code ip}/{@code ip6} match in a table that also sees other protocols. */
    private void networkDependency(boolean v4) {
        if (family == Family.INET) {
            load(new Meta(Meta.Key.NFPROTO, REG_1),
                    new Cmp(Cmp.Op.EQ, REG_1, new byte[] {(byte) (v4 ? NFPROTO_IPV4 : NFPROTO_IPV6)}));
        } else if (family == Family.BRIDGE || family == Family.NETDEV) {
            load(new Meta(Meta.Key.PROTOCOL, REG_1), new Cmp(Cmp.Op.EQ, REG_1, be16(v4 ? ETH_P_IP : ETH_P_IPV6)));
        }
    }

    // ---- ports ------------------------------------------------------------------------------

    /** {@code tcp dport PORT}; {@code iptables -p tcp --dport PORT}. */
    public RuleBuilder tcpDport(int port) {
        return dport(TCP, Cmp.Op.EQ, port);
    }

    /** {@code udp dport PORT}. */
    public RuleBuilder udpDport(int port) {
        return dport(UDP, Cmp.Op.EQ, port);
    }

    /** {@code tcp|udp dport OP PORT}, e.g. {@code dport(TCP, Cmp.Op.LT, 1024)} for {@code tcp dport < 1024}. */
    public RuleBuilder dport(int protocol, Cmp.Op op, int port) {
        return port(protocol, op, port, 2);
    }

    /** {@code tcp|udp sport OP PORT}. */
    public RuleBuilder sport(int protocol, Cmp.Op op, int port) {
        return port(protocol, op, port, 0);
    }

    private RuleBuilder port(int protocol, Cmp.Op op, int port, int offset) {
        if (protocol != TCP && protocol != UDP) {
            throw new IllegalArgumentException("port match needs protocol TCP (6) or UDP (17), not " + protocol);
        }
        checkPort(port);
        l4proto(protocol);
        return load(new Payload(Payload.Base.TRANSPORT, offset, 2, REG_1), new Cmp(op, REG_1, be16(port)));
    }

    // ---- conntrack --------------------------------------------------------------------------

    /** {@code ct state S1,S2}: the connection is in any of the states; {@code -m state --state ...}. */
    public RuleBuilder ctState(CtState... states) {
        if (states == null || states.length == 0) {
            throw new IllegalArgumentException("ct state needs at least one state");
        }
        int bits = 0;
        for (CtState s : states) {
            bits |= s.bit();
        }
        // As nft: keep the wanted bits, then "not zero".
        return load(new Ct(Ct.Key.STATE, REG_1), new Bitwise(REG_1, REG_1, hostU32(bits), new byte[4]),
                new Cmp(Cmp.Op.NEQ, REG_1, new byte[4]));
    }

    // ---- statements -------------------------------------------------------------------------

    /** {@code counter}. */
    public RuleBuilder counter() {
        return expr(Counter.zero());
    }

    /** {@code accept}; {@code -j ACCEPT}. */
    public RuleBuilder accept() {
        return expr(Verdict.accept());
    }

    /** {@code drop}; {@code -j DROP}. */
    public RuleBuilder drop() {
        return expr(Verdict.drop());
    }

    /** {@code return}; {@code -j RETURN}. */
    public RuleBuilder ret() {
        return expr(Verdict.ret());
    }

    /** {@code jump CHAIN}; {@code -j CHAIN}. */
    public RuleBuilder jump(String chain) {
        return expr(Verdict.jump(chain));
    }

    /** {@code goto CHAIN}; {@code -g CHAIN}. */
    public RuleBuilder goTo(String chain) {
        return expr(Verdict.goTo(chain));
    }

    /** {@code masquerade}; {@code -j MASQUERADE}. Only in a {@code nat} chain on postrouting. */
    public RuleBuilder masquerade() {
        return expr(Masquerade.plain());
    }

    /** {@code snat to ADDRESS}; {@code -j SNAT --to-source ADDRESS}. */
    public RuleBuilder snat(String address) {
        return nat(Nat.Type.SNAT, address, -1);
    }

    /** {@code snat to ADDRESS:PORT}: needs a transport match ({@link #l4proto}, a port match) first. */
    public RuleBuilder snat(String address, int port) {
        return nat(Nat.Type.SNAT, address, checkPort(port));
    }

    /** {@code dnat to ADDRESS}; {@code -j DNAT --to-destination ADDRESS}. */
    public RuleBuilder dnat(String address) {
        return nat(Nat.Type.DNAT, address, -1);
    }

    /** {@code dnat to ADDRESS:PORT}: needs a transport match first. */
    public RuleBuilder dnat(String address, int port) {
        return nat(Nat.Type.DNAT, address, checkPort(port));
    }

    private RuleBuilder nat(Nat.Type type, String address, int port) {
        InetAddress a = Cidr.parseAddress(address);
        requireAddressFamily(a, address);
        exprs.add(new Immediate(REG_1, a.getAddress()));
        int flags = NF_NAT_RANGE_MAP_IPS;
        if (port >= 0) {
            exprs.add(new Immediate(REG_2, be16(port)));
            flags |= NF_NAT_RANGE_PROTO_SPECIFIED;
        }
        Family f = a instanceof Inet4Address ? Family.IP : Family.IP6;
        // A single address or port is a range of one: the kernel fills max = min (nft_nat_init)
        // and lists it so; saying so here makes the rule read back equal to what was written.
        int portReg = port >= 0 ? REG_2 : 0;
        return expr(new Nat(type, f, REG_1, REG_1, portReg, portReg, flags));
    }

    /** Appends any expression as is. */
    public RuleBuilder expr(Expr e) {
        if (e == null) {
            throw new IllegalArgumentException("expression must not be null");
        }
        exprs.add(e);
        return this;
    }

    /** The rule; the builder may be used on. */
    public Rule build() {
        return Rule.of(family, table, chain, exprs);
    }

    // ---- encoding helpers -------------------------------------------------------------------

    private RuleBuilder load(Expr... es) {
        exprs.addAll(List.of(es));
        return this;
    }

    private static int checkPort(int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range 1..65535");
        }
        return port;
    }

    /** Ports and ethertypes are compared in network order. */
    private static byte[] be16(int v) {
        return new byte[] {(byte) (v >>> 8), (byte) v};
    }

    /** Marks and ct state bits live in registers in host order. */
    private static byte[] hostU32(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(v).array();
    }
}
