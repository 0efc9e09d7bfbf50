package io.netlink4j.core;

/**
 * Malformed netlink input: a message or attribute whose length runs past its container, a value
 * narrower than its type, a field outside its range, a reply that breaks the protocol. Raised
 * by the bounds-checked readers instead of an out-of-bounds error or a wrong value.
 */
public final class ProtocolException extends NetlinkException {
    private static final long serialVersionUID = 1L;

    /**
     * A protocol violation.
     *
     * @param detail what was wrong, e.g. {@code "attribute length 9 past end 8"}
     */
    public ProtocolException(String detail) {
        super("malformed netlink data: " + detail, null);
    }

    /** Always {@code "malformed netlink data"}: the message says what was wrong. */
    @Override
    public String operation() {
        return "malformed netlink data";
    }

    /** {@code null}: this failure is not the kernel's refusal. */
    @Override
    public Errno errno() {
        return null;
    }
}
