package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.uapi.IfEtherH.ETH_P_IP;
import static io.netlink4j.netfilter.uapi.IfEtherH.ETH_P_IPV6;
import static io.netlink4j.netfilter.uapi.NetfilterH.NFPROTO_IPV4;
import static io.netlink4j.netfilter.uapi.NetfilterH.NFPROTO_IPV6;

import io.netlink4j.core.Cidr;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

/**
 * Prints kernel expressions in {@code nft}'s words — the reverse of {@link RuleWords}: it
 * recognises the sequences {@code nft} compiles (a {@code meta} load and its {@code cmp}, a
 * prefix match with its mask, a port match with its {@code l4proto} dependency, NAT with its
 * immediates) and prints them as {@code nft list ruleset} does. Anything else is printed as
 * {@code nft --debug=netlink} would, one expression at a time.
 */
final class NftText {
    private final Family family;
    private final List<Expr> e;
    private final List<String> words = new ArrayList<>();
    /** The network protocol a dependency (or the table's family) fixed: 4, 6 or 0 for unknown. */
    private int l3;
    private int i;

    private NftText(Family family, List<Expr> e) {
        this.family = family;
        this.e = e;
        this.l3 = family == Family.IP ? 4 : family == Family.IP6 ? 6 : 0;
    }

    /** The expressions as the words {@code nft} prints for them in a rule. */
    static String of(Family family, List<Expr> expressions) {
        NftText t = new NftText(family, expressions);
        while (t.i < expressions.size()) {
            t.next();
        }
        return String.join(" ", t.words);
    }

    private void next() {
        Expr x = e.get(i);
        int used = switch (x) {
            case Meta m -> meta(m);
            case Payload p -> address(p);
            case Ct c -> ctState(c);
            case Immediate im -> nat(im);
            case Masquerade m when m.equals(Masquerade.plain()) -> say(1, "masquerade");
            case Counter c -> say(1, "counter packets " + c.packets() + " bytes " + c.bytes());
            case Verdict v -> say(1, v.nftText());
            default -> 0;
        };
        if (used == 0) {
            say(1, x.toString());
        }
    }

    private int say(int used, String w) {
        if (w != null) {
            words.add(w);
        }
        i += used;
        return used;
    }

    private Cmp cmpAt(int k, int reg) {
        return k < e.size() && e.get(k) instanceof Cmp c && c.sreg() == reg ? c : null;
    }

    private int meta(Meta m) {
        Cmp c = cmpAt(i + 1, m.dreg());
        if (c == null) {
            return 0;
        }
        byte[] d = c.data();
        String op = c.op().symbol();
        return switch (m.key()) {
            case IIFNAME, OIFNAME -> (c.op() == Cmp.Op.EQ || c.op() == Cmp.Op.NEQ) && d.length <= RuleWords.IFNAMSIZ
                    ? say(2, m.key() + " " + op + interfaceName(d)) : 0;
            case L4PROTO -> d.length == 1 ? l4proto(c, IpProtocol.of(d[0] & 0xff)) : 0;
            case MARK -> d.length == 4 ? say(2, "meta mark " + op + String.format("0x%08x", hostInt(d))) : 0;
            case NFPROTO -> d.length == 1 && c.op() == Cmp.Op.EQ && family == Family.INET
                    ? dependency(d[0] == NFPROTO_IPV4 ? 4 : d[0] == NFPROTO_IPV6 ? 6 : 0,
                            "meta nfproto " + (d[0] == NFPROTO_IPV4 ? "ipv4" : d[0] == NFPROTO_IPV6 ? "ipv6" : d[0]))
                    : 0;
            case PROTOCOL -> {
                int type = d.length == 2 ? (d[0] & 0xff) << 8 | d[1] & 0xff : -1;
                int v = type == ETH_P_IP ? 4 : type == ETH_P_IPV6 ? 6 : 0;
                yield c.op() == Cmp.Op.EQ && v != 0 ? dependency(v, "meta protocol ip" + (v == 6 ? "6" : "")) : 0;
            }
            default -> 0;
        };
    }

    /** A network-protocol check nft adds before an address match is not printed; alone, it is. */
    private int dependency(int version, String alone) {
        boolean addressFollows = i + 2 < e.size() && e.get(i + 2) instanceof Payload p
                && p.base() == Payload.Base.NETWORK;
        if (version != 0 && addressFollows) {
            l3 = version;
            return say(2, null);
        }
        return version == 0 ? 0 : say(2, alone);
    }

    /** {@code tcp dport 80} when a port match follows the {@code l4proto} check, else {@code meta l4proto tcp}. */
    private int l4proto(Cmp c, IpProtocol p) {
        if (c.op() == Cmp.Op.EQ && p.hasPorts() && i + 3 < e.size() && e.get(i + 2) instanceof Payload t
                && t.base() == Payload.Base.TRANSPORT && t.length() == 2 && (t.offset() == 0 || t.offset() == 2)) {
            Cmp port = cmpAt(i + 3, t.dreg());
            if (port != null && port.data().length == 2) {
                byte[] b = port.data();
                return say(4, p + (t.offset() == 2 ? " dport " : " sport ") + port.op().symbol()
                        + ((b[0] & 0xff) << 8 | b[1] & 0xff));
            }
        }
        return say(2, "meta l4proto " + c.op().symbol() + p);
    }

