package io.netlink4j.core;

/**
 * The kernel refused a request with ENOENT, ENODEV, ESRCH or EADDRNOTAVAIL: the object named (a device, address, route, neighbour, namespace, table) does not exist.
 */
public final class NotFoundException extends KernelException {
    private static final long serialVersionUID = 1L;

    NotFoundException(int errorNumber, String operation, String extAck, int extAckOffset, Throwable cause) {
        super(errorNumber, operation, extAck, extAckOffset, cause);
    }
}
