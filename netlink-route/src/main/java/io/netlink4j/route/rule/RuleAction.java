package io.netlink4j.route.rule;

import io.netlink4j.route.uapi.FibRulesH;
import java.util.Optional;

/**
 * What a rule does with a packet it matches ({@code fib_rule_hdr.action}, {@code FR_ACT_*}):
 * look up a table, jump to another rule, or stop the lookup with an error.
 */
public enum RuleAction {
    /** {@code lookup TABLE} ({@code FR_ACT_TO_TBL}): the route comes from the rule's table. */
    LOOKUP(FibRulesH.FR_ACT_TO_TBL, "lookup"),
    /** {@code goto PRIORITY} ({@code FR_ACT_GOTO}): go on with the rule at that priority. */
    GOTO(FibRulesH.FR_ACT_GOTO, "goto"),
    /** {@code nop} ({@code FR_ACT_NOP}): do nothing, go on with the next rule. */
    NOP(FibRulesH.FR_ACT_NOP, "nop"),
    /** {@code blackhole} ({@code FR_ACT_BLACKHOLE}): drop silently. */
    BLACKHOLE(FibRulesH.FR_ACT_BLACKHOLE, "blackhole"),
    /** {@code unreachable} ({@code FR_ACT_UNREACHABLE}): drop, the sender gets "network unreachable". */
    UNREACHABLE(FibRulesH.FR_ACT_UNREACHABLE, "unreachable"),
    /** {@code prohibit} ({@code FR_ACT_PROHIBIT}): drop, the sender gets "administratively prohibited". */
    PROHIBIT(FibRulesH.FR_ACT_PROHIBIT, "prohibit");

    private final int code;
    private final String word;

    RuleAction(int code, String word) {
        this.code = code;
        this.word = word;
    }

    /**
     * The kernel's number, {@code FR_ACT_*}.
     *
     * @return the number
     */
    public int code() {
        return code;
    }

    /**
     * The action with kernel number {@code code}, or empty for one this library does not know.
     *
     * @param code the number
     * @return the constant, or empty
     */
    public static Optional<RuleAction> fromCode(int code) {
        for (RuleAction a : values()) {
            if (a.code == code) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The word {@code ip rule} uses: {@code lookup}, {@code goto}, {@code blackhole}... */
    @Override
    public String toString() {
        return word;
    }
}
