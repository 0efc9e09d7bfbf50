package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.internal.NfTables.*;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.MessageWriter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * {@code cmp OP reg SREG DATA}: compares a register; the rule stops here when false.
 *
 * @param op   the comparison
 * @param sreg the register compared
 * @param data the value compared with, as many bytes as the register holds
 */
public record Cmp(Op op, int sreg, byte[] data) implements Expr {
    /** Checks the operator and the 1..64 data bytes; keeps a copy. */
    public Cmp {
        Objects.requireNonNull(op, "cmp op");
        if (data == null || data.length < 1 || data.length > 64) {
            throw new IllegalArgumentException("cmp data must be 1..64 bytes");
        }
        data = data.clone();
    }

    /** Comparison operators ({@code NFT_CMP_*}); lt/gt compare the bytes as a big-endian number. */
    public enum Op implements Coded {
        /** {@code ==}. */
        EQ(NFT_CMP_EQ),
        /** {@code !=}. */
        NEQ(NFT_CMP_NEQ),
        /** {@code <}. */
        LT(NFT_CMP_LT),
        /** {@code <=}. */
        LTE(NFT_CMP_LTE),
        /** {@code >}. */
        GT(NFT_CMP_GT),
        /** {@code >=}. */
        GTE(NFT_CMP_GTE);

        private final int code;

        Op(int code) {
            this.code = code;
        }

        /** {@code NFT_CMP_*}. */
        @Override
        public int code() {
            return code;
        }

        /** The operator with code {@code c}, or {@code null}. */
        public static Op of(int c) {
            return Coded.find(values(), c);
        }
    }

    /** A copy of the data. */
    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public String kernelName() {
        return "cmp";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cmp c && c.op == op && c.sreg == sreg && Arrays.equals(c.data, data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(op, sreg, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "Cmp[" + op + " reg " + sreg + " 0x" + HexFormat.of().formatHex(data) + "]";
    }

    void encode(MessageWriter w) {
        w.putU32be(NFTA_CMP_SREG, sreg);
        w.putU32be(NFTA_CMP_OP, op.code());
        ExprCodec.putValue(w, NFTA_CMP_DATA, data);
    }

    static Cmp decode(Attributes a) {
        int sreg = -1;
        Op op = null;
        byte[] data = null;
        while (a.next()) {
            switch (a.type()) {
                case NFTA_CMP_SREG -> sreg = a.u32be();
                case NFTA_CMP_OP -> op = Op.of(a.u32be());
                case NFTA_CMP_DATA -> data = ExprCodec.value(a.nested());
                default -> {
                    return null;
                }
            }
        }
        return op == null || data == null || sreg < 0 ? null : new Cmp(op, sreg, data);
    }
}
