package io.netlink4j.lab;

import io.netlink4j.core.Cidr;
import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.lab.model.DropRule;
import io.netlink4j.netfilter.Bitwise;
import io.netlink4j.netfilter.Chain;
import io.netlink4j.netfilter.Cmp;
import io.netlink4j.netfilter.Counter;
import io.netlink4j.netfilter.Expr;
import io.netlink4j.netfilter.Family;
import io.netlink4j.netfilter.Hook;
import io.netlink4j.netfilter.Meta;
import io.netlink4j.netfilter.Nftables;
import io.netlink4j.netfilter.Payload;
import io.netlink4j.netfilter.Priority;
import io.netlink4j.netfilter.Rule;
import io.netlink4j.netfilter.Table;
import io.netlink4j.netfilter.Transaction;
import io.netlink4j.netfilter.UnknownExpr;
import io.netlink4j.netfilter.Verdict;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lab's nftables rules: random loss on a link ({@code numgen random mod 10000 < N drop}, as
 * nft writes it) and partitions ({@code ip saddr/daddr X drop}), in a table {@code netlink_lab}
 * of the node's namespace ({@code inet}) or, for a switch's link, of the lab's own ({@code
 * bridge}, where bridged frames pass the forward hook). Reading back: the loss on each device,
 * and the rules of any base chain that drop IPv4 traffic by address, for the doctor.
 */
final class Firewall {
    static final String TABLE = "netlink_lab";
    static final String LOSS_IN = "loss_in";
    static final String LOSS_OUT = "loss_out";
    static final String LOSS_BRIDGE = "loss";
    static final String PARTITION_IN = "partition_in";
    static final String PARTITION_OUT = "partition_out";
    /** Loss is drawn from 0..9999: a resolution of 0.01%. */
    static final int MODULUS = 10_000;
    // <linux/netfilter/nf_tables.h>: numgen and byteorder, which netlink-netfilter does not model.
    private static final int NFTA_NG_DREG = 1;
    private static final int NFTA_NG_MODULUS = 2;
    private static final int NFTA_NG_TYPE = 3;
    private static final int NFTA_NG_OFFSET = 4;
    private static final int NFT_NG_RANDOM = 1;
    private static final int NFTA_BYTEORDER_SREG = 1;
    private static final int NFTA_BYTEORDER_DREG = 2;
    private static final int NFTA_BYTEORDER_OP = 3;
    private static final int NFTA_BYTEORDER_LEN = 4;
    private static final int NFTA_BYTEORDER_SIZE = 5;
    private static final int NFT_BYTEORDER_HTON = 1;

    private Firewall() {}

    // ---- loss ----------------------------------------------------------------------------------

    /**
     * Sets the loss on {@code dev} to {@code fraction} (0 removes it): in a switch's namespace
     * ({@code bridge}) frames forwarded in or out of the port, in a node ({@code inet}) packets
     * arriving on or leaving by the interface — each direction loses {@code fraction}.
     */
    static void setLoss(NetNs ns, boolean bridge, String dev, double fraction) {
        Family f = bridge ? Family.BRIDGE : Family.INET;
        List<String> chains = bridge ? List.of(LOSS_BRIDGE) : List.of(LOSS_IN, LOSS_OUT);
        try (Nftables nft = Nftables.open(ns)) {
            List<Rule> old = new ArrayList<>();
            for (String c : chains) {
                try {
                    for (Rule r : nft.rules().list(f, TABLE, c)) {
                        if (dev.equals(ifname(r))) {
                            old.add(r);
                        }
                    }
                } catch (NotFoundException e) {
                    // no such table or chain yet
                }
            }
            if (old.isEmpty() && fraction == 0) {
                return;
            }
            Transaction t = nft.transaction().replace(Table.of(f, TABLE));
            if (bridge) {
                t.replace(Chain.base(f, TABLE, LOSS_BRIDGE, Hook.FORWARD).withPriority(Priority.FILTER));
            } else {
                t.replace(Chain.base(f, TABLE, LOSS_IN, Hook.PREROUTING).withPriority(Priority.MANGLE));
                t.replace(Chain.base(f, TABLE, LOSS_OUT, Hook.POSTROUTING).withPriority(Priority.MANGLE));
            }
            old.forEach(t::delete);
            if (fraction > 0) {
                int threshold = (int) Math.max(1, Math.round(fraction * MODULUS));
                for (String c : chains) {
                    boolean in = c.equals(LOSS_IN);
                    Rule r = Rule.in(f, TABLE, c);
                    r = bridge || in ? r.iifname(dev) : r.oifname(dev);
                    t.add(random(r, threshold));
                    if (bridge) {
                        t.add(random(Rule.in(f, TABLE, c).oifname(dev), threshold));
                    }
                }
            }
            t.commit();
        }
    }

