package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.uapi.NfTablesH.*;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.MessageWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code ct load KEY => reg DREG}: connection-tracking state into a register.
 *
 * @param key  what to load
 * @param dreg the register it goes to
 */
public record Ct(Key key, int dreg) implements Expr {
    /** Checks the key. */
    public Ct {
        Objects.requireNonNull(key, "key");
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

        /**
         * {@code NFT_CT_*}.
         *
         * @return the kernel's number
         */
        public int code() {
            return code;
        }

        /**
         * The key with code {@code code}, or empty.
         *
         * @param code the kernel's number
         * @return the constant, or empty for a number this enum does not name
         */
        public static Optional<Key> fromCode(int code) {
            for (Key k : values()) {
                if (k.code == code) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }

        /** The word {@code nft} uses: {@code "state"}. */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public String kernelName() {
        return "ct";
    }

    /** {@code [ ct load state => reg 1 ]}. */
    @Override
    public String toString() {
        return "[ ct load " + key + " => reg " + dreg + " ]";
    }

    void encode(MessageWriter w) {
        w.putU32be(NFTA_CT_KEY, key.code());
        w.putU32be(NFTA_CT_DREG, dreg);
    }

    static Ct decode(Attributes a) {
        int dreg = -1;
        int key = -1;
        while (a.next()) {
            switch (a.type()) {
                case NFTA_CT_DREG -> dreg = a.u32be();
                case NFTA_CT_KEY -> key = a.u32be();
                default -> {
                    return null; // direction-qualified keys and "ct set"
                }
            }
        }
        Optional<Key> k = Key.fromCode(key);
        return k.isEmpty() || dreg < 0 ? null : new Ct(k.get(), dreg);
    }
}
