package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.uapi.NfTablesH.*;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.MessageWriter;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code payload load LEN b @ BASE header + OFFSET => reg DREG}: packet bytes into a register.
 *
 * @param base   the header the offset counts from
 * @param offset byte offset in that header ({@code ip saddr}: 12)
 * @param length bytes to load, 1..64
 * @param dreg   the register they go to
 */
public record Payload(Base base, int offset, int length, int dreg) implements Expr {
    /** Checks the base and the sizes. */
    public Payload {
        Objects.requireNonNull(base, "base");
        if (offset < 0 || length < 1 || length > 64) {
            throw new IllegalArgumentException("payload offset " + offset + " length " + length
                    + ": offset must be >= 0 and length 1..64");
        }
    }

    /** Which header the offset counts from ({@code NFT_PAYLOAD_*_HEADER}). */
    public enum Base {
        /** Link layer. */
        LINK(NFT_PAYLOAD_LL_HEADER, "link"),
        /** Network layer (IP header). */
        NETWORK(NFT_PAYLOAD_NETWORK_HEADER, "network"),
        /** Transport layer (TCP/UDP header). */
        TRANSPORT(NFT_PAYLOAD_TRANSPORT_HEADER, "transport"),
        /** Inner header. */
        INNER(NFT_PAYLOAD_INNER_HEADER, "inner");

        private final int code;
        private final String word;

        Base(int code, String word) {
            this.code = code;
            this.word = word;
        }

        /**
         * {@code NFT_PAYLOAD_*_HEADER}.
         *
         * @return the kernel's number
         */
        public int code() {
            return code;
        }

        /**
         * The base with code {@code code}, or empty.
         *
         * @param code the kernel's number
         * @return the constant, or empty for a number this enum does not name
         */
        public static Optional<Base> fromCode(int code) {
            for (Base b : values()) {
                if (b.code == code) {
                    return Optional.of(b);
                }
            }
            return Optional.empty();
        }

        /** The word {@code nft --debug=netlink} uses: {@code "network"}. */
        @Override
        public String toString() {
            return word;
        }
    }

    @Override
    public String kernelName() {
        return "payload";
    }

    /** {@code [ payload load 4b @ network header + 12 => reg 1 ]}. */
    @Override
    public String toString() {
        return "[ payload load " + length + "b @ " + base + " header + " + offset + " => reg " + dreg + " ]";
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
        Optional<Base> b = Base.fromCode(base);
        boolean ok = b.isPresent() && dreg >= 0 && offset >= 0 && len >= 1 && len <= 64;
        return ok ? new Payload(b.get(), offset, len, dreg) : null;
    }
}