    /** {@code RULE numgen random mod 10000 < threshold drop}: the expressions nft 1.0 writes. */
    private static Rule random(Rule r, int threshold) {
        return r.withExpr(new UnknownExpr("numgen", attrs(NFTA_NG_DREG, Expr.REG_1, NFTA_NG_MODULUS, MODULUS,
                        NFTA_NG_TYPE, NFT_NG_RANDOM, NFTA_NG_OFFSET, 0)))
                .withExpr(new UnknownExpr("byteorder", attrs(NFTA_BYTEORDER_SREG, Expr.REG_1, NFTA_BYTEORDER_DREG,
                        Expr.REG_1, NFTA_BYTEORDER_OP, NFT_BYTEORDER_HTON, NFTA_BYTEORDER_LEN, 4, NFTA_BYTEORDER_SIZE, 4)))
                .withExpr(new Cmp(Cmp.Op.LT, Expr.REG_1, ByteBuffer.allocate(4).putInt(threshold).array()))
                .drop();
    }

    /** Netlink attributes of one 32-bit big-endian value each ({@code NLA_U32} in nf_tables' network order). */
    private static byte[] attrs(int... typeValue) {
        ByteBuffer b = ByteBuffer.allocate(typeValue.length / 2 * 8).order(java.nio.ByteOrder.nativeOrder());
        for (int i = 0; i < typeValue.length; i += 2) {
            b.putShort((short) 8).putShort((short) typeValue[i]);
            b.order(java.nio.ByteOrder.BIG_ENDIAN).putInt(typeValue[i + 1]).order(java.nio.ByteOrder.nativeOrder());
        }
        return b.array();
    }

    // ---- the uplink's NAT -----------------------------------------------------------------------

    /** The table of the uplink router's masquerade ({@code ip}, as iptables' nat table). */
    static final String NAT_TABLE = "netlink_lab_nat";

    /** {@code nft add rule ip netlink_lab_nat POSTROUTING oifname DEV masquerade}, table and chain made if need be. */
    static void masquerade(NetNs ns, String dev) {
        try (Nftables nft = Nftables.open(ns)) {
            nft.masquerade(NAT_TABLE, dev);
        }
    }

    /** Removes the uplink router's masquerade. */
    static void unmasquerade(NetNs ns) {
        try (Nftables nft = Nftables.open(ns)) {
            nft.tables().deleteIfExists(Family.IP, NAT_TABLE);
        }
    }

    // ---- partitions ----------------------------------------------------------------------------

    /** Drops every packet from and to {@code others} in this node (inputs and outputs). */
    static void partition(NetNs ns, List<InetAddress> others) {
        try (Nftables nft = Nftables.open(ns)) {
            Transaction t = nft.transaction().replace(Table.of(Family.INET, TABLE))
                    .replace(Chain.base(Family.INET, TABLE, PARTITION_IN, Hook.INPUT).withPriority(Priority.FILTER))
                    .replace(Chain.base(Family.INET, TABLE, PARTITION_OUT, Hook.OUTPUT).withPriority(Priority.FILTER));
            for (InetAddress a : others) {
                Cidr host = new Cidr(a, Cidr.maxPrefix(a));
                t.add(Rule.in(Family.INET, TABLE, PARTITION_IN).saddr(host).drop());
                t.add(Rule.in(Family.INET, TABLE, PARTITION_OUT).daddr(host).drop());
            }
            t.commit();
        }
    }

    /** Removes this node's partition rules; {@code false} if it had none. */
    static boolean heal(NetNs ns) {
        try (Nftables nft = Nftables.open(ns)) {
            boolean any = false;
            for (String c : List.of(PARTITION_IN, PARTITION_OUT)) {
                try {
                    nft.chains().flush(Family.INET, TABLE, c);
                    any |= nft.chains().deleteIfExists(Family.INET, TABLE, c);
                } catch (NotFoundException e) {
                    // not there
                }
            }
            return any;
        }
    }

    // ---- reading drop rules back ----------------------------------------------------------------

    private static final Set<Family> IPV4_FAMILIES = Set.of(Family.IP, Family.INET);

    /**
     * What the rules of {@code ns} do: the loss each device has from the lab's loss rules (device
     * to fraction), and the rules of IPv4 base chains that drop by address, as the doctor needs them.
     */
    record Seen(Map<String, Double> losses, List<DropRule> drops) {}

    static Seen read(NetNs ns) {
        Map<String, Double> losses = new HashMap<>();
        List<DropRule> drops = new ArrayList<>();
        try (Nftables nft = Nftables.open(ns)) {
            List<Rule> rules = nft.rules().list();
            if (rules.isEmpty()) {
                return new Seen(losses, drops);
            }
            Set<String> base = new java.util.HashSet<>();
            for (Chain c : nft.chains().list()) {
                if (c.isBase()) {
                    base.add(c.family() + " " + c.table() + " " + c.name());
                }
            }
            for (Rule r : rules) {
                if (r.table().equals(TABLE) && r.chain().startsWith("loss")) {
                    Double p = probability(r.expressions());
                    String dev = ifname(r);
                    if (p != null && dev != null) {
                        losses.merge(dev, p, Math::max);
                    }
                } else if (IPV4_FAMILIES.contains(r.family()) && base.contains(r.family() + " " + r.table() + " " + r.chain())) {
                    DropRule d = drop(r);
                    if (d != null) {
                        drops.add(d);
                    }
                }
            }
        }
        return new Seen(losses, drops);
    }

