package io.netlink4j.examples.run;

import io.netlink4j.examples.model.Check;
import io.netlink4j.examples.model.Op;

/** Performs ops and checks for one run; {@link LibraryKernel} does it through netlink4j. */
public interface Kernel extends AutoCloseable {
    /**
     * Performs {@code op}.
     *
     * @return a short detail for the output ("deleted", "not there"), or "" for none
     * @throws RuntimeException the library's exception when the kernel refuses
     */
    String apply(Op op);

    /** Checks {@code check}; never throws (a failure to check is a failed check). */
    Outcome check(Check check);

    /** Whether the named namespace exists ({@code /run/netns/NAME}). */
    boolean namespaceExists(String name);

    /**
     * Whether this run created what the delete op {@code deleteOp} removes — so that clean-up after
     * a failed {@code up} never removes a namespace or device that was there before.
     */
    boolean madeByThisRun(Op deleteOp);

    /** Closes the handles it opened. */
    @Override
    void close();
}
