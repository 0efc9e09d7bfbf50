package io.netlink4j.core.message;

import static io.netlink4j.core.uapi.Netlink.NLMSG_HDRLEN;
import static io.netlink4j.core.uapi.Netlink.align;

import io.netlink4j.core.ProtocolException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Walks the netlink messages of a received datagram. Each {@link #next} validates the header
 * ({@code nlmsg_len} at least 16 and within the datagram) and points one reused {@link Message}
 * view at it; malformed input raises {@link ProtocolException}, never an out-of-bounds error.
 */
public final class MessageReader {
    private final Message message = new Message();
    private MemorySegment seg;
    private int pos;
    private int end;

    /** A reader over the first {@code length} bytes of {@code seg}. */
    public MessageReader(MemorySegment seg, int length) {
        reset(seg, length);
    }

    /** A reader over a datagram held in an array (a capture, a test's input); the array is copied. */
    public static MessageReader of(byte[] datagram) {
        MemorySegment seg = MemorySegment.ofArray(datagram.clone());
        return new MessageReader(seg, datagram.length);
    }

    /** Re-points the reader at new data, keeping the view object. */
    public MessageReader reset(MemorySegment seg, int length) {
        if (length < 0 || length > seg.byteSize()) {
            throw new IllegalArgumentException("length " + length + " outside segment of " + seg.byteSize());
        }
        this.seg = seg;
        this.pos = 0;
        this.end = length;
        return this;
    }

    /** Advances to the next message; {@code false} at the end of the datagram. */
    public boolean next() {
        if (pos >= end) {
            return false;
        }
        if (end - pos < NLMSG_HDRLEN) {
            throw new ProtocolException("truncated nlmsghdr: " + (end - pos) + " bytes left");
        }
        int len = seg.get(ValueLayout.JAVA_INT_UNALIGNED, pos);
        if (len < NLMSG_HDRLEN || len > end - pos) {
            throw new ProtocolException("nlmsg_len " + Integer.toUnsignedString(len) + " at offset " + pos
                    + " outside 16.." + (end - pos));
        }
        message.at(seg, pos, len);
        pos += Math.min(align(len), end - pos);
        return true;
    }

    /** The current message (the same view object each time). */
    public Message message() {
        return message;
    }
}
