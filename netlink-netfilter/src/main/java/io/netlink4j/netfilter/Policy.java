package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.internal.Netfilter.NF_ACCEPT;
import static io.netlink4j.netfilter.internal.Netfilter.NF_DROP;

/** What a base chain does with a packet no rule decided about: {@code policy accept;}. */
public enum Policy {
    /** {@code accept} ({@code NF_ACCEPT}), the kernel's default. */
    ACCEPT(NF_ACCEPT),
    /** {@code drop} ({@code NF_DROP}). */
    DROP(NF_DROP);

    private final int verdict;

    Policy(int verdict) {
        this.verdict = verdict;
    }

    /** The verdict number the kernel stores. */
    public int verdict() {
        return verdict;
    }

    /** The policy with verdict number {@code v}, or {@code null}. */
    public static Policy of(int v) {
        return v == NF_ACCEPT ? ACCEPT : v == NF_DROP ? DROP : null;
    }
}
