package io.netlink4j.core;

/**
 * The kernel refused a request with EEXIST: the object to create is there already (a device, address, route, rule, qdisc, table of that name or key).
 */
public final class AlreadyExistsException extends KernelException {
    private static final long serialVersionUID = 1L;

    AlreadyExistsException(int errorNumber, String operation, String extAck, int extAckOffset, Throwable cause) {
        super(errorNumber, operation, extAck, extAckOffset, cause);
    }
}
