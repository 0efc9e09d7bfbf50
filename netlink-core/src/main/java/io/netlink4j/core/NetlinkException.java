package io.netlink4j.core;

/**
 * A failure reported by the kernel: a system call that returned {@code -1}, or a netlink request
 * answered with {@code NLMSG_ERROR}. It carries the errno, what was being asked, and the kernel's
 * extended-ACK message and attribute offset when the kernel sent them.
 *
 * <pre>RTM_NEWLINK veth-blue: File exists (EEXIST)</pre>
 */
public class NetlinkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Errno errno;
    private final int errorNumber;
    private final String operation;
    private final String extAck;
    private final int extAckOffset;

    /** A failure with an errno symbol; {@code extAck} may be {@code null}. */
    public NetlinkException(Errno errno, String operation, String extAck) {
        this(errno.number(), operation, extAck, -1);
    }

    /**
     * A failure with a raw error number (sign ignored), the kernel's message and the byte offset
     * of the offending attribute in the request ({@code -1} when unknown).
     */
    public NetlinkException(int errorNumber, String operation, String extAck, int extAckOffset) {
        super(format(errorNumber, operation, extAck));
        this.errorNumber = Math.abs(errorNumber);
        this.errno = Errno.of(errorNumber);
        this.operation = operation;
        this.extAck = extAck;
        this.extAckOffset = extAckOffset;
    }

    /** The errno symbol, or {@code null} when the number is not one Linux defines. */
    public Errno errno() {
        return errno;
    }

    /** The positive error number. */
    public int errorNumber() {
        return errorNumber;
    }

    /** What was being asked, e.g. {@code "RTM_NEWLINK veth-blue"} or {@code "setns(/run/netns/x)"}. */
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

    private static String format(int number, String operation, String extAck) {
        Errno e = Errno.of(number);
        String what = e != null ? e.describe() : "errno " + Math.abs(number);
        String msg = operation + ": " + what;
        return extAck == null || extAck.isEmpty() ? msg : msg + ": " + extAck;
    }
}
