package io.netlink4j.core;

/**
 * Every failure this library reports, in four kinds a caller can tell apart by type:
 * <ul>
 *   <li>{@link KernelException}: the kernel refused a request (an {@code NLMSG_ERROR} reply, or
 *       a namespace file it serves) — with the errno, the extended-ACK text and the request; its
 *       subtypes {@link AlreadyExistsException}, {@link NotFoundException} and
 *       {@link PermissionDeniedException} are the cases callers branch on;</li>
 *   <li>{@link SystemCallException}: a system call ({@code socket}, {@code setns}, {@code mount}...)
 *       returned {@code -1};</li>
 *   <li>{@link ProtocolException}: the kernel's answer was malformed or broke the protocol;</li>
 *   <li>{@link NetlinkTimeoutException}: a wait the library performs for the caller ran out.</li>
 * </ul>
 * Bad arguments are not netlink failures: they are {@link IllegalArgumentException}s (and
 * {@link NullPointerException}s for missing ones), thrown before anything is sent.
 *
 * <p>Messages read as one sentence: what was asked, then why it failed —
 * {@code RTM_NEWLINK veth-blue: File exists (EEXIST)}.
 */
public abstract sealed class NetlinkException extends RuntimeException
        permits KernelException, SystemCallException, ProtocolException, NetlinkTimeoutException {
    private static final long serialVersionUID = 1L;

    NetlinkException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * What was being done when it failed: the start of the message.
     *
     * @return e.g. {@code "RTM_NEWLINK veth-blue"} or {@code "setns(ns-blue)"}; never null
     */
    public abstract String operation();

    /**
     * The errno of the failure, for callers that branch on one the subtypes do not name.
     *
     * @return the errno symbol, or {@code null} for failures without one (protocol errors,
     *         timeouts, or an error number {@link Errno} does not name)
     */
    public abstract Errno errno();

    /** Formats {@code operation: Text (ESYMBOL): detail}. */
    static String format(String operation, int errorNumber, String detail) {
        Errno e = Errno.of(errorNumber);
        String what = e != null ? e.describe() : "errno " + Math.abs(errorNumber);
        String msg = operation + ": " + what;
        return detail == null || detail.isEmpty() ? msg : msg + ": " + detail;
    }
}
