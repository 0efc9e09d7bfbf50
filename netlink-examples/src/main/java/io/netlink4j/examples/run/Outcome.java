package io.netlink4j.examples.run;

/**
 * The result of one check.
 *
 * @param ok      whether it passed (a skipped check is not a failure: ok is true)
 * @param skipped whether it was not run, because the kernel lacks what it needs
 * @param detail  what was seen: "3/3 replies, 0.05 ms", why it failed, or why it was skipped
 */
public record Outcome(boolean ok, boolean skipped, String detail) {
    /** A pass with a detail. */
    public static Outcome pass(String detail) {
        return new Outcome(true, false, detail);
    }

    /** A failure with its reason. */
    public static Outcome fail(String detail) {
        return new Outcome(false, false, detail);
    }

    /** A check not run, and why: never a failure, never a pass. */
    public static Outcome skip(String detail) {
        return new Outcome(true, true, detail);
    }

    /** A pass or a failure. */
    public static Outcome of(boolean ok, String detail) {
        return new Outcome(ok, false, detail);
    }
}
