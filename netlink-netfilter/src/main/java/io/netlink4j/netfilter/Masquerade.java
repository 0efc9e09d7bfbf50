package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.uapi.NfTablesH.*;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.MessageWriter;

/**
 * {@code masq}: source NAT to the address of the interface the packet leaves by.
 *
 * @param flags       {@code NF_NAT_RANGE_*} ({@code random}, {@code persistent}...), usually 0
 * @param protoMinReg register with the lowest source port to use, or 0 for none
 * @param protoMaxReg register with the highest source port, or 0 for none; the kernel reports
 *                    the lowest's register when only that was given
 */
public record Masquerade(int flags, int protoMinReg, int protoMaxReg) implements Expr {
    /**
     * {@code masquerade}, as {@code iptables -j MASQUERADE} and {@code nft ... masquerade} make it.
     *
     * @return the expression
     */
    public static Masquerade plain() {
        return new Masquerade(0, 0, 0);
    }

    @Override
    public String kernelName() {
        return "masq";
    }

    /** {@code [ masq ]}, with its flags and registers when set. */
    @Override
    public String toString() {
        return "[ masq" + (flags != 0 ? " flags 0x" + Integer.toHexString(flags) : "")
                + (protoMinReg != 0 ? " proto_min reg " + protoMinReg : "")
                + (protoMaxReg != 0 ? " proto_max reg " + protoMaxReg : "") + " ]";
    }

    void encode(MessageWriter w) {
        ExprCodec.putNonZero(w, NFTA_MASQ_FLAGS, flags);
        ExprCodec.putNonZero(w, NFTA_MASQ_REG_PROTO_MIN, protoMinReg);
        // The kernel takes the lowest port's register for the highest when none is given (nft_masq_init).
        ExprCodec.putNonZero(w, NFTA_MASQ_REG_PROTO_MAX, protoMaxReg == protoMinReg ? 0 : protoMaxReg);
    }

    static Masquerade decode(Attributes a) {
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
        return new Masquerade(flags, min, max);
    }
}
