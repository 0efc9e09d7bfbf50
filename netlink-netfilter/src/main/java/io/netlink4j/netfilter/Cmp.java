package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.uapi.NfTablesH.*;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.MessageWriter;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code cmp OP reg SREG DATA}: compares a register; the rule stops here when false.
 *
 * @param op   the comparison
 * @param sreg the register compared
 * @param data the value compared with, 1..64 bytes, as many as the register holds
 */
public record Cmp(Op op, int sreg, byte[] data) implements Expr {
    /** Checks the operator and the 1..64 data bytes; keeps a copy. */
    public Cmp {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(data, "data");
        if (!ExprCodec.fits(data)) {
            throw new IllegalArgumentException("cmp data of " + data.length + " bytes: must be 1..64");
        }
        data = data.clone();
    }

    /** Comparison operators ({@code NFT_CMP_*}); lt/gt compare the bytes as a big-endian number. */
    public enum Op {
        /** {@code ==}. */
        EQ(NFT_CMP_EQ, "eq", ""),
        /** {@code !=}. */
        NEQ(NFT_CMP_NEQ, "neq", "!= "),
        /** {@code <}. */
        LT(NFT_CMP_LT, "lt", "< "),
        /** {@code <=}. */
        LTE(NFT_CMP_LTE, "lte", "<= "),
        /** {@code >}. */
        GT(NFT_CMP_GT, "gt", "> "),
        /** {@code >=}. */
        GTE(NFT_CMP_GTE, "gte", ">= ");

        private final int code;
        private final String word;
        private final String symbol;

        Op(int code, String word, String symbol) {
            this.code = code;
            this.word = word;
            this.symbol = symbol;
        }

        /**
         * {@code NFT_CMP_*}.
         *
         * @return the kernel's number
         */
        public int code() {
            return code;
        }

        /**
         * The operator with code {@code code}, or empty.
         *
         * @param code the kernel's number
         * @return the constant, or empty for a number this enum does not name
         */
        public static Optional<Op> fromCode(int code) {
            for (Op o : values()) {
                if (o.code == code) {
                    return Optional.of(o);
                }
            }
            return Optional.empty();
        }

        /** What {@code nft} writes before a value: nothing for {@code ==}, {@code "!= "} and so on. */
        String symbol() {
            return symbol;
        }

        /** The word {@code nft --debug=netlink} uses: {@code "eq"}, {@code "neq"}... */
        @Override
        public String toString() {
            return word;
        }
    }

    /**
     * A copy of the data.
     *
     * @return a copy
     */
    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public String kernelName() {
        return "cmp";
    }

    /** Equal operator, register and data bytes. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Cmp c && c.op == op && c.sreg == sreg && Arrays.equals(c.data, data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(op, sreg, Arrays.hashCode(data));
    }

    /** {@code [ cmp eq reg 1 0x0000f40a ]}. */
    @Override
    public String toString() {
        return "[ cmp " + op + " reg " + sreg + " " + ExprCodec.words(data) + " ]";
    }

    void encode(MessageWriter w) {
        w.putU32be(NFTA_CMP_SREG, sreg);
        w.putU32be(NFTA_CMP_OP, op.code());
        ExprCodec.putValue(w, NFTA_CMP_DATA, data);
    }

    static Cmp decode(Attributes a) {
        int sreg = -1;
        int op = -1;
        byte[] data = null;
        while (a.next()) {
            switch (a.type()) {
                case NFTA_CMP_SREG -> sreg = a.u32be();
                case NFTA_CMP_OP -> op = a.u32be();
                case NFTA_CMP_DATA -> data = ExprCodec.value(a.nested());
                default -> {
                    return null;
                }
            }
        }
        Optional<Op> o = Op.fromCode(op);
        return o.isEmpty() || !ExprCodec.fits(data) || sreg < 0 ? null : new Cmp(o.get(), sreg, data);
    }
}
