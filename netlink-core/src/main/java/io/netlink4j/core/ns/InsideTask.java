package io.netlink4j.core.ns;

/**
 * Code to run inside a network namespace; may throw a checked exception of type {@code X},
 * which {@link NetNs#call} rethrows to the caller unchanged.
 *
 * @param <T> what the code returns
 * @param <X> the checked exception it may throw ({@link RuntimeException} for none)
 */
@FunctionalInterface
public interface InsideTask<T, X extends Exception> {
    /**
     * Runs on a platform thread that has entered the namespace and cannot start threads.
     *
     * @return the result, handed to the caller of {@link NetNs#call}
     * @throws X when the code fails; rethrown to the caller unchanged
     */
    T run() throws X;
}
