package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.uapi.NfConntrackCommonH.*;

import java.util.Locale;
import java.util.Optional;

/**
 * Connection-tracking states for {@code ct state established,related}. Each is one bit of the
 * value {@code ct load state} puts in a register.
 */
public enum CtState {
    /** {@code invalid}. */
    INVALID(NF_CT_STATE_INVALID_BIT),
    /** {@code established}: {@code NF_CT_STATE_BIT(IP_CT_ESTABLISHED)}. */
    ESTABLISHED(stateBit(IP_CT_ESTABLISHED)),
    /** {@code related}: an ICMP error or FTP data connection of a known one. */
    RELATED(stateBit(IP_CT_RELATED)),
    /** {@code new}. */
    NEW(stateBit(IP_CT_NEW)),
    /** {@code untracked}. */
    UNTRACKED(NF_CT_STATE_UNTRACKED_BIT);

    private final int code;

    CtState(int code) {
        this.code = code;
    }

    /**
     * The state's bit in the {@code ct state} register.
     *
     * @return the kernel's number
     */
    public int code() {
        return code;
    }

    /**
     * The state whose bit is {@code code}, or empty.
     *
     * @param code a state's bit
     * @return the constant, or empty for a number this enum does not name
     */
    public static Optional<CtState> fromCode(int code) {
        for (CtState s : values()) {
            if (s.code == code) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The word {@code nft} uses: {@code "established"}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    // nf_conntrack_common.h: #define NF_CT_STATE_BIT(ctinfo) (1 << ((ctinfo) % IP_CT_IS_REPLY + 1)),
    // a function-like macro the constants generator cannot print.
    private static int stateBit(int ctinfo) {
        return 1 << (ctinfo % IP_CT_IS_REPLY + 1);
    }
}
