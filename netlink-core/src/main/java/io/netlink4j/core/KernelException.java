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

    private final int errorNumber;
    private final String operation;
    private final String extAck;
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
     * @param extAck       the kernel's extended-ACK message, or {@code null}
     * @param extAckOffset offset in the request of the attribute the kernel rejected, or -1
     */
    public static KernelException of(int errorNumber, String operation, String extAck, int extAckOffset) {
        return of(errorNumber, operation, extAck, extAckOffset, null);
    }

    /** {@link #of(int, String, String, int)} with {@code errno}'s number and no offset. */
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
     * with this one as its cause. {@code detail} replaces the extended-ACK text when not null.
     */
    public KernelException reframe(String otherOperation, String detail) {
        return of(errorNumber, otherOperation, detail != null ? detail : extAck, extAckOffset, this);
    }

    @Override
    public Errno errno() {
        return Errno.of(errorNumber);
    }

    /** The positive error number, also when it is not one {@link Errno} names. */
    public int errorNumber() {
        return errorNumber;
    }

    @Override
    public String operation() {
        return operation;
    }

    /** The kernel's extended-ACK message ({@code NLMSGERR_ATTR_MSG}), or {@code null}. */
    public String extAck() {
        return extAck;
    }

    /** Offset in the request of the attribute the kernel rejected ({@code NLMSGERR_ATTR_OFFS}), or -1. */
    public int extAckOffset() {
        return extAckOffset;
    }
}
