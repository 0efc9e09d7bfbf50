package io.netlink4j.route.rule;

/**
 * A range of user ids the socket's owner must fall in, as {@code ip rule ... uidrange 1000-2000}
 * gives it ({@code struct fib_rule_uid_range}).
 *
 * @param start the first uid, 0..4294967295
 * @param end   the last uid, {@code start}..4294967295
 */
public record UidRange(long start, long end) {
    /** Checks {@code 0 <= start <= end <= 2^32-1}. */
    public UidRange {
        if (start < 0 || end > 0xffff_ffffL || end < 0 || start > 0xffff_ffffL) {
            throw new IllegalArgumentException("uid range " + start + "-" + end + " is outside 0..4294967295");
        }
        if (start > end) {
            throw new IllegalArgumentException("uid range " + start + "-" + end + " ends before it starts");
        }
    }

    /**
     * Uids {@code start} to {@code end}.
     *
     * @return the value
     */
    public static UidRange of(long start, long end) {
        return new UidRange(start, end);
    }

    /** {@code 1000-2000}, as {@code ip rule} prints it. */
    @Override
    public String toString() {
        return start + "-" + end;
    }
}
