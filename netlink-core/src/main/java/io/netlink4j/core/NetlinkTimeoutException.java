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

    private final String operation;
    private final transient Duration timeout;

    /**
     * A wait for {@code operation} that gave up after {@code timeout}.
     *
     * @param detail what was last seen, or {@code null}
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

    /** How long the library waited. */
    public Duration timeout() {
        return timeout;
    }
}
