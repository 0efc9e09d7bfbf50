package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.uapi.NetfilterH.NF_ACCEPT;
import static io.netlink4j.netfilter.uapi.NetfilterH.NF_DROP;

import java.util.Locale;
import java.util.Optional;

/** What a base chain does with a packet no rule decided about: {@code policy accept;}. */
public enum Policy {
    /** {@code accept} ({@code NF_ACCEPT}), the kernel's default. */
    ACCEPT(NF_ACCEPT),
    /** {@code drop} ({@code NF_DROP}). */
    DROP(NF_DROP);

    private final int code;

    Policy(int code) {
        this.code = code;
    }

    /**
     * The verdict number the kernel stores ({@code NF_ACCEPT}, {@code NF_DROP}).
     *
     * @return the kernel's number
     */
    public int code() {
        return code;
    }

    /**
     * The policy with verdict number {@code code}, or empty.
     *
     * @param code the kernel's number
     * @return the constant, or empty for a number this enum does not name
     */
    public static Optional<Policy> fromCode(int code) {
        return Optional.ofNullable(code == NF_ACCEPT ? ACCEPT : code == NF_DROP ? DROP : null);
    }

    /** The word {@code nft} prints: {@code "accept"}, {@code "drop"}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
