package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.uapi.NfTablesH.*;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.MessageWriter;
import java.util.Arrays;
import java.util.Objects;

/**
 * {@code immediate reg DREG DATA}: a constant into a data register (a NAT address or port).
 * The kernel's {@code immediate} into the verdict register is a {@link Verdict}.
 *
 * @param dreg the register, not {@link Expr#REG_VERDICT}
 * @param data the constant, 1..64 bytes, network order for addresses and ports
 */
public record Immediate(int dreg, byte[] data) implements Expr {
    /** Checks the register and the 1..64 data bytes; keeps a copy. */
    public Immediate {
        Objects.requireNonNull(data, "data");
        if (dreg == NFT_REG_VERDICT) {
            throw new IllegalArgumentException("immediate data cannot go to the verdict register: use Verdict");
        }
        if (!ExprCodec.fits(data)) {
            throw new IllegalArgumentException("immediate data of " + data.length + " bytes: must be 1..64");
        }
        data = data.clone();
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
        return "immediate";
    }

    /** Equal register and data bytes. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Immediate i && i.dreg == dreg && Arrays.equals(i.data, data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dreg, Arrays.hashCode(data));
    }

    /** {@code [ immediate reg 1 0x0200000a ]}. */
    @Override
    public String toString() {
        return "[ immediate reg " + dreg + " " + ExprCodec.words(data) + " ]";
    }

    void encode(MessageWriter w) {
        w.putU32be(NFTA_IMMEDIATE_DREG, dreg);
        ExprCodec.putValue(w, NFTA_IMMEDIATE_DATA, data);
    }

    /** An {@code immediate}: a {@link Verdict} when it loads the verdict register, else an {@link Immediate}. */
    static Expr decode(Attributes a) {
        int dreg = -1;
        byte[] value = null;
        Verdict verdict = null;
        while (a.next()) {
            switch (a.type()) {
                case NFTA_IMMEDIATE_DREG -> dreg = a.u32be();
                case NFTA_IMMEDIATE_DATA -> {
                    Attributes d = a.nested();
                    while (d.next()) {
                        switch (d.type()) {
                            case NFTA_DATA_VALUE -> value = d.bytes();
                            case NFTA_DATA_VERDICT -> verdict = Verdict.decode(d.nested());
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
            return value == null ? verdict : null;
        }
        return verdict != null || !ExprCodec.fits(value) || dreg < 0 ? null : new Immediate(dreg, value);
    }
}
