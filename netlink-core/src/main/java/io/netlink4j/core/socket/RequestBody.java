package io.netlink4j.core.socket;

import io.netlink4j.core.message.MessageWriter;

/** Writes a request's family header and attributes after the {@code nlmsghdr} the socket began. */
@FunctionalInterface
public interface RequestBody {
    /**
     * Appends the body; the writer is positioned just after the 16-byte header, which the socket
     * finishes (length, sequence number) after this returns.
     *
     * @param w the socket's writer; only for the duration of the call
     */
    void write(MessageWriter w);
}
