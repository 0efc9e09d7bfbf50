package io.netlink4j.examples.run;

/**
 * A step this kernel cannot do because it was built without the module (netem on a kernel
 * without {@code CONFIG_NET_SCH_NETEM}): {@code up} says so plainly and goes on, and the checks
 * that need the module are skipped, not failed — the example never pretends either way.
 */
public final class KernelLacks extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What the kernel lacks, described for the output. */
    public KernelLacks(String message, Throwable cause) {
        super(message, cause);
    }
}
