package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.uapi.NetfilterH.NF_ACCEPT;
import static io.netlink4j.netfilter.uapi.NetfilterH.NF_DROP;
import static io.netlink4j.netfilter.uapi.NfTablesH.*;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.MessageWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code immediate reg 0 VERDICT}: the rule's decision — accept, drop, jump or goto a chain,
 * return. On the wire an {@code immediate} into the verdict register.
 *
 * @param kind  the verdict
 * @param chain the target of {@code JUMP} and {@code GOTO}, {@code null} for the others
 */
public record Verdict(Kind kind, String chain) implements Expr {
    /** Checks that exactly jump and goto name a chain. */
    public Verdict {
        Objects.requireNonNull(kind, "kind");
        boolean needs = kind == Kind.JUMP || kind == Kind.GOTO;
        if (needs != (chain != null)) {
            throw new IllegalArgumentException(needs ? "verdict " + kind + " needs a target chain"
                    : "verdict " + kind + " takes no chain (got '" + chain + "')");
        }
        if (chain != null) {
            Names.checkChain(chain);
        }
    }

    /** Verdicts ({@code NF_ACCEPT}, {@code NF_DROP}, {@code NFT_JUMP}...). */
    public enum Kind {
        /** {@code accept}. */
        ACCEPT(NF_ACCEPT),
        /** {@code drop}. */
        DROP(NF_DROP),
        /** {@code continue}. */
        CONTINUE(NFT_CONTINUE),
        /** {@code break}. */
        BREAK(NFT_BREAK),
        /** {@code jump CHAIN}: run CHAIN, then come back. */
        JUMP(NFT_JUMP),
        /** {@code goto CHAIN}: run CHAIN, do not come back. */
        GOTO(NFT_GOTO),
        /** {@code return}: back to the chain that jumped here. */
        RETURN(NFT_RETURN);

        private final int code;

        Kind(int code) {
            this.code = code;
        }

        /**
         * The verdict code ({@code NF_ACCEPT}, {@code NFT_JUMP}...).
         *
         * @return the kernel's number
         */
        public int code() {
            return code;
        }

        /**
         * The kind with code {@code code}, or empty.
         *
         * @param code the kernel's number
         * @return the constant, or empty for a number this enum does not name
         */
        public static Optional<Kind> fromCode(int code) {
            for (Kind k : values()) {
                if (k.code == code) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }

        /** The word {@code nft} uses: {@code "accept"}, {@code "goto"}. */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * {@code accept}.
     *
     * @return the expression
     */
    public static Verdict accept() {
        return new Verdict(Kind.ACCEPT, null);
    }

    /**
     * {@code drop}.
     *
     * @return the expression
     */
    public static Verdict drop() {
        return new Verdict(Kind.DROP, null);
    }

    /**
     * {@code return}.
     *
     * @return the expression
     */
    public static Verdict ret() {
        return new Verdict(Kind.RETURN, null);
    }

    /**
     * {@code jump CHAIN}.
     *
     * @param chain the target chain's name
     * @return the expression
     */
    public static Verdict jump(String chain) {
        return new Verdict(Kind.JUMP, Objects.requireNonNull(chain, "chain"));
    }

    /**
     * {@code goto CHAIN}.
     *
     * @param chain the target chain's name
     * @return the expression
     */
    public static Verdict goTo(String chain) {
        return new Verdict(Kind.GOTO, Objects.requireNonNull(chain, "chain"));
    }

    @Override
    public String kernelName() {
        return "immediate";
    }

    /** The verdict as {@code nft} writes it in a rule: {@code accept}, {@code jump other}. */
    String nftText() {
        return chain == null ? kind.toString() : kind + " " + chain;
    }

    /** {@code [ immediate reg 0 jump -> other ]}. */
    @Override
    public String toString() {
        return "[ immediate reg 0 " + (chain == null ? kind : kind + " -> " + chain) + " ]";
    }

    void encode(MessageWriter w) {
        w.putU32be(NFTA_IMMEDIATE_DREG, NFT_REG_VERDICT);
        int d = w.beginNested(NFTA_IMMEDIATE_DATA);
        int verdict = w.beginNested(NFTA_DATA_VERDICT);
        w.putU32be(NFTA_VERDICT_CODE, kind.code());
        if (chain != null) {
            w.putString(NFTA_VERDICT_CHAIN, chain);
        }
        w.endNested(verdict);
        w.endNested(d);
    }

    /** The {@code NFTA_DATA_VERDICT} attributes, or {@code null} outside the model. */
    static Verdict decode(Attributes v) {
        int code = Integer.MIN_VALUE;
        String chain = null;
        while (v.next()) {
            switch (v.type()) {
                case NFTA_VERDICT_CODE -> code = v.u32be();
                case NFTA_VERDICT_CHAIN -> chain = v.string();
                default -> {
                    return null; // NFTA_VERDICT_CHAIN_ID only exists inside a batch
                }
            }
        }
        Optional<Kind> k = Kind.fromCode(code);
        if (k.isEmpty()) {
            return null;
        }
        boolean needs = k.get() == Kind.JUMP || k.get() == Kind.GOTO;
        return needs == (chain != null) && (!needs || Names.isChain(chain)) ? new Verdict(k.get(), chain) : null;
    }
}
