package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.internal.NfTables.*;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.MessageWriter;
import java.util.Objects;

/**
 * {@code ct load KEY => reg DREG}: connection-tracking state into a register.
 *
 * @param key  what to load
 * @param dreg the register it goes to
 */
public record Ct(Key key, int dreg) implements Expr {
    /** Checks the key. */
    public Ct {
        Objects.requireNonNull(key, "ct key");
    }

    /** Conntrack keys ({@code NFT_CT_*}) readable without a direction. */
    public enum Key implements Coded {
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
        @Override
        public int code() {
            return code;
        }

        /** The key with code {@code c}, or {@code null}. */
        public static Key of(int c) {
            return Coded.find(values(), c);
        }
    }

    @Override
    public String kernelName() {
        return "ct";
    }

    void encode(MessageWriter w) {
        w.putU32be(NFTA_CT_DREG, dreg);
        w.putU32be(NFTA_CT_KEY, key.code());
    }

    static Ct decode(Attributes a) {
        int dreg = -1;
        Key key = null;
        while (a.next()) {
            switch (a.type()) {
                case NFTA_CT_DREG -> dreg = a.u32be();
                case NFTA_CT_KEY -> key = Key.of(a.u32be());
                default -> {
                    return null; // direction-qualified keys and "ct set"
                }
            }
        }
        return key == null || dreg < 0 ? null : new Ct(key, dreg);
    }
}
