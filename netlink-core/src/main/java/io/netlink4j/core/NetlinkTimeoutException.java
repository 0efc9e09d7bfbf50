package io.netlink4j.core;

import java.time.Duration;
import java.util.Objects;

/**
 * A wait the library performs for the caller ran out: a device that did not reach the state
 * waited for, a reply that did not come. Nothing was refused; the condition just did not hold
 * in time.
 *
 * <pre>wait for link veth0 to be up: not within PT5S (last seen: down)</pre>
 */
public final class NetlinkTimeoutException extends NetlinkException {
    private static final long serialVersionUID = 1L;

    /** What was waited for, e.g. {@code "wait for link veth0 to be up"}. */
    private final String operation;
    private final transient Duration timeout;

    /**
     * A wait for {@code operation} that gave up after {@code timeout}.
     *
     * @param operation what was waited for, e.g. {@code "wait for link veth0 to be up"}; not null
     * @param timeout   how long the library waited
     * @param detail    what was last seen, e.g. {@code "last seen: down"}, or {@code null}
     * @throws NullPointerException if {@code operation} is null
     */
    public NetlinkTimeoutException(String operation, Duration timeout, String detail) {
        super(operation + ": not within " + timeout + (detail == null ? "" : " (" + detail + ")"), null);
        this.operation = Objects.requireNonNull(operation, "operation");
        this.timeout = timeout;
    }

    @Override
    public String operation() {
        return operation;
    }

    /** {@code null}: a timeout is not an errno. */
    @Override
    public Errno errno() {
        return null;
    }

    /**
     * How long the library waited.
     *
     * @return the timeout the caller gave; {@code null} after deserialization (the field is transient)
     */
    public Duration timeout() {
        return timeout;
    }
}
