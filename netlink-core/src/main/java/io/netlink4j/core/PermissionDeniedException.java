package io.netlink4j.core;

/**
 * The kernel refused a request with EPERM or EACCES: the caller lacks a capability (CAP_NET_ADMIN, CAP_SYS_ADMIN) or the namespace refuses the change.
 */
public final class PermissionDeniedException extends KernelException {
    private static final long serialVersionUID = 1L;

    PermissionDeniedException(int errorNumber, String operation, String extAck, int extAckOffset, Throwable cause) {
        super(errorNumber, operation, extAck, extAckOffset, cause);
    }
}
