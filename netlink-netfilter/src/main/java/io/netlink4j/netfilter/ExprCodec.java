package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.uapi.NfTablesH.*;

import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.MessageWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Frames {@link Expr}s as {@code NFTA_LIST_ELEM { NFTA_EXPR_NAME, NFTA_EXPR_DATA { ... } }} and
 * picks the record that reads a name back; each record writes and reads its own
 * {@code NFTA_EXPR_DATA}, in the order {@code nft} writes them. Numbers in expression attributes
 * are big-endian ({@code NLA_BE32}), as {@code nf_tables_api.c} reads them. An expression whose
 * attributes or values fall outside what the records model decodes to {@link UnknownExpr} with
 * its raw bytes, so nothing is lost; one that breaks netlink's framing is a
 * {@link ProtocolException}.
 */
final class ExprCodec {
    private ExprCodec() {}

    /** Appends one {@code NFTA_LIST_ELEM}. */
    static void write(MessageWriter w, Expr e) {
        int elem = w.beginNested(NFTA_LIST_ELEM);
        w.putString(NFTA_EXPR_NAME, e.kernelName());
        int data = w.beginNested(NFTA_EXPR_DATA);
        switch (e) {
            case Meta m -> m.encode(w);
            case Payload p -> p.encode(w);
            case Bitwise b -> b.encode(w);
            case Cmp c -> c.encode(w);
            case Immediate i -> i.encode(w);
            case Verdict v -> v.encode(w);
            case Counter c -> c.encode(w);
            case Ct c -> c.encode(w);
            case Masquerade m -> m.encode(w);
            case Nat n -> n.encode(w);
            case UnknownExpr u -> u.encode(w);
        }
        w.endNested(data);
        w.endNested(elem);
    }

    /** Decodes the attributes inside one {@code NFTA_LIST_ELEM}. */
    static Expr read(Attributes elem) {
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
        if (name == null || name.isEmpty()) {
            throw new ProtocolException("rule expression without a name (NFTA_EXPR_NAME)");
        }
        Expr e = data == null ? null : decode(name, data);
        return e != null ? e : new UnknownExpr(name, raw);
    }

    /** The modelled form, or {@code null} if anything in {@code a} is outside the model. */
    private static Expr decode(String name, Attributes a) {
        return switch (name) {
            case "meta" -> Meta.decode(a);
            case "payload" -> Payload.decode(a);
            case "bitwise" -> Bitwise.decode(a);
            case "cmp" -> Cmp.decode(a);
            case "immediate" -> Immediate.decode(a);
            case "counter" -> Counter.decode(a);
            case "ct" -> Ct.decode(a);
            case "masq" -> Masquerade.decode(a);
            case "nat" -> Nat.decode(a);
            default -> null;
        };
    }

    /** A register or flags attribute, left out when 0 (none), as {@code nft} does. */
    static void putNonZero(MessageWriter w, int type, int value) {
        if (value != 0) {
            w.putU32be(type, value);
        }
    }

    /** {@code bytes} as an {@code NFTA_DATA_VALUE} nested in {@code type}. */
    static void putValue(MessageWriter w, int type, byte[] bytes) {
        int d = w.beginNested(type);
        w.putBytes(NFTA_DATA_VALUE, bytes);
        w.endNested(d);
    }

    /** The bytes of the {@code NFTA_DATA_VALUE} in a data attribute, or {@code null} if it holds anything else. */
    static byte[] value(Attributes d) {
        byte[] v = null;
        while (d.next()) {
            if (d.type() != NFTA_DATA_VALUE) {
                return null;
            }
            v = d.bytes();
        }
        return v;
    }

    /** Whether {@code b} has 1..64 bytes, the most a data value can hold ({@code NFT_DATA_VALUE_MAXLEN}). */
    static boolean fits(byte[] b) {
        return b != null && b.length >= 1 && b.length <= 64;
    }

    /** Data as {@code nft --debug=netlink} prints it: 32-bit words in host order, {@code 0x0000f40a}. */
    static String words(byte[] data) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < data.length; i += 4) {
            byte[] word = new byte[4];
            System.arraycopy(data, i, word, 0, Math.min(4, data.length - i));
            int v = ByteBuffer.wrap(word).order(ByteOrder.nativeOrder()).getInt();
            s.append(i == 0 ? "" : " ").append(String.format("0x%08x", v));
        }
        return s.toString();
    }
}
