package io.netlink4j.route.tc;

/**
 * The htb-specific counters of a class ({@code struct tc_htb_xstats}), the last lines of
 * {@code tc -s class show} for htb.
 *
 * @param lends   packets sent within the class's own rate
 * @param borrows packets sent on tokens borrowed from an ancestor
 * @param giants  packets larger than the class's MTU
 * @param tokens  the rate bucket's tokens now, in scheduler ticks (negative when in debt)
 * @param ctokens the ceil bucket's tokens now
 */
public record HtbClassStats(long lends, long borrows, long giants, int tokens, int ctokens) {
    /** {@code lended: 0 borrowed: 0 giants: 0 tokens: 50000 ctokens: 50000}. */
    @Override
    public String toString() {
        return "lended: " + lends + " borrowed: " + borrows + " giants: " + giants + " tokens: " + tokens
                + " ctokens: " + ctokens;
    }
}
