package io.netlink4j.examples.run;

/**
 * A step the library cannot do yet: {@code up} says so and goes on, and the checks that need the
 * step fail — the example never pretends.
 */
public final class MissingFeature extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A missing feature, described for the output. */
    public MissingFeature(String message) {
        super(message);
    }
}
