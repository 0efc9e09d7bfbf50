package io.netlink4j.netfilter.internal;

import static io.netlink4j.netfilter.internal.NfTables.*;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.netfilter.Expr;
import io.netlink4j.netfilter.Family;

/**
 * Encodes {@link Expr}s as {@code NFTA_LIST_ELEM { NFTA_EXPR_NAME, NFTA_EXPR_DATA { ... } }} and
 * decodes them back. Numbers in expression attributes are big-endian ({@code NLA_BE32}), as
 * {@code nf_tables_api.c} reads them. An expression whose attributes or values fall outside what
 * the records model decodes to {@link Expr.Unknown} with its raw bytes, so nothing is lost.
 */
public final class ExprCodec {
    private ExprCodec() {}

    /** Appends one {@code NFTA_LIST_ELEM}. */
    public static void write(MessageWriter w, Expr e) {
        int elem = w.beginNested(NFTA_LIST_ELEM);
        w.putString(NFTA_EXPR_NAME, e.kernelName());
        int data = w.beginNested(NFTA_EXPR_DATA);
        switch (e) {
            case Expr.Meta m -> {
                w.putU32be(NFTA_META_DREG, m.dreg());
                w.putU32be(NFTA_META_KEY, m.key().code());
            }
            case Expr.Payload p -> {
                w.putU32be(NFTA_PAYLOAD_DREG, p.dreg());
                w.putU32be(NFTA_PAYLOAD_BASE, p.base().code());
                w.putU32be(NFTA_PAYLOAD_OFFSET, p.offset());
                w.putU32be(NFTA_PAYLOAD_LEN, p.length());
            }
            case Expr.Bitwise b -> {
                w.putU32be(NFTA_BITWISE_SREG, b.sreg());
                w.putU32be(NFTA_BITWISE_DREG, b.dreg());
                w.putU32be(NFTA_BITWISE_LEN, b.mask().length);
                value(w, NFTA_BITWISE_MASK, b.mask());
                value(w, NFTA_BITWISE_XOR, b.xor());
            }
            case Expr.Cmp c -> {
                w.putU32be(NFTA_CMP_SREG, c.sreg());
                w.putU32be(NFTA_CMP_OP, c.op().code());
                value(w, NFTA_CMP_DATA, c.data());
            }
            case Expr.Immediate i -> {
                w.putU32be(NFTA_IMMEDIATE_DREG, i.dreg());
                value(w, NFTA_IMMEDIATE_DATA, i.data());
            }
            case Expr.Verdict v -> {
                w.putU32be(NFTA_IMMEDIATE_DREG, NFT_REG_VERDICT);
                int d = w.beginNested(NFTA_IMMEDIATE_DATA);
                int verdict = w.beginNested(NFTA_DATA_VERDICT);
                w.putU32be(NFTA_VERDICT_CODE, v.kind().code());
                if (v.chain() != null) {
                    w.putString(NFTA_VERDICT_CHAIN, v.chain());
                }
                w.endNested(verdict);
                w.endNested(d);
            }
            case Expr.Counter c -> {
                w.putU64be(NFTA_COUNTER_BYTES, c.bytes());
                w.putU64be(NFTA_COUNTER_PACKETS, c.packets());
            }
            case Expr.Ct c -> {
                w.putU32be(NFTA_CT_DREG, c.dreg());
                w.putU32be(NFTA_CT_KEY, c.key().code());
            }
            case Expr.Masquerade m -> {
                if (m.flags() != 0) {
                    w.putU32be(NFTA_MASQ_FLAGS, m.flags());
                }
                putReg(w, NFTA_MASQ_REG_PROTO_MIN, m.protoMinReg());
                putReg(w, NFTA_MASQ_REG_PROTO_MAX, m.protoMaxReg());
            }
            case Expr.Nat n -> {
                w.putU32be(NFTA_NAT_TYPE, n.type().code());
                w.putU32be(NFTA_NAT_FAMILY, n.family().code());
                putReg(w, NFTA_NAT_REG_ADDR_MIN, n.addrMinReg());
                putReg(w, NFTA_NAT_REG_ADDR_MAX, n.addrMaxReg());
                putReg(w, NFTA_NAT_REG_PROTO_MIN, n.protoMinReg());
                putReg(w, NFTA_NAT_REG_PROTO_MAX, n.protoMaxReg());
                if (n.flags() != 0) {
                    w.putU32be(NFTA_NAT_FLAGS, n.flags());
                }
            }
            case Expr.Unknown u -> w.bytes(u.data());
        }
        w.endNested(data);
        w.endNested(elem);
    }

