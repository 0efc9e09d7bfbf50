package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.internal.NfTables.*;
import static io.netlink4j.netfilter.internal.Netfilter.NF_ACCEPT;
import static io.netlink4j.netfilter.internal.Netfilter.NF_DROP;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One kernel expression of a rule, exactly as the kernel stores it: a rule is a list of these,
 * run in order on registers. {@code nft --debug=netlink} prints the same list; for example
 * {@code oifname "eth0" masquerade} is
 * <pre>
 *   [ meta load oifname =&gt; reg 1 ]                        new Meta(Meta.Key.OIFNAME, REG_1)
 *   [ cmp eq reg 1 0x30687465 0x00000000 0x0 0x0 ]       new Cmp(Cmp.Op.EQ, REG_1, "eth0\0..." (16 bytes))
 *   [ masq ]                                             Masquerade.plain()
 * </pre>
 * {@link RuleBuilder} writes these lists for the usual matches the way {@code nft} does; the
 * records are for everything else and for reading rules back ({@link Nftables#listRules}).
 * An expression this hierarchy does not model is read back as {@link Unknown}, bytes kept, and
 * written again unchanged.
 *
 * <p>Registers: {@link #REG_VERDICT} holds the verdict; {@link #REG_1}..{@link #REG_4} are the
 * 16-byte data registers {@code nft} uses.
 */
public sealed interface Expr permits Expr.Meta, Expr.Payload, Expr.Bitwise, Expr.Cmp, Expr.Immediate, Expr.Verdict,
        Expr.Counter, Expr.Ct, Expr.Masquerade, Expr.Nat, Expr.Unknown {

    /** {@code NFT_REG_VERDICT}. */
    int REG_VERDICT = NFT_REG_VERDICT;
    /** {@code NFT_REG_1}. */
    int REG_1 = NFT_REG_1;
    /** {@code NFT_REG_2}. */
    int REG_2 = NFT_REG_2;
    /** {@code NFT_REG_3}. */
    int REG_3 = NFT_REG_3;
    /** {@code NFT_REG_4}. */
    int REG_4 = NFT_REG_4;

    /** The kernel's name of the expression ({@code NFTA_EXPR_NAME}): {@code "meta"}, {@code "cmp"}... */
    String kernelName();

    /**
     * {@code meta load KEY => reg DREG}: packet metadata into a register.
     *
     * @param key  what to load
     * @param dreg the register it goes to
     */
    record Meta(Key key, int dreg) implements Expr {
        /** Checks the key. */
        public Meta {
            Objects.requireNonNull(key, "meta key");
        }

        /** The metadata keys ({@code NFT_META_*}). */
        public enum Key {
            /** Packet length. */
            LEN(NFT_META_LEN),
            /** Ethertype, network order, 2 bytes. */
            PROTOCOL(NFT_META_PROTOCOL),
            /** Packet mark, host order, 4 bytes. */
            MARK(NFT_META_MARK),
            /** Input interface index, 4 bytes. */
            IIF(NFT_META_IIF),
            /** Output interface index, 4 bytes. */
            OIF(NFT_META_OIF),
            /** Input interface name, 16 bytes ({@code IFNAMSIZ}). */
            IIFNAME(NFT_META_IIFNAME),
            /** Output interface name, 16 bytes. */
            OIFNAME(NFT_META_OIFNAME),
            /** Input interface type ({@code ARPHRD_*}), 2 bytes. */
            IIFTYPE(NFT_META_IIFTYPE),
            /** Output interface type, 2 bytes. */
            OIFTYPE(NFT_META_OIFTYPE),
            /** Layer-3 protocol ({@code NFPROTO_*}), 1 byte: the dependency of {@code ip saddr} in inet tables. */
            NFPROTO(NFT_META_NFPROTO),
            /** Layer-4 protocol ({@code IPPROTO_*}), 1 byte. */
            L4PROTO(NFT_META_L4PROTO),
            /** Socket owner uid, 4 bytes. */
            SKUID(NFT_META_SKUID),
            /** Socket owner gid, 4 bytes. */
            SKGID(NFT_META_SKGID);

            private final int code;

            Key(int code) {
                this.code = code;
            }

            /** {@code NFT_META_*}. */
            public int code() {
                return code;
            }

            /** The key with code {@code c}, or {@code null}. */
            public static Key of(int c) {
                for (Key k : values()) {
                    if (k.code == c) {
                        return k;
                    }
                }
                return null;
            }
        }

        @Override
        public String kernelName() {
            return "meta";
        }
    }

    /**
     * {@code payload load LEN b @ BASE header + OFFSET => reg DREG}: packet bytes into a register.
     *
     * @param base   the header the offset counts from
     * @param offset byte offset in that header ({@code ip saddr}: 12)
     * @param length bytes to load
     * @param dreg   the register they go to
     */
    record Payload(Base base, int offset, int length, int dreg) implements Expr {
        /** Checks the base and the sizes. */
        public Payload {
            Objects.requireNonNull(base, "payload base");
            if (offset < 0 || length < 1 || length > 64) {
                throw new IllegalArgumentException("payload offset " + offset + " length " + length
                        + ": offset must be >= 0 and length 1..64");
            }
        }

        /** Which header the offset counts from ({@code NFT_PAYLOAD_*_HEADER}). */
        public enum Base {
            /** Link layer. */
            LINK(NFT_PAYLOAD_LL_HEADER),
            /** Network layer (IP header). */
            NETWORK(NFT_PAYLOAD_NETWORK_HEADER),
            /** Transport layer (TCP/UDP header). */
            TRANSPORT(NFT_PAYLOAD_TRANSPORT_HEADER),
            /** Inner header. */
            INNER(NFT_PAYLOAD_INNER_HEADER);

            private final int code;

            Base(int code) {
                this.code = code;
            }

            /** {@code NFT_PAYLOAD_*_HEADER}. */
            public int code() {
                return code;
            }

            /** The base with code {@code c}, or {@code null}. */
            public static Base of(int c) {
                for (Base b : values()) {
                    if (b.code == c) {
                        return b;
                    }
                }
                return null;
            }
        }

        @Override
        public String kernelName() {
            return "payload";
        }
    }

    /**
     * {@code bitwise reg DREG = (reg SREG & MASK) ^ XOR}: masks, for prefixes and flag sets.
     *
     * @param sreg source register
     * @param dreg destination register
     * @param mask AND mask; its length is the number of bytes worked on
     * @param xor  XOR value, as long as the mask
     */
    record Bitwise(int sreg, int dreg, byte[] mask, byte[] xor) implements Expr {
        /** Checks that mask and xor have the same 1..64 bytes; keeps copies. */
        public Bitwise {
            if (mask == null || xor == null || mask.length != xor.length || mask.length < 1 || mask.length > 64) {
                throw new IllegalArgumentException("bitwise mask and xor must both be 1..64 bytes, of equal length");
            }
            mask = mask.clone();
            xor = xor.clone();
        }

        /** A copy of the mask. */
        @Override
        public byte[] mask() {
            return mask.clone();
        }

        /** A copy of the xor value. */
        @Override
        public byte[] xor() {
            return xor.clone();
        }

        @Override
        public String kernelName() {
            return "bitwise";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bitwise b && b.sreg == sreg && b.dreg == dreg && Arrays.equals(b.mask, mask)
                    && Arrays.equals(b.xor, xor);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sreg, dreg, Arrays.hashCode(mask), Arrays.hashCode(xor));
        }

        @Override
        public String toString() {
            return "Bitwise[reg " + dreg + " = (reg " + sreg + " & 0x" + HexFormat.of().formatHex(mask) + ") ^ 0x"
                    + HexFormat.of().formatHex(xor) + "]";
        }
    }

    /**
     * {@code cmp OP reg SREG DATA}: compares a register; the rule stops here when false.
     *
     * @param op   the comparison
     * @param sreg the register compared
     * @param data the value compared with, as many bytes as the register holds
     */
    record Cmp(Op op, int sreg, byte[] data) implements Expr {
        /** Checks the operator and the 1..16 data bytes; keeps a copy. */
        public Cmp {
            Objects.requireNonNull(op, "cmp op");
            if (data == null || data.length < 1 || data.length > 64) {
                throw new IllegalArgumentException("cmp data must be 1..64 bytes");
            }
            data = data.clone();
        }

        /** Comparison operators ({@code NFT_CMP_*}); lt/gt compare the bytes as a big-endian number. */
        public enum Op {
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
            public int code() {
                return code;
            }

            /** The operator with code {@code c}, or {@code null}. */
            public static Op of(int c) {
                for (Op o : values()) {
                    if (o.code == c) {
                        return o;
                    }
                }
                return null;
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
    }

    /**
     * {@code immediate reg DREG DATA}: a constant into a data register (a NAT address or port).
     *
     * @param dreg the register
     * @param data the constant, network order for addresses and ports
     */
    record Immediate(int dreg, byte[] data) implements Expr {
        /** Checks the register and the 1..16 data bytes; keeps a copy. */
        public Immediate {
            if (dreg == NFT_REG_VERDICT) {
                throw new IllegalArgumentException("immediate data cannot go to the verdict register: use Verdict");
            }
            if (data == null || data.length < 1 || data.length > 64) {
                throw new IllegalArgumentException("immediate data must be 1..64 bytes");
            }
            data = data.clone();
        }

        /** A copy of the data. */
        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public String kernelName() {
            return "immediate";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Immediate i && i.dreg == dreg && Arrays.equals(i.data, data);
        }

        @Override
        public int hashCode() {
            return Objects.hash(dreg, Arrays.hashCode(data));
        }

        @Override
        public String toString() {
            return "Immediate[reg " + dreg + " 0x" + HexFormat.of().formatHex(data) + "]";
        }
    }

    /**
     * {@code immediate reg 0 VERDICT}: the rule's decision — accept, drop, jump or goto a chain, return.
     *
     * @param kind  the verdict
     * @param chain the target of {@code JUMP} and {@code GOTO}, {@code null} for the others
     */
    record Verdict(Kind kind, String chain) implements Expr {
        /** Checks that exactly jump and goto name a chain. */
        public Verdict {
            Objects.requireNonNull(kind, "verdict kind");
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

            /** The verdict code. */
            public int code() {
                return code;
            }

            /** The kind with code {@code c}, or {@code null}. */
            public static Kind of(int c) {
                for (Kind k : values()) {
                    if (k.code == c) {
                        return k;
                    }
                }
                return null;
            }
        }

        /** {@code accept}. */
        public static Verdict accept() {
            return new Verdict(Kind.ACCEPT, null);
        }

        /** {@code drop}. */
        public static Verdict drop() {
            return new Verdict(Kind.DROP, null);
        }

        /** {@code return}. */
        public static Verdict ret() {
            return new Verdict(Kind.RETURN, null);
        }

        /** {@code jump CHAIN}. */
        public static Verdict jump(String chain) {
            return new Verdict(Kind.JUMP, chain);
        }

        /** {@code goto CHAIN}. */
        public static Verdict goTo(String chain) {
            return new Verdict(Kind.GOTO, chain);
        }

        @Override
        public String kernelName() {
            return "immediate";
        }
    }

    /**
     * {@code counter packets P bytes B}; a new counter starts from the given values (usually 0).
     *
     * @param packets packets counted
     * @param bytes   bytes counted
     */
    record Counter(long packets, long bytes) implements Expr {
        /** A counter from zero. */
        public static Counter zero() {
            return new Counter(0, 0);
        }

        @Override
        public String kernelName() {
            return "counter";
        }
    }

    /**
     * {@code ct load KEY => reg DREG}: connection-tracking state into a register.
     *
     * @param key  what to load
     * @param dreg the register it goes to
     */
    record Ct(Key key, int dreg) implements Expr {
        /** Checks the key. */
        public Ct {
            Objects.requireNonNull(key, "ct key");
        }

        /** Conntrack keys ({@code NFT_CT_*}) readable without a direction. */
        public enum Key {
            /** State bits, host order, 4 bytes ({@link CtState}). */
            STATE(NFT_CT_STATE),
            /** Direction, 1 byte. */
            DIRECTION(NFT_CT_DIRECTION),
            /** Status bits, 4 bytes. */
            STATUS(NFT_CT_STATUS),
            /** Connection mark, 4 bytes. */
            MARK(NFT_CT_MARK);

            private final int code;

            Key(int code) {
                this.code = code;
            }

            /** {@code NFT_CT_*}. */
            public int code() {
                return code;
            }

            /** The key with code {@code c}, or {@code null}. */
            public static Key of(int c) {
                for (Key k : values()) {
                    if (k.code == c) {
                        return k;
                    }
                }
                return null;
            }
        }

        @Override
        public String kernelName() {
            return "ct";
        }
    }

    /**
     * {@code masq}: source NAT to the address of the interface the packet leaves by.
     *
     * @param flags       {@code NF_NAT_RANGE_*} ({@code random}, {@code persistent}...), usually 0
     * @param protoMinReg register with the lowest source port to use, or 0 for none
     * @param protoMaxReg register with the highest source port, or 0 for none
     */
    record Masquerade(int flags, int protoMinReg, int protoMaxReg) implements Expr {
        /** {@code masquerade}, as {@code iptables -j MASQUERADE} and {@code nft ... masquerade} make it. */
        public static Masquerade plain() {
            return new Masquerade(0, 0, 0);
        }

        @Override
        public String kernelName() {
            return "masq";
        }
    }

    /**
     * {@code nat snat|dnat FAMILY addr_min reg A proto_min reg P flags F}: rewrites the source or
     * destination to the address (and port) loaded into registers by {@link Immediate}s before it.
     *
     * @param type        source or destination NAT
     * @param family      family of the address ({@link Family#IP} or {@link Family#IP6})
     * @param addrMinReg  register with the (lowest) address, 0 for none
     * @param addrMaxReg  register with the highest address of a range, 0 for none
     * @param protoMinReg register with the (lowest) port, 0 for none
     * @param protoMaxReg register with the highest port of a range, 0 for none
     * @param flags       {@code NF_NAT_RANGE_*}; the kernel adds {@code MAP_IPS} and
     *                    {@code PROTO_SPECIFIED} when address or port registers are given, and
     *                    reports them back
     */
    record Nat(Type type, Family family, int addrMinReg, int addrMaxReg, int protoMinReg, int protoMaxReg, int flags)
            implements Expr {
        /** Checks type and family. */
        public Nat {
            Objects.requireNonNull(type, "nat type");
            if (family != Family.IP && family != Family.IP6) {
                throw new IllegalArgumentException("nat family must be ip or ip6, not " + family);
            }
        }

        /** {@code NFT_NAT_SNAT} or {@code NFT_NAT_DNAT}. */
        public enum Type {
            /** Source NAT. */
            SNAT(NFT_NAT_SNAT),
            /** Destination NAT. */
            DNAT(NFT_NAT_DNAT);

            private final int code;

            Type(int code) {
                this.code = code;
            }

            /** {@code NFT_NAT_*}. */
            public int code() {
                return code;
            }

            /** The type with code {@code c}, or {@code null}. */
            public static Type of(int c) {
                return c == NFT_NAT_SNAT ? SNAT : c == NFT_NAT_DNAT ? DNAT : null;
            }
        }

        @Override
        public String kernelName() {
            return "nat";
        }
    }

    /**
     * An expression this library does not model, or models only partly (a {@code meta set}, say):
     * its name and its {@code NFTA_EXPR_DATA} attributes as the kernel sent them. Writing it back
     * sends the same bytes.
     *
     * @param name the kernel's expression name ({@code "limit"}, {@code "log"}...)
     * @param data the {@code NFTA_EXPR_DATA} payload: the expression's own attributes
     */
    record Unknown(String name, byte[] data) implements Expr {
        /** Keeps copies. */
        public Unknown {
            Objects.requireNonNull(name, "expression name");
            data = data == null ? new byte[0] : data.clone();
        }

        /** A copy of the raw attributes. */
        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public String kernelName() {
            return name;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Unknown u && u.name.equals(name) && Arrays.equals(u.data, data);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, Arrays.hashCode(data));
        }

        @Override
        public String toString() {
            return "Unknown[" + name + " 0x" + HexFormat.of().formatHex(data) + "]";
        }
    }
}
