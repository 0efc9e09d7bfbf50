package io.netlink4j.examples.run;

/**
 * The result of one check.
 *
 * @param ok     whether it passed
 * @param detail what was seen: "3/3 replies, 0.05 ms", or why it failed
 */
public record Outcome(boolean ok, String detail) {
    /** A pass with a detail. */
    public static Outcome pass(String detail) {
        return new Outcome(true, detail);
    }

    /** A failure with its reason. */
    public static Outcome fail(String detail) {
        return new Outcome(false, detail);
    }
}
