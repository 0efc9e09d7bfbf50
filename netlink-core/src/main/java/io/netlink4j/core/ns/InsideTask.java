package io.netlink4j.core.ns;

/**
 * Code to run inside a network namespace; may throw a checked exception of type {@code X},
 * which {@link NetNs#call} rethrows to the caller unchanged.
 */
@FunctionalInterface
public interface InsideTask<T, X extends Exception> {
    /** Runs on a platform thread that has entered the namespace and cannot start threads. */
    T run() throws X;
}