    /**
     * The rule as a {@link DropRule} if every expression is understood: the address family check,
     * {@code ip saddr}/{@code ip daddr} prefixes, a counter, a random draw, and a final drop. An
     * interface match makes it a loss rule of the lab's own, or one the doctor cannot judge.
     */
    static DropRule drop(Rule r) {
        List<Expr> e = r.expressions();
        if (e.isEmpty() || !(e.getLast() instanceof Verdict v) || v.kind() != Verdict.Kind.DROP) {
            return null;
        }
        Cidr src = null;
        Cidr dst = null;
        double p = 1;
        int i = 0;
        while (i < e.size() - 1) {
            Expr x = e.get(i);
            if (x instanceof Counter) {
                i++;
            } else if (x instanceof Meta m && m.key() == Meta.Key.NFPROTO && i + 1 < e.size() && e.get(i + 1) instanceof Cmp) {
                i += 2;
            } else if (x instanceof Payload pl && pl.base() == Payload.Base.NETWORK && (pl.offset() == 12 || pl.offset() == 16)
                    && pl.length() <= 4) {
                int j = i + 1;
                byte[] mask = null;
                if (j < e.size() && e.get(j) instanceof Bitwise b) {
                    mask = b.mask();
                    j++;
                }
                if (j >= e.size() || !(e.get(j) instanceof Cmp c) || c.op() != Cmp.Op.EQ) {
                    return null;
                }
                Cidr prefix = prefix(c.data(), pl.length(), mask);
                if (prefix == null) {
                    return null;
                }
                if (pl.offset() == 12) {
                    src = prefix;
                } else {
                    dst = prefix;
                }
                i = j + 1;
            } else if (x instanceof UnknownExpr u && u.name().equals("numgen")) {
                Double q = probability(e.subList(i, e.size()));
                if (q == null) {
                    return null;
                }
                p = q;
                i += 3;
            } else {
                return null;
            }
        }
        boolean partition = r.table().equals(TABLE) && r.chain().startsWith("partition");
        return new DropRule(text(r), src, dst, p, partition);
    }

    /** {@code ip daddr 10.0.0.2 drop in inet netlink_lab partition_out}: the rule in nft's words, and where it is. */
    static String text(Rule r) {
        return r.words() + " in " + r.family() + " " + r.table() + " " + r.chain();
    }

    /** {@code numgen random mod M} + {@code byteorder} + {@code cmp lt N} at the start of {@code e}: N / M. */
    private static Double probability(List<Expr> e) {
        for (int i = 0; i + 2 < e.size(); i++) {
            if (e.get(i) instanceof UnknownExpr u && u.name().equals("numgen") && e.get(i + 1) instanceof UnknownExpr b
                    && b.name().equals("byteorder") && e.get(i + 2) instanceof Cmp c && c.op() == Cmp.Op.LT
                    && c.data().length == 4) {
                int modulus = attr(u.data(), NFTA_NG_MODULUS);
                int threshold = ByteBuffer.wrap(c.data()).getInt();
                return modulus <= 0 ? null : Math.min(1.0, threshold / (double) modulus);
            }
        }
        return null;
    }

    /** The 32-bit big-endian value of attribute {@code type} in {@code data}, or -1. */
    private static int attr(byte[] data, int type) {
        ByteBuffer b = ByteBuffer.wrap(data).order(java.nio.ByteOrder.nativeOrder());
        while (b.remaining() >= 4) {
            int len = b.getShort(b.position()) & 0xffff;
            int t = b.getShort(b.position() + 2) & 0x3fff;
            if (len < 4 || len > b.remaining()) {
                return -1;
            }
            if (t == type && len == 8) {
                return ByteBuffer.wrap(data, b.position() + 4, 4).getInt();
            }
            b.position(b.position() + ((len + 3) & ~3));
        }
        return -1;
    }

    private static Cidr prefix(byte[] data, int length, byte[] mask) {
        if (data.length != length) {
            return null;
        }
        byte[] a = new byte[4];
        System.arraycopy(data, 0, a, 0, length);
        int bits = length * 8;
        if (mask != null) {
            bits = 0;
            for (byte m : mask) {
                bits += Integer.bitCount(m & 0xff);
            }
        }
        try {
            return new Cidr(Inet4Address.getByAddress(a), bits);
        } catch (UnknownHostException ex) {
            return null;
        }
    }

    /** The interface a rule of the lab's loss chains names ({@code iifname}/{@code oifname}), or {@code null}. */
    private static String ifname(Rule r) {
        List<Expr> e = r.expressions();
        if (e.size() >= 2 && e.get(0) instanceof Meta m && (m.key() == Meta.Key.IIFNAME || m.key() == Meta.Key.OIFNAME)
                && e.get(1) instanceof Cmp c) {
            byte[] d = c.data();
            int n = 0;
            while (n < d.length && d[n] != 0) {
                n++;
            }
            return new String(d, 0, n, java.nio.charset.StandardCharsets.UTF_8);
        }
        return null;
    }
}
