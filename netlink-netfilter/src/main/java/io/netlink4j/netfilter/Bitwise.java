package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.uapi.NfTablesH.*;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.MessageWriter;
import java.util.Arrays;
import java.util.Objects;

/**
 * {@code bitwise reg DREG = (reg SREG & MASK) ^ XOR}: masks, for prefixes and flag sets. Only
 * this boolean form ({@code NFT_BITWISE_BOOL}) is modelled; shifts read back as
 * {@link UnknownExpr}.
 *
 * @param sreg source register
 * @param dreg destination register
 * @param mask AND mask; its length (1..64) is the number of bytes worked on
 * @param xor  XOR value, as long as the mask
 */
public record Bitwise(int sreg, int dreg, byte[] mask, byte[] xor) implements Expr {
    /** Checks that mask and xor have the same 1..64 bytes; keeps copies. */
    public Bitwise {
        Objects.requireNonNull(mask, "mask");
        Objects.requireNonNull(xor, "xor");
        if (!ExprCodec.fits(mask) || mask.length != xor.length) {
            throw new IllegalArgumentException("bitwise mask (" + mask.length + " bytes) and xor (" + xor.length
                    + " bytes) must both be 1..64 bytes, of equal length");
        }
        mask = mask.clone();
        xor = xor.clone();
    }

    /**
     * A copy of the mask.
     *
     * @return a copy
     */
    @Override
    public byte[] mask() {
        return mask.clone();
    }

    /**
     * A copy of the xor value.
     *
     * @return a copy
     */
    @Override
    public byte[] xor() {
        return xor.clone();
    }

    @Override
    public String kernelName() {
        return "bitwise";
    }

    /** Equal registers, mask and xor bytes. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Bitwise b && b.sreg == sreg && b.dreg == dreg && Arrays.equals(b.mask, mask)
                && Arrays.equals(b.xor, xor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sreg, dreg, Arrays.hashCode(mask), Arrays.hashCode(xor));
    }

    /** {@code [ bitwise reg 1 = ( reg 1 & 0x00f0ffff ) ^ 0x00000000 ]}. */
    @Override
    public String toString() {
        return "[ bitwise reg " + dreg + " = ( reg " + sreg + " & " + ExprCodec.words(mask) + " ) ^ "
                + ExprCodec.words(xor) + " ]";
    }

    void encode(MessageWriter w) {
        // nft leaves NFTA_BITWISE_OP out: boolean is the kernel's default.
        w.putU32be(NFTA_BITWISE_SREG, sreg);
        w.putU32be(NFTA_BITWISE_DREG, dreg);
        w.putU32be(NFTA_BITWISE_LEN, mask.length);
        ExprCodec.putValue(w, NFTA_BITWISE_MASK, mask);
        ExprCodec.putValue(w, NFTA_BITWISE_XOR, xor);
    }

    static Bitwise decode(Attributes a) {
        int sreg = -1;
        int dreg = -1;
        int len = -1;
        byte[] mask = null;
        byte[] xor = null;
        while (a.next()) {
            switch (a.type()) {
                case NFTA_BITWISE_SREG -> sreg = a.u32be();
                case NFTA_BITWISE_DREG -> dreg = a.u32be();
                case NFTA_BITWISE_LEN -> len = a.u32be();
                case NFTA_BITWISE_OP -> {
                    if (a.u32be() != NFT_BITWISE_BOOL) {
                        return null; // shifts are not modelled
                    }
                }
                case NFTA_BITWISE_MASK -> mask = ExprCodec.value(a.nested());
                case NFTA_BITWISE_XOR -> xor = ExprCodec.value(a.nested());
                default -> {
                    return null;
                }
            }
        }
        boolean ok = ExprCodec.fits(mask) && xor != null && mask.length == xor.length && len == mask.length
                && sreg >= 0 && dreg >= 0;
        return ok ? new Bitwise(sreg, dreg, mask, xor) : null;
    }
}