    private static void putReg(MessageWriter w, int type, int reg) {
        if (reg != 0) {
            w.putU32be(type, reg);
        }
    }

    /** {@code NFTA_DATA_VALUE} nested in {@code type}. */
    private static void value(MessageWriter w, int type, byte[] b) {
        int d = w.beginNested(type);
        w.putBytes(NFTA_DATA_VALUE, b);
        w.endNested(d);
    }

    /** Decodes the attributes inside one {@code NFTA_LIST_ELEM}. */
    public static Expr read(Attributes elem) {
        String name = null;
        byte[] raw = new byte[0];
        Attributes data = null;
        while (elem.next()) {
            switch (elem.type()) {
                case NFTA_EXPR_NAME -> name = elem.string();
                case NFTA_EXPR_DATA -> {
                    raw = elem.bytes();
                    data = elem.nested();
                }
                default -> { }
            }
        }
        if (name == null) {
            name = "?";
        }
        Expr e = null;
        if (data != null) {
            try {
                e = decode(name, data);
            } catch (IllegalArgumentException notModelled) {
                e = null; // values the records reject (a 65-byte concatenation, say) stay raw
            }
        }
        return e != null ? e : new Expr.Unknown(name, raw);
    }

    /** The modelled form, or {@code null} if anything in {@code a} is outside the model. */
    private static Expr decode(String name, Attributes a) {
        return switch (name) {
            case "meta" -> meta(a);
            case "payload" -> payload(a);
            case "bitwise" -> bitwise(a);
            case "cmp" -> cmp(a);
            case "immediate" -> immediate(a);
            case "counter" -> counter(a);
            case "ct" -> ct(a);
            case "masq" -> masq(a);
            case "nat" -> nat(a);
            default -> null;
        };
    }

    private static Expr meta(Attributes a) {
        int dreg = -1;
        Expr.Meta.Key key = null;
        while (a.next()) {
            switch (a.type()) {
                case NFTA_META_DREG -> dreg = a.u32be();
                case NFTA_META_KEY -> key = Expr.Meta.Key.of(a.u32be());
                default -> {
                    return null; // NFTA_META_SREG: a "meta set", not modelled
                }
            }
        }
        return key == null || dreg < 0 ? null : new Expr.Meta(key, dreg);
    }

    private static Expr payload(Attributes a) {
        int dreg = -1;
        int base = -1;
        int offset = -1;
        int len = -1;
        while (a.next()) {
            switch (a.type()) {
                case NFTA_PAYLOAD_DREG -> dreg = a.u32be();
                case NFTA_PAYLOAD_BASE -> base = a.u32be();
                case NFTA_PAYLOAD_OFFSET -> offset = a.u32be();
                case NFTA_PAYLOAD_LEN -> len = a.u32be();
                default -> {
                    return null; // a payload write (SREG, checksums)
                }
            }
        }
        Expr.Payload.Base b = Expr.Payload.Base.of(base);
        return b == null || dreg < 0 ? null : new Expr.Payload(b, offset, len, dreg);
    }

    private static Expr bitwise(Attributes a) {
        int sreg = -1;
        int dreg = -1;
        byte[] mask = null;
        byte[] xor = null;
        while (a.next()) {
            switch (a.type()) {
                case NFTA_BITWISE_SREG -> sreg = a.u32be();
                case NFTA_BITWISE_DREG -> dreg = a.u32be();
                case NFTA_BITWISE_LEN -> { }
                case NFTA_BITWISE_OP -> {
                    if (a.u32be() != NFT_BITWISE_BOOL) {
                        return null; // shifts are not modelled
                    }
                }
                case NFTA_BITWISE_MASK -> mask = value(a.nested());
                case NFTA_BITWISE_XOR -> xor = value(a.nested());
                default -> {
                    return null;
                }
            }
        }
        return mask == null || xor == null || sreg < 0 || dreg < 0 ? null : new Expr.Bitwise(sreg, dreg, mask, xor);
    }

    private static Expr cmp(Attributes a) {
        int sreg = -1;
        Expr.Cmp.Op op = null;
        byte[] data = null;
        while (a.next()) {
            switch (a.type()) {
                case NFTA_CMP_SREG -> sreg = a.u32be();
                case NFTA_CMP_OP -> op = Expr.Cmp.Op.of(a.u32be());
                case NFTA_CMP_DATA -> data = value(a.nested());
                default -> {
                    return null;
                }
            }
        }
        return op == null || data == null || sreg < 0 ? null : new Expr.Cmp(op, sreg, data);
    }

