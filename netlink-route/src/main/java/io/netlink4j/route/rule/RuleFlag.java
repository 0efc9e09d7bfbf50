package io.netlink4j.route.rule;

import io.netlink4j.route.uapi.FibRulesH;
import java.util.EnumSet;
import java.util.Set;

/** What the kernel reports about a rule's state ({@code fib_rule_hdr.flags}, {@code FIB_RULE_*}). */
public enum RuleFlag {
    /** The {@code iif} device does not exist (now): the rule matches nothing ({@code [detached]}). */
    IIF_DETACHED(FibRulesH.FIB_RULE_IIF_DETACHED),
    /** The {@code oif} device does not exist (now): the rule matches nothing ({@code [detached]}). */
    OIF_DETACHED(FibRulesH.FIB_RULE_OIF_DETACHED),
    /** A {@code goto} whose target priority has no rule (yet): lookups go on past it ({@code [unresolved]}). */
    UNRESOLVED(FibRulesH.FIB_RULE_UNRESOLVED);

    private final int bit;

    RuleFlag(int bit) {
        this.bit = bit;
    }

    /**
     * The kernel's bit, {@code FIB_RULE_*}.
     *
     * @return the bit
     */
    public int bit() {
        return bit;
    }

    /**
     * The flags set in {@code bits}; bits this enum does not name are left out.
     *
     * @param bits the kernel's bits
     * @return the flags
     */
    public static Set<RuleFlag> of(int bits) {
        Set<RuleFlag> s = EnumSet.noneOf(RuleFlag.class);
        for (RuleFlag f : values()) {
            if ((bits & f.bit) != 0) {
                s.add(f);
            }
        }
        return s;
    }
}