    /** {@code ip saddr 10.244.0.0/24}: a network-header load, an optional mask, a comparison. */
    private int address(Payload p) {
        int full = l3 == 4 ? 4 : l3 == 6 ? 16 : 0;
        if (full == 0 || p.base() != Payload.Base.NETWORK) {
            return 0;
        }
        int src = l3 == 4 ? 12 : 8;
        int dst = l3 == 4 ? 16 : 24;
        if (p.offset() != src && p.offset() != dst) {
            return 0;
        }
        int k = i + 1;
        int bits = p.length() * 8;
        if (k < e.size() && e.get(k) instanceof Bitwise b && b.sreg() == p.dreg() && b.dreg() == p.dreg()) {
            bits = prefixOf(b.mask(), b.xor());
            if (bits < 0 || p.length() != full) {
                return 0;
            }
            k++;
        }
        Cmp c = cmpAt(k, p.dreg());
        if (c == null || c.data().length != p.length() || p.length() > full) {
            return 0;
        }
        InetAddress a = address(Arrays.copyOf(c.data(), full));
        String text = bits == full * 8 ? Cidr.format(a) : Cidr.format(a) + "/" + bits;
        return say(k + 1 - i, (l3 == 4 ? "ip " : "ip6 ") + (p.offset() == src ? "saddr " : "daddr ")
                + c.op().symbol() + text);
    }

    /** {@code ct state established,related}: the state bits kept by a mask, then "not zero". */
    private int ctState(Ct ct) {
        if (ct.key() != Ct.Key.STATE || i + 2 >= e.size() || !(e.get(i + 1) instanceof Bitwise b)
                || b.sreg() != ct.dreg() || b.mask().length != 4 || !allZero(b.xor())) {
            return 0;
        }
        Cmp c = cmpAt(i + 2, b.dreg());
        if (c == null || c.op() != Cmp.Op.NEQ || !Arrays.equals(c.data(), new byte[4])) {
            return 0;
        }
        int bits = hostInt(b.mask());
        StringJoiner states = new StringJoiner(",");
        for (CtState s : CtState.values()) {
            if ((bits & s.code()) != 0) {
                states.add(s.toString());
                bits &= ~s.code();
            }
        }
        return bits == 0 ? say(3, "ct state " + states) : 0;
    }

    /** {@code dnat to 10.0.0.2:80}: the address (and port) immediates, then the nat expression. */
    private int nat(Immediate addr) {
        int k = i + 1;
        Immediate port = null;
        if (k < e.size() && e.get(k) instanceof Immediate p && p.data().length == 2) {
            port = p;
            k++;
        }
        if (k >= e.size() || !(e.get(k) instanceof Nat n) || n.addrMinReg() != addr.dreg()
                || (n.addrMaxReg() != 0 && n.addrMaxReg() != n.addrMinReg())
                || (port == null ? n.protoMinReg() != 0 : n.protoMinReg() != port.dreg())
                || (n.protoMaxReg() != 0 && n.protoMaxReg() != n.protoMinReg())) {
            return 0;
        }
        int len = addr.data().length;
        if (len != (n.family() == Family.IP ? 4 : 16)) {
            return 0;
        }
        String a = Cidr.format(address(addr.data()));
        if (port != null) {
            byte[] b = port.data();
            a = (len == 16 ? "[" + a + "]" : a) + ":" + ((b[0] & 0xff) << 8 | b[1] & 0xff);
        }
        String fam = family == Family.INET ? " " + n.family() : "";
        return say(k + 1 - i, n.type() + fam + " to " + a);
    }

    /** {@code "eth0"}, or {@code "eth*"} for a prefix match (no NUL within the compared bytes). */
    private static String interfaceName(byte[] d) {
        int n = 0;
        while (n < d.length && d[n] != 0) {
            n++;
        }
        String name = new String(d, 0, n, StandardCharsets.UTF_8);
        return "\"" + (n == d.length ? name + "*" : name) + "\"";
    }

    /** The prefix length of a contiguous mask with a zero xor, or -1. */
    private static int prefixOf(byte[] mask, byte[] xor) {
        if (!allZero(xor)) {
            return -1;
        }
        int bits = 0;
        boolean ended = false;
        for (byte m : mask) {
            for (int b = 7; b >= 0; b--) {
                boolean one = (m >> b & 1) != 0;
                if (one && ended) {
                    return -1;
                }
                ended |= !one;
                bits += one ? 1 : 0;
            }
        }
        return bits;
    }

    private static boolean allZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private static int hostInt(byte[] d) {
        return ByteBuffer.wrap(d).order(ByteOrder.nativeOrder()).getInt();
    }

    private static InetAddress address(byte[] b) {
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("address of " + b.length + " bytes", e);
        }
    }
}
