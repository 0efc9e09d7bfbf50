package io.netlink4j.core.message;

import static io.netlink4j.core.uapi.Netlink.NLMSG_HDRLEN;
import static io.netlink4j.core.uapi.Netlink.align;

import io.netlink4j.core.ProtocolException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A view of one received netlink message: the {@code nlmsghdr} fields and bounds-checked reads of
 * the family header that follows. The view is valid only until the socket receives again — parse
 * what you need into values before returning. Every read past the message's end raises
 * {@link ProtocolException}.
 */
public final class Message {
    private static final ValueLayout.OfShort U16 = ValueLayout.JAVA_SHORT_UNALIGNED;
    private static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED;

    private MemorySegment seg;
    private int start;
    private int length;

    Message() {}

    void at(MemorySegment seg, int start, int length) {
        this.seg = seg;
        this.start = start;
        this.length = length;
    }

    /** {@code nlmsg_len}. */
    public int length() {
        return length;
    }

    /** {@code nlmsg_type}. */
    public int type() {
        return Short.toUnsignedInt(seg.get(U16, start + 4));
    }

    /** {@code nlmsg_flags}. */
    public int flags() {
        return Short.toUnsignedInt(seg.get(U16, start + 6));
    }

    /** {@code nlmsg_seq}. */
    public int seq() {
        return seg.get(U32, start + 8);
    }

    /** {@code nlmsg_pid}: the sender's port id, 0 for the kernel's replies to others. */
    public int portId() {
        return seg.get(U32, start + 12);
    }

    /** Bytes after the 16-byte header. */
    public int payloadLength() {
        return length - NLMSG_HDRLEN;
    }

    private int check(int offset, int width) {
        if (offset < 0 || width < 0 || (long) offset + width > payloadLength()) {
            throw new ProtocolException("message type " + type() + ": " + width + " bytes at payload offset "
                    + offset + " past its end " + payloadLength());
        }
        return start + NLMSG_HDRLEN + offset;
    }

    /** Unsigned byte at a payload offset. */
    public int u8(int offset) {
        return Byte.toUnsignedInt(seg.get(ValueLayout.JAVA_BYTE, check(offset, 1)));
    }

    /** Unsigned 16-bit value (host order) at a payload offset. */
    public int u16(int offset) {
        return Short.toUnsignedInt(seg.get(U16, check(offset, 2)));
    }

    /** Unsigned 16-bit value (network order) at a payload offset. */
    public int u16be(int offset) {
        return Short.toUnsignedInt(Short.reverseBytes(seg.get(U16, check(offset, 2))));
    }

    /** 32-bit value (host order) at a payload offset. */
    public int u32(int offset) {
        return seg.get(U32, check(offset, 4));
    }

    /** 64-bit value (host order) at a payload offset. */
    public long u64(int offset) {
        return seg.get(ValueLayout.JAVA_LONG_UNALIGNED, check(offset, 8));
    }

    /** Copy of {@code n} payload bytes. */
    public byte[] bytes(int offset, int n) {
        int at = check(offset, n);
        return seg.asSlice(at, n).toArray(ValueLayout.JAVA_BYTE);
    }

    /** The payload (family header and attributes) as a bounds-checked view. */
    public Payload payload() {
        return new Payload(seg, start + NLMSG_HDRLEN, payloadLength(), "message type " + type());
    }

    /** A copy of the whole message, header included. */
    public byte[] toBytes() {
        return seg.asSlice(start, length).toArray(ValueLayout.JAVA_BYTE);
    }

    /**
     * A cursor over the attributes that follow a family header of {@code headerLength} bytes
     * ({@code sizeof(struct ifinfomsg)}, say), aligned as the kernel aligns it.
     */
    public Attributes attributes(int headerLength) {
        if (headerLength < 0) {
            throw new IllegalArgumentException("family header length " + headerLength + " is negative");
        }
        int off = align(headerLength);
        if (off > payloadLength() || off < 0) {
            throw new ProtocolException("message type " + type() + ": family header of " + headerLength
                    + " bytes past its end " + payloadLength());
        }
        return new Attributes(seg, start + NLMSG_HDRLEN + off, payloadLength() - off);
    }

    @Override
    public String toString() {
        return "Message[type=" + type() + ", flags=0x" + Integer.toHexString(flags()) + ", seq=" + seq()
                + ", len=" + length + "]";
    }
}
