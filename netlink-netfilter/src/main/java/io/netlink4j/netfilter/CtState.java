package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.internal.Netfilter.*;

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

    private final int bit;

    CtState(int bit) {
        this.bit = bit;
    }

    /** The bit in the {@code ct state} register. */
    public int bit() {
        return bit;
    }

    // nf_conntrack_common.h: #define NF_CT_STATE_BIT(ctinfo) (1 << ((ctinfo) % IP_CT_IS_REPLY + 1)),
    // a function-like macro the constants generator cannot print.
    private static int stateBit(int ctinfo) {
        return 1 << (ctinfo % IP_CT_IS_REPLY + 1);
    }
}
