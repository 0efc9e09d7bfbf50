package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.internal.NfTables.*;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.MessageWriter;
import java.util.Objects;

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
public record Nat(Type type, Family family, int addrMinReg, int addrMaxReg, int protoMinReg, int protoMaxReg, int flags)
        implements Expr {
    /** Checks type and family. */
    public Nat {
        Objects.requireNonNull(type, "nat type");
        if (family != Family.IP && family != Family.IP6) {
            throw new IllegalArgumentException("nat family must be ip or ip6, not " + family);
        }
    }

    /** {@code NFT_NAT_SNAT} or {@code NFT_NAT_DNAT}. */
    public enum Type implements Coded {
        /** Source NAT. */
        SNAT(NFT_NAT_SNAT),
        /** Destination NAT. */
        DNAT(NFT_NAT_DNAT);

        private final int code;

        Type(int code) {
            this.code = code;
        }

        /** {@code NFT_NAT_*}. */
        @Override
        public int code() {
            return code;
        }

        /** The type with code {@code c}, or {@code null}. */
        public static Type of(int c) {
            return Coded.find(values(), c);
        }
    }

    @Override
    public String kernelName() {
        return "nat";
    }

    void encode(MessageWriter w) {
        w.putU32be(NFTA_NAT_TYPE, type.code());
        w.putU32be(NFTA_NAT_FAMILY, family.code());
        ExprCodec.putNonZero(w, NFTA_NAT_REG_ADDR_MIN, addrMinReg);
        ExprCodec.putNonZero(w, NFTA_NAT_REG_ADDR_MAX, addrMaxReg);
        ExprCodec.putNonZero(w, NFTA_NAT_REG_PROTO_MIN, protoMinReg);
        ExprCodec.putNonZero(w, NFTA_NAT_REG_PROTO_MAX, protoMaxReg);
        ExprCodec.putNonZero(w, NFTA_NAT_FLAGS, flags);
    }

    static Nat decode(Attributes a) {
        Type type = null;
        Family family = null;
        int addrMin = 0;
        int addrMax = 0;
        int protoMin = 0;
        int protoMax = 0;
        int flags = 0;
        while (a.next()) {
            switch (a.type()) {
                case NFTA_NAT_TYPE -> type = Type.of(a.u32be());
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
        return type == null || family == null ? null : new Nat(type, family, addrMin, addrMax, protoMin, protoMax, flags);
    }
}
