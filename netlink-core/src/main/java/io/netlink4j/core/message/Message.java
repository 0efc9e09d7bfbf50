package io.netlink4j.core.message;

import static io.netlink4j.core.message.Layouts.*;
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
    private MemorySegment seg;
    private int start;
    private int length;
    /** The reads of the payload, re-pointed with the message. */
    private final Payload payload = new Payload(MemorySegment.NULL, 0, 0, "message type", 0);

    Message() {}

    void at(MemorySegment seg, int start, int length) {
        this.seg = seg;
        this.start = start;
        this.length = length;
        payload.at(seg, start + NLMSG_HDRLEN, length - NLMSG_HDRLEN, type());
    }

    /**
     * The message's length ({@code nlmsg_len}), header included; the walk has checked it.
     *
     * @return 16 or more bytes, within the datagram
     */
    public int length() {
        return length;
    }

    /**
     * The message type ({@code nlmsg_type}): {@code NLMSG_ERROR}, {@code NLMSG_DONE}, or the
     * family's own ({@code RTM_NEWLINK}, {@code NFNL_SUBSYS_NFTABLES << 8 | NFT_MSG_NEWTABLE}).
     *
     * @return 0..0xffff
     */
    public int type() {
        return Short.toUnsignedInt(seg.get(U16, start + 4));
    }

    /**
     * The message's flags ({@code nlmsg_flags}): {@code NLM_F_MULTI} in a dump,
     * {@code NLM_F_DUMP_INTR}, {@code NLM_F_ACK_TLVS} on an error with extended ACK...
     *
     * @return 0..0xffff
     */
    public int flags() {
        return Short.toUnsignedInt(seg.get(U16, start + 6));
    }

    /**
     * The sequence number ({@code nlmsg_seq}), for matching a reply to its request.
     *
     * @return the request's in a reply; in a notification, that of the request that caused it,
     *         or 0
     */
    public int seq() {
        return seg.get(U32, start + 8);
    }

    /**
     * The port id ({@code nlmsg_pid}): in a reply, the requester's; in a notification, the port
     * that caused it, or 0 when the kernel did.
     *
     * @return the port id
     */
    public int portId() {
        return seg.get(U32, start + 12);
    }

    /**
     * The bytes after the 16-byte header: family header and attributes.
     *
     * @return {@link #length()} minus 16
     */
    public int payloadLength() {
        return length - NLMSG_HDRLEN;
    }

    /**
     * An unsigned byte of the payload.
     *
     * @param offset bytes from the start of the payload (the family header's first byte)
     * @return 0..255
     * @throws ProtocolException if the read runs past the end of the payload
     */
    public int u8(int offset) {
        return payload.u8(offset);
    }

    /**
     * An unsigned 16-bit value of the payload, in host order.
     *
     * @param offset bytes from the start of the payload (the family header's first byte)
     * @return 0..65535
     * @throws ProtocolException if the read runs past the end of the payload
     */
    public int u16(int offset) {
        return payload.u16(offset);
    }

    /**
     * An unsigned 16-bit value of the payload, in network order (a port).
     *
     * @param offset bytes from the start of the payload (the family header's first byte)
     * @return 0..65535
     * @throws ProtocolException if the read runs past the end of the payload
     */
    public int u16be(int offset) {
        return payload.u16be(offset);
    }

    /**
     * A 32-bit value of the payload, in host order.
     *
     * @param offset bytes from the start of the payload (the family header's first byte)
     * @return the bits as an {@code int}; {@link Integer#toUnsignedLong} for a {@code u32}
     * @throws ProtocolException if the read runs past the end of the payload
     */
    public int u32(int offset) {
        return payload.u32(offset);
    }

    /**
     * A 64-bit value of the payload, in host order.
     *
     * @param offset bytes from the start of the payload (the family header's first byte)
     * @return the bits as a {@code long}; {@link Long#toUnsignedString(long)} for a {@code u64}
     * @throws ProtocolException if the read runs past the end of the payload
     */
    public long u64(int offset) {
        return payload.u64(offset);
    }

    /**
     * A copy of payload bytes, for values kept after the view moves on.
     *
     * @param offset bytes from the start of the payload (the family header's first byte)
     * @param n      how many bytes, 0 or more
     * @return a new array of {@code n} bytes
     * @throws ProtocolException if the read runs past the end of the payload
     */
    public byte[] bytes(int offset, int n) {
        return payload.bytes(offset, n);
    }

    /**
     * The payload (family header and attributes) as a bounds-checked view, for structs read at
     * offsets.
     *
     * @return a view valid as long as this message is
     */
    public Payload payload() {
        return new Payload(seg, start + NLMSG_HDRLEN, payloadLength(), "message type", type());
    }

    /**
     * A copy of the whole message, header included: for logs, captures and a raw event kept.
     *
     * @return a new array of {@link #length()} bytes
     */
    public byte[] toBytes() {
        return seg.asSlice(start, length).toArray(ValueLayout.JAVA_BYTE);
    }

    /**
     * A cursor over the attributes that follow a family header of {@code headerLength} bytes
     * ({@code sizeof(struct ifinfomsg)}, say), aligned as the kernel aligns it.
     *
     * @param headerLength the family header's size in bytes, unaligned (16 for {@code ifinfomsg})
     * @return a cursor before the first attribute
     * @throws IllegalArgumentException if {@code headerLength} is negative
     * @throws ProtocolException        if the header runs past the message
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
