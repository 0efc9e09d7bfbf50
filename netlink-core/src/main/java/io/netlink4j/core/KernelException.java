package io.netlink4j.core;

import java.util.Objects;

/**
 * The kernel refused a request: an {@code NLMSG_ERROR} answer to a netlink request, or an errno
 * from a namespace file the kernel serves. Carries the errno, the kernel's extended-ACK message
 * and attribute offset when it sent them, and the request it answered:
 *
 * <pre>RTM_NEWLINK veth-blue: File exists (EEXIST)</pre>
 *
 * <p>{@link #of} picks the subtype callers branch on: {@link AlreadyExistsException}
 * ({@code EEXIST}), {@link NotFoundException} ({@code ENOENT}, {@code ENODEV}, {@code ESRCH},
 * {@code EADDRNOTAVAIL}) and {@link PermissionDeniedException} ({@code EPERM}, {@code EACCES});
 * other errnos are plain {@code KernelException}s.
 */
public sealed class KernelException extends NetlinkException
        permits AlreadyExistsException, NotFoundException, PermissionDeniedException {
    private static final long serialVersionUID = 1L;

    /** The positive error number the kernel answered. */
    private final int errorNumber;
    /** The request it answered, e.g. {@code "RTM_NEWLINK veth-blue"}. */
    private final String operation;
    /** The extended-ACK text, or {@code null}. */
    private final String extAck;
    /** The offset of the rejected attribute in the request, or -1. */
    private final int extAckOffset;

    KernelException(int errorNumber, String operation, String extAck, int extAckOffset, Throwable cause) {
        super(format(operation, errorNumber, extAck), cause);
        this.errorNumber = Math.abs(errorNumber);
        this.operation = Objects.requireNonNull(operation, "operation");
        this.extAck = extAck == null || extAck.isEmpty() ? null : extAck;
        this.extAckOffset = extAckOffset;
    }

    /**
     * The exception for error number {@code errorNumber} (sign ignored) answering
     * {@code operation}, of the subtype its errno calls for.
     *
     * @param errorNumber  the errno from {@code nlmsgerr.error} (negative there) or from a system
     *                     call; either sign
     * @param operation    the request it answered, e.g. {@code "RTM_NEWLINK veth-blue"}; not null
     * @param extAck       the kernel's extended-ACK message, or {@code null}
     * @param extAckOffset offset in the request of the attribute the kernel rejected, or -1
     * @return an {@link AlreadyExistsException}, {@link NotFoundException},
     *         {@link PermissionDeniedException} or plain {@code KernelException}
     * @throws NullPointerException if {@code operation} is null
     */
    public static KernelException of(int errorNumber, String operation, String extAck, int extAckOffset) {
        return of(errorNumber, operation, extAck, extAckOffset, null);
    }

    /**
     * {@link #of(int, String, String, int)} with {@code errno}'s number and no offset: for
     * conditions the library reports in the kernel's words (no namespace file of that name, a dump
     * the kernel interrupted).
     *
     * @param errno     the errno, not null
     * @param operation what was asked, e.g. {@code "open /run/netns/ns-blue"}; not null
     * @param extAck    what the errno means here, or {@code null}
     * @return the exception of the subtype {@code errno} calls for
     */
    public static KernelException of(Errno errno, String operation, String extAck) {
        return of(errno.number(), operation, extAck, -1, null);
    }

    private static KernelException of(int errorNumber, String operation, String extAck, int extAckOffset,
                                      Throwable cause) {
        Errno e = Errno.of(errorNumber);
        if (e == null) {
            return new KernelException(errorNumber, operation, extAck, extAckOffset, cause);
        }
        return switch (e) {
            case EEXIST -> new AlreadyExistsException(errorNumber, operation, extAck, extAckOffset, cause);
            case ENOENT, ENODEV, ESRCH, EADDRNOTAVAIL ->
                    new NotFoundException(errorNumber, operation, extAck, extAckOffset, cause);
            case EPERM, EACCES -> new PermissionDeniedException(errorNumber, operation, extAck, extAckOffset, cause);
            default -> new KernelException(errorNumber, operation, extAck, extAckOffset, cause);
        };
    }

    /**
     * The same failure told about another request — for a library call that asked the kernel
     * something on the way ({@code RTM_GETLINK br0} while adding a route) — of the same type,
     * with this one as its cause.
     *
     * @param otherOperation the request the caller made, e.g. {@code "RTM_NEWROUTE 10.0.0.0/24"}
     * @param detail         replaces the extended-ACK text when not null, e.g. {@code "no device br0"}
     * @return a new exception with this one's errno and offset, and this one as its cause
     */
    public KernelException reframe(String otherOperation, String detail) {
        return of(errorNumber, otherOperation, detail != null ? detail : extAck, extAckOffset, this);
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

    @Override
    public String operation() {
        return operation;
    }

    /**
     * What the kernel said besides the errno ({@code NLMSGERR_ATTR_MSG}).
     *
     * @return the extended-ACK message, or {@code null} when the kernel sent none
     */
    public String extAck() {
        return extAck;
    }

    /**
     * Where in the request the kernel found fault ({@code NLMSGERR_ATTR_OFFS}).
     *
     * @return the byte offset of the rejected attribute from the start of the request's header,
     *         or -1 when the kernel named none
     */
    public int extAckOffset() {
        return extAckOffset;
    }
}
