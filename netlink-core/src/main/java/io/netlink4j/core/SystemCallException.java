package io.netlink4j.core;

import java.util.Objects;

/**
 * A system call returned {@code -1}: the call with its arguments, and the errno it set, read
 * from that call's own captured state.
 *
 * <pre>setns(ns-blue, CLONE_NEWNET): Operation not permitted (EPERM)</pre>
 */
public final class SystemCallException extends NetlinkException {
    private static final long serialVersionUID = 1L;

    /** The positive errno the call set. */
    private final int errorNumber;
    /** The call with its arguments, as in the message. */
    private final String call;

    /**
     * A failure of {@code call}.
     *
     * @param errorNumber the errno the call set; either sign
     * @param call        the call with its arguments, e.g. {@code "setns(ns-blue, CLONE_NEWNET)"}; not null
     * @param detail      what the errno means here, or {@code null}
     * @throws NullPointerException if {@code call} is null
     */
    public SystemCallException(int errorNumber, String call, String detail) {
        super(format(call, errorNumber, detail), null);
        this.errorNumber = Math.abs(errorNumber);
        this.call = Objects.requireNonNull(call, "call");
    }

    /** The call as written in the message, e.g. {@code "socket(AF_NETLINK, NETLINK_ROUTE)"}. */
    @Override
    public String operation() {
        return call;
    }

    @Override
    public Errno errno() {
        return Errno.of(errorNumber);
    }

    /**
     * The error number, also when it is not one {@link Errno} names.
     *
     * @return the positive errno
     */
    public int errorNumber() {
        return errorNumber;
    }
}
