package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.internal.NfTables.*;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.MessageWriter;
import java.util.Objects;

/**
 * {@code payload load LEN b @ BASE header + OFFSET => reg DREG}: packet bytes into a register.
 *
 * @param base   the header the offset counts from
 * @param offset byte offset in that header ({@code ip saddr}: 12)
 * @param length bytes to load
 * @param dreg   the register they go to
 */
public record Payload(Base base, int offset, int length, int dreg) implements Expr {
    /** Checks the base and the sizes. */
    public Payload {
        Objects.requireNonNull(base, "payload base");
        if (offset < 0 || length < 1 || length > 64) {
            throw new IllegalArgumentException("payload offset " + offset + " length " + length
                    + ": offset must be >= 0 and length 1..64");
        }
    }

    /** Which header the offset counts from ({@code NFT_PAYLOAD_*_HEADER}). */
    public enum Base implements Coded {
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
        @Override
        public int code() {
            return code;
        }

        /** The base with code {@code c}, or {@code null}. */
        public static Base of(int c) {
            return Coded.find(values(), c);
        }
    }

    @Override
    public String kernelName() {
        return "payload";
    }

    void encode(MessageWriter w) {
        w.putU32be(NFTA_PAYLOAD_DREG, dreg);
        w.putU32be(NFTA_PAYLOAD_BASE, base.code());
        w.putU32be(NFTA_PAYLOAD_OFFSET, offset);
        w.putU32be(NFTA_PAYLOAD_LEN, length);
    }

    static Payload decode(Attributes a) {
        int dreg = -1;
        int base = -1;
        int offset = -1;
        int len = -1;
        while (a.next()) {
            switch (a.type()) {
                case NFTA_PAYLOAD_DREG -> dreg = a.u32be();
                case NFTA_PAYLOAD_BASE -> base = a.u32be();
                case NFTA_PAYLOAD_OFFSET -> offset = a.u32be();
                case NFTA_PAYLOAD_LEN -> len = a.u32be();
                default -> {
                    return null; // a payload write (SREG, checksums)
                }
            }
        }
        Base b = Base.of(base);
        return b == null || dreg < 0 ? null : new Payload(b, offset, len, dreg);
    }
}
