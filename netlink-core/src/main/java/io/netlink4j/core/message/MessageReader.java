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

    /**
     * A reader over the first {@code length} bytes of {@code seg}.
     *
     * @param seg    memory holding one received datagram; read in place, not copied
     * @param length the datagram's length, as {@code recvfrom} returned it
     * @throws IllegalArgumentException if {@code length} is negative or past the segment
     */
    public MessageReader(MemorySegment seg, int length) {
        reset(seg, length);
    }

    /**
     * A reader over a datagram held in an array (a capture, a test's input).
     *
     * @param datagram one or more netlink messages; copied, so the array may change afterwards
     * @return a reader before the first message
     */
    public static MessageReader of(byte[] datagram) {
        MemorySegment seg = MemorySegment.ofArray(datagram.clone());
        return new MessageReader(seg, datagram.length);
    }

    /**
     * Re-points the reader at the next datagram, keeping the view object: a receive loop
     * allocates nothing per datagram.
     *
     * @param seg    memory holding the datagram; read in place
     * @param length the datagram's length
     * @return this reader, before its first message
     * @throws IllegalArgumentException if {@code length} is negative or past the segment
     */
    public MessageReader reset(MemorySegment seg, int length) {
        if (length < 0 || length > seg.byteSize()) {
            throw new IllegalArgumentException("length " + length + " outside segment of " + seg.byteSize());
        }
        this.seg = seg;
        this.pos = 0;
        this.end = length;
        return this;
    }

    /**
     * Advances to the next message.
     *
     * @return {@code true} if {@link #message()} now views another message, {@code false} at the
     *         end of the datagram
     * @throws ProtocolException if a header is truncated or its {@code nlmsg_len} is below 16 or
     *                           past the datagram
     */
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

    /**
     * The message {@link #next} moved to.
     *
     * @return the same view object each time, re-pointed by {@link #next}
     */
    public Message message() {
        return message;
    }
}
