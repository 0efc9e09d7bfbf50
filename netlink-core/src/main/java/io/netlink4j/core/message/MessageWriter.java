package io.netlink4j.core.message;

import static io.netlink4j.core.uapi.Netlink.NLA_F_NESTED;
import static io.netlink4j.core.uapi.Netlink.NLA_HDRLEN;
import static io.netlink4j.core.uapi.Netlink.NLMSG_HDRLEN;
import static io.netlink4j.core.uapi.Netlink.align;

import io.netlink4j.core.uapi.Netlink;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.net.InetAddress;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Appends netlink messages to one reusable native buffer: {@code nlmsghdr}, the family header,
 * and attributes with 4-byte alignment. Nested attributes are opened with {@link #beginNested},
 * which returns the start offset, and closed with {@link #endNested}, which patches the length.
 * Several messages may be appended one after another and sent in one {@code sendto}
 * (pipelining). The buffer grows when a message needs it and is otherwise reused as is.
 *
 * <p>Not thread-safe: a writer belongs to one socket, which serializes its use.
 */
public final class MessageWriter {
    private static final ValueLayout.OfShort U16 = ValueLayout.JAVA_SHORT_UNALIGNED;
    private static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfLong U64 = ValueLayout.JAVA_LONG_UNALIGNED;
    private static final ValueLayout.OfShort U16_BE = U16.withOrder(ByteOrder.BIG_ENDIAN);
    private static final ValueLayout.OfInt U32_BE = U32.withOrder(ByteOrder.BIG_ENDIAN);
    private static final ValueLayout.OfLong U64_BE = U64.withOrder(ByteOrder.BIG_ENDIAN);

    private final Arena arena;
    private MemorySegment buf;
    private int pos;
    private int msgStart = -1;
    private int messages;
    private int seq = 1;

    /** A writer whose buffer (and any growth of it) lives in {@code arena}. */
    public MessageWriter(Arena arena, int initialCapacity) {
        this.arena = arena;
        this.buf = arena.allocate(Math.max(64, initialCapacity), 8);
    }

    /** Forgets everything written, keeping the buffer and the sequence counter. */
    public MessageWriter reset() {
        pos = 0;
        msgStart = -1;
        messages = 0;
        return this;
    }

    /** Sets the sequence number the next {@link #begin} uses; later ones count up from it. */
    public void nextSeq(int seq) {
        this.seq = seq;
    }

    /** The sequence number the next {@link #begin} will use. */
    public int nextSeq() {
        return seq;
    }

    /**
     * Starts a message (closing the previous one) with {@code type} and {@code flags}, port 0.
     *
     * @return its sequence number
     */
    public int begin(int type, int flags) {
        end();
        ensure(NLMSG_HDRLEN);
        msgStart = pos;
        int s = seq++;
        buf.set(U32, pos, NLMSG_HDRLEN);
        buf.set(U16, pos + 4, (short) type);
        buf.set(U16, pos + 6, (short) flags);
        buf.set(U32, pos + 8, s);
        buf.set(U32, pos + 12, 0);
        pos += NLMSG_HDRLEN;
        messages++;
        return s;
    }

    /** Closes the open message, if any, patching its {@code nlmsg_len}. */
    public void end() {
        if (msgStart >= 0) {
            pad();
            buf.set(U32, msgStart, pos - msgStart);
            msgStart = -1;
        }
    }

    /** Number of messages begun since the last reset. */
    public int messageCount() {
        return messages;
    }

    /** Bytes written so far, the open message included. */
    public int size() {
        return pos;
    }

    /** Offset of the open message's header, or -1. */
    public int messageStart() {
        return msgStart;
    }

    /** The written bytes, closing the open message first. */
    public MemorySegment finish() {
        end();
        return buf.asSlice(0, pos);
    }

    // ---- raw fields (family headers) -------------------------------------------------------

    /** Appends {@code n} zero bytes and returns their offset, for a family header to fill. */
    public int reserve(int n) {
        ensure(n);
        int at = pos;
        buf.asSlice(at, n).fill((byte) 0);
        pos += n;
        return at;
    }

    public MessageWriter u8(int v) {
        ensure(1);
        buf.set(ValueLayout.JAVA_BYTE, pos, (byte) v);
        pos += 1;
        return this;
    }

    public MessageWriter u16(int v) {
        ensure(2);
        buf.set(U16, pos, (short) v);
        pos += 2;
        return this;
    }

    public MessageWriter u16be(int v) {
        ensure(2);
        buf.set(U16_BE, pos, (short) v);
        pos += 2;
        return this;
    }

    public MessageWriter u32(int v) {
        ensure(4);
        buf.set(U32, pos, v);
        pos += 4;
        return this;
    }

    public MessageWriter u32be(int v) {
        ensure(4);
        buf.set(U32_BE, pos, v);
        pos += 4;
        return this;
    }

    public MessageWriter u64(long v) {
        ensure(8);
        buf.set(U64, pos, v);
        pos += 8;
        return this;
    }

    public MessageWriter bytes(byte[] b) {
        ensure(b.length);
        MemorySegment.copy(b, 0, buf, ValueLayout.JAVA_BYTE, pos, b.length);
        pos += b.length;
        return this;
    }

    /** Pads with zeros to the next 4-byte boundary. */
    public MessageWriter pad() {
        int p = align(pos) - pos;
        if (p > 0) {
            ensure(p);
            buf.asSlice(pos, p).fill((byte) 0);
            pos += p;
        }
        return this;
    }

    /** Overwrites a 32-bit value at {@code offset} (native order), e.g. a header field. */
    public void setU32(int offset, int v) {
        buf.set(U32, offset, v);
    }

    /** Overwrites a 16-bit value at {@code offset} (native order). */
    public void setU16(int offset, int v) {
        buf.set(U16, offset, (short) v);
    }

    /** The 16-bit value (native order) at {@code offset}. */
    public int getU16(int offset) {
        return Short.toUnsignedInt(buf.get(U16, offset));
    }

    /** Overwrites a byte at {@code offset}. */
    public void setU8(int offset, int v) {
        buf.set(ValueLayout.JAVA_BYTE, offset, (byte) v);
    }

    // ---- attributes -------------------------------------------------------------------------

    private void attrHeader(int type, int payloadLen) {
        if (payloadLen > 0xffff - NLA_HDRLEN) {
            // nla_len is 16 bits: a longer payload would wrap silently and corrupt the message.
            throw new IllegalArgumentException("attribute type " + (type & Netlink.NLA_TYPE_MASK) + " with "
                    + payloadLen + " bytes of payload exceeds the " + (0xffff - NLA_HDRLEN) + "-byte limit");
        }
        pad();
        ensure(NLA_HDRLEN + payloadLen + 3);
        buf.set(U16, pos, (short) (NLA_HDRLEN + payloadLen));
        buf.set(U16, pos + 2, (short) type);
        pos += NLA_HDRLEN;
    }

    public MessageWriter putFlag(int type) {
        attrHeader(type, 0);
        return this;
    }

    public MessageWriter putU8(int type, int v) {
        attrHeader(type, 1);
        return u8(v).pad();
    }

    public MessageWriter putU16(int type, int v) {
        attrHeader(type, 2);
        return u16(v).pad();
    }

    public MessageWriter putU16be(int type, int v) {
        attrHeader(type, 2);
        return u16be(v).pad();
    }

    public MessageWriter putU32(int type, int v) {
        attrHeader(type, 4);
        return u32(v);
    }

    public MessageWriter putU32be(int type, int v) {
        attrHeader(type, 4);
        return u32be(v);
    }

    public MessageWriter putU64(int type, long v) {
        attrHeader(type, 8);
        return u64(v);
    }

    public MessageWriter putU64be(int type, long v) {
        attrHeader(type, 8);
        ensure(8);
        buf.set(U64_BE, pos, v);
        pos += 8;
        return this;
    }

    /** A NUL-terminated string, as the kernel's {@code NLA_NUL_STRING} and {@code NLA_STRING} accept. */
    public MessageWriter putString(int type, String s) {
        int n = asciiOrUtf8Length(s);
        attrHeader(type, n + 1);
        ensure(n + 1);
        writeString(s, n);
        buf.set(ValueLayout.JAVA_BYTE, pos, (byte) 0);
        pos += 1;
        return pad();
    }

    public MessageWriter putBytes(int type, byte[] b) {
        attrHeader(type, b.length);
        return bytes(b).pad();
    }

    /** The raw address bytes (4 or 16), network order. */
    public MessageWriter putAddress(int type, InetAddress a) {
        return putBytes(type, a.getAddress());
    }

    /** Opens a nested attribute ({@code NLA_F_NESTED} set); returns the offset for {@link #endNested}. */
    public int beginNested(int type) {
        attrHeader(type | NLA_F_NESTED, 0);
        return pos - NLA_HDRLEN;
    }

    /** Opens a nested attribute without {@code NLA_F_NESTED}, for the attributes old kernels parse so. */
    public int beginNestedPlain(int type) {
        attrHeader(type, 0);
        return pos - NLA_HDRLEN;
    }

    /** Closes the nested attribute opened at {@code start}, patching its length. */
    public void endNested(int start) {
        int len = pos - start;
        if (len > 0xffff) {
            throw new IllegalArgumentException("nested attribute of " + len + " bytes exceeds 65535");
        }
        buf.set(U16, start, (short) len);
    }

    // ---- internals --------------------------------------------------------------------------

    private static int asciiOrUtf8Length(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return s.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return s.length();
    }

    private void writeString(String s, int encodedLength) {
        if (encodedLength == s.length()) {
            for (int i = 0; i < encodedLength; i++) {
                buf.set(ValueLayout.JAVA_BYTE, pos + i, (byte) s.charAt(i));
            }
        } else {
            MemorySegment.copy(s.getBytes(StandardCharsets.UTF_8), 0, buf, ValueLayout.JAVA_BYTE, pos,
                    encodedLength);
        }
        pos += encodedLength;
    }

    private void ensure(int n) {
        if (pos + n > buf.byteSize()) {
            long cap = Math.max(buf.byteSize() * 2, pos + n + 64L);
            MemorySegment bigger = arena.allocate(cap, 8);
            MemorySegment.copy(buf, 0, bigger, 0, pos);
            buf = bigger;
        }
    }
}
