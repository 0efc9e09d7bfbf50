package io.netlink4j.core.message;

import static io.netlink4j.core.message.Layouts.*;
import static io.netlink4j.core.uapi.Netlink.NLA_F_NESTED;
import static io.netlink4j.core.uapi.Netlink.NLA_HDRLEN;
import static io.netlink4j.core.uapi.Netlink.NLMSG_HDRLEN;
import static io.netlink4j.core.uapi.Netlink.align;

import io.netlink4j.core.uapi.Netlink;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.net.InetAddress;
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
    private final Arena arena;
    private MemorySegment buf;
    private int pos;
    private int msgStart = -1;
    private int messages;
    private int seq = 1;

    /**
     * A writer whose buffer (and any growth of it) lives in {@code arena}: an outgrown buffer
     * is not freed before the arena closes, so size {@code initialCapacity} for the usual message.
     *
     * @param arena           where the buffer is allocated; the writer must not outlive it
     * @param initialCapacity bytes to start with; at least 64 are allocated
     */
    public MessageWriter(Arena arena, int initialCapacity) {
        this.arena = arena;
        this.buf = arena.allocate(Math.max(64, initialCapacity), 8);
    }

    /**
     * Forgets everything written, keeping the buffer and the sequence counter.
     *
     * @return this writer, empty
     */
    public MessageWriter reset() {
        pos = 0;
        msgStart = -1;
        messages = 0;
        return this;
    }

    /**
     * Sets the sequence number the next {@link #begin} uses; later ones count up from it.
     *
     * @param seq the next {@code nlmsg_seq}; 0 for a request compared with a capture
     */
    public void nextSeq(int seq) {
        this.seq = seq;
    }

    /**
     * The sequence number the next {@link #begin} will use, for matching replies.
     *
     * @return the next {@code nlmsg_seq}
     */
    public int nextSeq() {
        return seq;
    }

    /**
     * Starts a message (closing the previous one) with {@code type} and {@code flags}, port 0.
     *
     * @param type  {@code nlmsg_type}; its low 16 bits are written
     * @param flags {@code nlmsg_flags}, {@code NLM_F_REQUEST} included; its low 16 bits are written
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

    /**
     * The messages begun since the last reset, the open one included.
     *
     * @return how many
     */
    public int messageCount() {
        return messages;
    }

    /**
     * The bytes written so far, the open message included.
     *
     * @return the offset the next byte goes to
     */
    public int size() {
        return pos;
    }

    /**
     * Where the open message starts, for patching its header.
     *
     * @return the offset of its {@code nlmsghdr}, or -1 when no message is open
     */
    public int messageStart() {
        return msgStart;
    }

    /**
     * The written bytes, closing the open message first.
     *
     * @return a view of the buffer (not a copy), valid until the next write or {@link #reset}
     */
    public MemorySegment finish() {
        end();
        return buf.asSlice(0, pos);
    }

    // ---- raw fields (family headers) -------------------------------------------------------

    /**
     * Appends {@code n} zero bytes, for a family header to fill with the {@code set} methods.
     *
     * @param n how many bytes, 0 or more
     * @return the offset of the first of them
     */
    public int reserve(int n) {
        ensure(n);
        int at = pos;
        buf.asSlice(at, n).fill((byte) 0);
        pos += n;
        return at;
    }

    /**
     * Appends a byte (a family header's field).
     *
     * @param v the value; only its low 8 bits are written
     * @return this writer
     */
    public MessageWriter u8(int v) {
        ensure(1);
        buf.set(ValueLayout.JAVA_BYTE, pos, (byte) v);
        pos += 1;
        return this;
    }

    /**
     * Appends a 16-bit value in host order.
     *
     * @param v the value; only its low 16 bits are written
     * @return this writer
     */
    public MessageWriter u16(int v) {
        ensure(2);
        buf.set(U16, pos, (short) v);
        pos += 2;
        return this;
    }

    /**
     * Appends a 16-bit value in network order.
     *
     * @param v the value; only its low 16 bits are written
     * @return this writer
     */
    public MessageWriter u16be(int v) {
        ensure(2);
        buf.set(U16_BE, pos, (short) v);
        pos += 2;
        return this;
    }

    /**
     * Appends a 32-bit value in host order.
     *
     * @param v the value; only its low 32 bits are written
     * @return this writer
     */
    public MessageWriter u32(int v) {
        ensure(4);
        buf.set(U32, pos, v);
        pos += 4;
        return this;
    }

    /**
     * Appends a 32-bit value in network order.
     *
     * @param v the value; only its low 32 bits are written
     * @return this writer
     */
    public MessageWriter u32be(int v) {
        ensure(4);
        buf.set(U32_BE, pos, v);
        pos += 4;
        return this;
    }

    /**
     * Appends a 64-bit value in host order.
     *
     * @param v the value
     * @return this writer
     */
    public MessageWriter u64(long v) {
        ensure(8);
        buf.set(U64, pos, v);
        pos += 8;
        return this;
    }

    /**
     * Appends bytes as they are, without padding.
     *
     * @param b the bytes, not null
     * @return this writer
     */
    public MessageWriter bytes(byte[] b) {
        ensure(b.length);
        MemorySegment.copy(b, 0, buf, ValueLayout.JAVA_BYTE, pos, b.length);
        pos += b.length;
        return this;
    }

    /**
     * Pads with zeros to the next 4-byte boundary ({@code NLMSG_ALIGN}, {@code NLA_ALIGN}).
     *
     * @return this writer
     */
    public MessageWriter pad() {
        int p = align(pos) - pos;
        if (p > 0) {
            ensure(p);
            buf.asSlice(pos, p).fill((byte) 0);
            pos += p;
        }
        return this;
    }

    /**
     * Overwrites a 32-bit value in host order, e.g. a family header field known only later.
     *
     * @param offset where, from the start of the buffer (as {@link #reserve} returned)
     * @param v      the value
     * @throws IndexOutOfBoundsException if the 4 bytes are outside the buffer
     */
    public void setU32(int offset, int v) {
        buf.set(U32, offset, v);
    }

    /**
     * Overwrites a 16-bit value in host order.
     *
     * @param offset where, from the start of the buffer
     * @param v      the value; its low 16 bits are written
     * @throws IndexOutOfBoundsException if the 2 bytes are outside the buffer
     */
    public void setU16(int offset, int v) {
        buf.set(U16, offset, (short) v);
    }


    /**
     * Overwrites a byte.
     *
     * @param offset where, from the start of the buffer
     * @param v      the value; its low 8 bits are written
     * @throws IndexOutOfBoundsException if the byte is outside the buffer
     */
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

    /**
     * Appends an attribute without payload ({@code NLA_FLAG}): present means true.
     *
     * @param type the attribute type, flags included if any
     * @return this writer
     */
    public MessageWriter putFlag(int type) {
        attrHeader(type, 0);
        return this;
    }

    /**
     * Appends an {@code NLA_U8} attribute, padded to 4 bytes.
     *
     * @param type the attribute type, flags included if any
     * @param v    the value; its low 8 bits are written
     * @return this writer
     */
    public MessageWriter putU8(int type, int v) {
        attrHeader(type, 1);
        return u8(v).pad();
    }

    /**
     * Appends an {@code NLA_U16} attribute in host order, padded to 4 bytes.
     *
     * @param type the attribute type, flags included if any
     * @param v    the value; its low 16 bits are written
     * @return this writer
     */
    public MessageWriter putU16(int type, int v) {
        attrHeader(type, 2);
        return u16(v).pad();
    }

    /**
     * Appends an {@code NLA_BE16} attribute (network order: a port), padded to 4 bytes.
     *
     * @param type the attribute type, flags included if any
     * @param v    the value; its low 16 bits are written
     * @return this writer
     */
    public MessageWriter putU16be(int type, int v) {
        attrHeader(type, 2);
        return u16be(v).pad();
    }

    /**
     * Appends an {@code NLA_U32} attribute in host order.
     *
     * @param type the attribute type, flags included if any
     * @param v    the value
     * @return this writer
     */
    public MessageWriter putU32(int type, int v) {
        attrHeader(type, 4);
        return u32(v);
    }

    /**
     * Appends an {@code NLA_BE32} attribute (network order, as nftables wants most numbers).
     *
     * @param type the attribute type, flags included if any
     * @param v    the value
     * @return this writer
     */
    public MessageWriter putU32be(int type, int v) {
        attrHeader(type, 4);
        return u32be(v);
    }

    /**
     * Appends an {@code NLA_U64} attribute in host order.
     *
     * @param type the attribute type, flags included if any
     * @param v    the value
     * @return this writer
     */
    public MessageWriter putU64(int type, long v) {
        attrHeader(type, 8);
        return u64(v);
    }

    /**
     * Appends an {@code NLA_BE64} attribute (network order: nftables handles).
     *
     * @param type the attribute type, flags included if any
     * @param v    the value
     * @return this writer
     */
    public MessageWriter putU64be(int type, long v) {
        attrHeader(type, 8);
        ensure(8);
        buf.set(U64_BE, pos, v);
        pos += 8;
        return this;
    }

    /**
     * Appends a NUL-terminated string, as the kernel's {@code NLA_NUL_STRING} and
     * {@code NLA_STRING} accept. (Where iproute2 sends no NUL, as for {@code IFLA_INFO_KIND}, the
     * codec uses {@link #putBytes}.)
     *
     * @param type the attribute type
     * @param s    the string, written as UTF-8; not null
     * @return this writer
     * @throws IllegalArgumentException if the string is longer than an attribute can hold
     */
    public MessageWriter putString(int type, String s) {
        int n = asciiOrUtf8Length(s);
        attrHeader(type, n + 1);
        ensure(n + 1);
        writeString(s, n);
        buf.set(ValueLayout.JAVA_BYTE, pos, (byte) 0);
        pos += 1;
        return pad();
    }

    /**
     * Appends an attribute holding {@code b} as it is ({@code NLA_BINARY}, a C struct), padded
     * to 4 bytes.
     *
     * @param type the attribute type
     * @param b    the payload, not null
     * @return this writer
     * @throws IllegalArgumentException if {@code b} is longer than an attribute can hold (65531 bytes)
     */
    public MessageWriter putBytes(int type, byte[] b) {
        attrHeader(type, b.length);
        return bytes(b).pad();
    }

    /**
     * Appends an address attribute ({@code IFA_ADDRESS}, {@code RTA_GATEWAY}).
     *
     * @param type the attribute type
     * @param a    the address, not null; its 4 or 16 bytes are written in network order
     * @return this writer
     */
    public MessageWriter putAddress(int type, InetAddress a) {
        return putBytes(type, a.getAddress());
    }

    /**
     * Opens a nested attribute with {@code NLA_F_NESTED} set; attributes appended until
     * {@link #endNested} go inside it.
     *
     * @param type the attribute type, without the flag
     * @return the attribute's offset, for {@link #endNested}
     */
    public int beginNested(int type) {
        attrHeader(type | NLA_F_NESTED, 0);
        return pos - NLA_HDRLEN;
    }

    /**
     * Opens a nested attribute without {@code NLA_F_NESTED}, as iproute2 sends
     * {@code IFLA_LINKINFO}: the kernel accepts both, and byte tests hold to iproute2's way.
     *
     * @param type the attribute type
     * @return the attribute's offset, for {@link #endNested}
     */
    public int beginNestedPlain(int type) {
        attrHeader(type, 0);
        return pos - NLA_HDRLEN;
    }

    /**
     * Closes the nested attribute opened at {@code start}, patching its length.
     *
     * @param start what {@link #beginNested} or {@link #beginNestedPlain} returned
     * @throws IllegalArgumentException if the nest grew past 65535 bytes, which {@code nla_len}
     *                                  cannot express
     */
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
