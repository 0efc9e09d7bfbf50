package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.uapi.NfNatH.NF_NAT_RANGE_MAP_IPS;
import static io.netlink4j.netfilter.uapi.NfTablesH.*;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.MessageWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code nat snat|dnat FAMILY addr_min reg A proto_min reg P flags F}: rewrites the source or
 * destination to the address (and port) loaded into registers by {@link Immediate}s before it.
 *
 * <p>The record holds what the kernel lists: a single address or port is a range whose highest
 * register is the lowest's, and the flags include {@code NF_NAT_RANGE_MAP_IPS} when an address
 * is given and {@code NF_NAT_RANGE_PROTO_SPECIFIED} when a port is. The encoder leaves out what
 * the kernel infers (as {@code nft} does), so a rule read back equals the one written.
 *
 * @param type        source or destination NAT
 * @param family      family of the address ({@link Family#IP} or {@link Family#IP6})
 * @param addrMinReg  register with the (lowest) address, 0 for none
 * @param addrMaxReg  register with the highest address of a range, 0 for none
 * @param protoMinReg register with the (lowest) port, 0 for none
 * @param protoMaxReg register with the highest port of a range, 0 for none
 * @param flags       {@code NF_NAT_RANGE_*}
 */
public record Nat(Type type, Family family, int addrMinReg, int addrMaxReg, int protoMinReg, int protoMaxReg, int flags)
        implements Expr {
    /** Checks type and family. */
    public Nat {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(family, "family");
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

        /**
         * {@code NFT_NAT_*}.
         *
         * @return the kernel's number
         */
        public int code() {
            return code;
        }

        /**
         * The type with code {@code code}, or empty.
         *
         * @param code the kernel's number
         * @return the constant, or empty for a number this enum does not name
         */
        public static Optional<Type> fromCode(int code) {
            return Optional.ofNullable(code == NFT_NAT_SNAT ? SNAT : code == NFT_NAT_DNAT ? DNAT : null);
        }

        /** The word {@code nft} uses: {@code "snat"}, {@code "dnat"}. */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public String kernelName() {
        return "nat";
    }

    /** {@code [ nat dnat ip addr_min reg 1 addr_max reg 1 proto_min reg 2 proto_max reg 2 flags 0x3 ]}. */
    @Override
    public String toString() {
        return "[ nat " + type + " " + family + (addrMinReg != 0 ? " addr_min reg " + addrMinReg : "")
                + (addrMaxReg != 0 ? " addr_max reg " + addrMaxReg : "")
                + (protoMinReg != 0 ? " proto_min reg " + protoMinReg : "")
                + (protoMaxReg != 0 ? " proto_max reg " + protoMaxReg : "")
                + (flags != 0 ? " flags 0x" + Integer.toHexString(flags) : "") + " ]";
    }

    void encode(MessageWriter w) {
        // What nft_nat_init infers is left out, as nft leaves it out: the highest register of a
        // range of one, and MAP_IPS when an address register is given.
        w.putU32be(NFTA_NAT_TYPE, type.code());
        w.putU32be(NFTA_NAT_FAMILY, family.code());
        ExprCodec.putNonZero(w, NFTA_NAT_REG_ADDR_MIN, addrMinReg);
        ExprCodec.putNonZero(w, NFTA_NAT_REG_ADDR_MAX, addrMaxReg == addrMinReg ? 0 : addrMaxReg);
        ExprCodec.putNonZero(w, NFTA_NAT_REG_PROTO_MIN, protoMinReg);
        ExprCodec.putNonZero(w, NFTA_NAT_REG_PROTO_MAX, protoMaxReg == protoMinReg ? 0 : protoMaxReg);
        ExprCodec.putNonZero(w, NFTA_NAT_FLAGS, addrMinReg != 0 ? flags & ~NF_NAT_RANGE_MAP_IPS : flags);
    }

    static Nat decode(Attributes a) {
        int type = -1;
        int family = -1;
        int addrMin = 0;
        int addrMax = 0;
        int protoMin = 0;
        int protoMax = 0;
        int flags = 0;
        while (a.next()) {
            switch (a.type()) {
                case NFTA_NAT_TYPE -> type = a.u32be();
                case NFTA_NAT_FAMILY -> family = a.u32be();
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
        Optional<Type> t = Type.fromCode(type);
        Optional<Family> f = Family.fromCode(family).filter(x -> x == Family.IP || x == Family.IP6);
        if (t.isEmpty() || f.isEmpty()) {
            return null;
        }
        return new Nat(t.get(), f.get(), addrMin, addrMax, protoMin, protoMax, flags);
    }
}
