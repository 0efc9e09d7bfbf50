package io.netlink4j.core;

/**
 * Malformed netlink input: a message or attribute whose length runs past its container, a value
 * narrower than its type, a reply that breaks the protocol. Reported as {@link Errno#EPROTO} so
 * callers can catch {@link NetlinkException} alone.
 */
public final class ProtocolException extends NetlinkException {
    private static final long serialVersionUID = 1L;

    /** A protocol violation described by {@code detail}, e.g. {@code "attribute length 9 past end 8"}. */
    public ProtocolException(String detail) {
        super(Errno.EPROTO, "malformed netlink data", detail);
    }
}
