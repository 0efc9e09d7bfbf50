package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.uapi.NfTablesH.*;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.MessageWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code meta load KEY => reg DREG}: packet metadata into a register.
 *
 * @param key  what to load
 * @param dreg the register it goes to
 */
public record Meta(Key key, int dreg) implements Expr {
    /** Checks the key. */
    public Meta {
        Objects.requireNonNull(key, "key");
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

        /**
         * {@code NFT_META_*}.
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

        /** The word {@code nft} uses: {@code "oifname"}. */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public String kernelName() {
        return "meta";
    }

    /** {@code [ meta load oifname => reg 1 ]}. */
    @Override
    public String toString() {
        return "[ meta load " + key + " => reg " + dreg + " ]";
    }

    void encode(MessageWriter w) {
        w.putU32be(NFTA_META_KEY, key.code());
        w.putU32be(NFTA_META_DREG, dreg);
    }

    static Meta decode(Attributes a) {
        int dreg = -1;
        int key = -1;
        while (a.next()) {
            switch (a.type()) {
                case NFTA_META_DREG -> dreg = a.u32be();
                case NFTA_META_KEY -> key = a.u32be();
                default -> {
                    return null; // NFTA_META_SREG: a "meta set", not modelled
                }
            }
        }
        Optional<Key> k = Key.fromCode(key);
        return k.isEmpty() || dreg < 0 ? null : new Meta(k.get(), dreg);
    }
}
