package io.netlink4j.route.examples;

import java.util.List;

/**
 * One line of an example's {@code verify}: {@code [PASS] what} or {@code [FAIL] what: detail}.
 *
 * @param what   what was checked, in the example's words
 * @param ok     whether it held
 * @param detail what was seen instead, for a failure
 */
record Check(String what, boolean ok, String detail) {
    static Check pass(String what) {
        return new Check(what, true, null);
    }

    static Check of(String what, boolean ok, Object seen) {
        return new Check(what, ok, ok ? null : String.valueOf(seen));
    }

    /** Whether every check held. */
    static boolean allPassed(List<Check> checks) {
        return checks.stream().allMatch(Check::ok);
    }

    @Override
    public String toString() {
        return (ok ? "[PASS] " : "[FAIL] ") + what + (ok ? "" : ": " + detail);
    }
}