    private static Expr immediate(Attributes a) {
        int dreg = -1;
        byte[] value = null;
        Expr.Verdict verdict = null;
        while (a.next()) {
            switch (a.type()) {
                case NFTA_IMMEDIATE_DREG -> dreg = a.u32be();
                case NFTA_IMMEDIATE_DATA -> {
                    Attributes d = a.nested();
                    while (d.next()) {
                        switch (d.type()) {
                            case NFTA_DATA_VALUE -> value = d.bytes();
                            case NFTA_DATA_VERDICT -> verdict = verdict(d.nested());
                            default -> {
                                return null;
                            }
                        }
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        if (dreg == NFT_REG_VERDICT) {
            return verdict;
        }
        return value == null || dreg < 0 ? null : new Expr.Immediate(dreg, value);
    }

    private static Expr.Verdict verdict(Attributes v) {
        Expr.Verdict.Kind kind = null;
        String chain = null;
        while (v.next()) {
            switch (v.type()) {
                case NFTA_VERDICT_CODE -> kind = Expr.Verdict.Kind.of(v.u32be());
                case NFTA_VERDICT_CHAIN -> chain = v.string();
                default -> {
                    return null; // NFTA_VERDICT_CHAIN_ID only exists inside a batch
                }
            }
        }
        return kind == null ? null : new Expr.Verdict(kind, chain);
    }

    private static Expr counter(Attributes a) {
        long bytes = 0;
        long packets = 0;
        while (a.next()) {
            switch (a.type()) {
                case NFTA_COUNTER_BYTES -> bytes = a.u64be();
                case NFTA_COUNTER_PACKETS -> packets = a.u64be();
                case NFTA_COUNTER_PAD -> { }
                default -> {
                    return null;
                }
            }
        }
        return new Expr.Counter(packets, bytes);
    }

    private static Expr ct(Attributes a) {
        int dreg = -1;
        Expr.Ct.Key key = null;
        while (a.next()) {
            switch (a.type()) {
                case NFTA_CT_DREG -> dreg = a.u32be();
                case NFTA_CT_KEY -> key = Expr.Ct.Key.of(a.u32be());
                default -> {
                    return null; // direction-qualified keys and "ct set"
                }
            }
        }
        return key == null || dreg < 0 ? null : new Expr.Ct(key, dreg);
    }

    private static Expr masq(Attributes a) {
        int flags = 0;
        int min = 0;
        int max = 0;
        while (a.next()) {
            switch (a.type()) {
                case NFTA_MASQ_FLAGS -> flags = a.u32be();
                case NFTA_MASQ_REG_PROTO_MIN -> min = a.u32be();
                case NFTA_MASQ_REG_PROTO_MAX -> max = a.u32be();
                default -> {
                    return null;
                }
            }
        }
        return new Expr.Masquerade(flags, min, max);
    }

    private static Expr nat(Attributes a) {
        Expr.Nat.Type type = null;
        Family family = null;
        int addrMin = 0;
        int addrMax = 0;
        int protoMin = 0;
        int protoMax = 0;
        int flags = 0;
        while (a.next()) {
            switch (a.type()) {
                case NFTA_NAT_TYPE -> type = Expr.Nat.Type.of(a.u32be());
                case NFTA_NAT_FAMILY -> family = Family.ofCode(a.u32be());
                case NFTA_NAT_REG_ADDR_MIN -> addrMin = a.u32be();
                case NFTA_NAT_REG_ADDR_MAX -> addrMax = a.u32be();
                case NFTA_NAT_REG_PROTO_MIN -> protoMin = a.u32be();
                case NFTA_NAT_REG_PROTO_MAX -> protoMax = a.u32be();
                case NFTA_NAT_FLAGS -> flags = a.u32be();
                default -> {
                    return null;
                }
            }
        }
        return type == null || family == null ? null
                : new Expr.Nat(type, family, addrMin, addrMax, protoMin, protoMax, flags);
    }

    /** The bytes of the {@code NFTA_DATA_VALUE} in a data attribute, or {@code null}. */
    private static byte[] value(Attributes d) {
        byte[] v = null;
        while (d.next()) {
            if (d.type() == NFTA_DATA_VALUE) {
                v = d.bytes();
            }
        }
        return v;
    }
}
