package io.netlink4j.core.message;

import static io.netlink4j.core.message.Layouts.*;
import static io.netlink4j.core.uapi.Netlink.align;

import io.netlink4j.core.ProtocolException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A bounds-checked, read-only view of a run of received bytes — a family header, a C struct
 * inside an attribute ({@code struct rtnl_link_stats64}, {@code struct tc_htb_opt}), the
 * elements of {@code RTA_MULTIPATH}. Reads are at offsets from the start of the run, in host
 * order unless the name says {@code be}; a read past the end raises {@link ProtocolException}.
 * Like {@link Message}, it is valid only until its socket receives again.
 */
public final class Payload {
    private MemorySegment seg;
    private int start;
    private int length;
    private final String kind;
    private int type;

    /**
     * A view of {@code length} bytes at {@code start} of {@code seg}; errors name it as
     * {@code kind} and {@code type} ("attribute type 3"), formatted only when one is raised.
     */
    Payload(MemorySegment seg, int start, int length, String kind, int type) {
        this.kind = kind;
        at(seg, start, length, type);
    }

    /** Re-points the view, for the one a reused {@link Message} keeps. */
    void at(MemorySegment seg, int start, int length, int type) {
        this.seg = seg;
        this.start = start;
        this.length = length;
        this.type = type;
    }

    private String what() {
        return kind + " " + type;
    }

    /**
     * The bytes in this run.
     *
     * @return the length; offsets are 0 up to it
     */
    public int length() {
        return length;
    }

    private long at(int offset, int width) {
        if (offset < 0 || width < 0 || (long) offset + width > length) {
            throw new ProtocolException(what() + ": " + width + " bytes at offset " + offset + " past its end " + length);
        }
        return start + offset;
    }

    /**
     * An unsigned byte.
     *
     * @param offset bytes from the start of the run
     * @return 0..255
     * @throws ProtocolException if the read runs past the end of the run
     */
    public int u8(int offset) {
        return Byte.toUnsignedInt(seg.get(ValueLayout.JAVA_BYTE, at(offset, 1)));
    }

    /**
     * An unsigned 16-bit value in host order.
     *
     * @param offset bytes from the start of the run
     * @return 0..65535
     * @throws ProtocolException if the read runs past the end of the run
     */
    public int u16(int offset) {
        return Short.toUnsignedInt(seg.get(U16, at(offset, 2)));
    }

    /**
     * An unsigned 16-bit value in network order (a port, an ethertype).
     *
     * @param offset bytes from the start of the run
     * @return 0..65535
     * @throws ProtocolException if the read runs past the end of the run
     */
    public int u16be(int offset) {
        return Short.toUnsignedInt(seg.get(U16_BE, at(offset, 2)));
    }

    /**
     * A 32-bit value in host order.
     *
     * @param offset bytes from the start of the run
     * @return the bits as an {@code int}; {@link Integer#toUnsignedLong} for a {@code u32}
     * @throws ProtocolException if the read runs past the end of the run
     */
    public int u32(int offset) {
        return seg.get(U32, at(offset, 4));
    }

    /**
     * A 32-bit value in network order (an IPv4 address as a number, a {@code __be32}).
     *
     * @param offset bytes from the start of the run
     * @return the bits as an {@code int}
     * @throws ProtocolException if the read runs past the end of the run
     */
    public int u32be(int offset) {
        return seg.get(U32_BE, at(offset, 4));
    }

    /**
     * A 64-bit value in host order (a counter of {@code rtnl_link_stats64}).
     *
     * @param offset bytes from the start of the run
     * @return the bits as a {@code long}; {@link Long#toUnsignedString(long)} for a {@code u64}
     * @throws ProtocolException if the read runs past the end of the run
     */
    public long u64(int offset) {
        return seg.get(U64, at(offset, 8));
    }

    /**
     * A copy of {@code n} bytes, for values kept after the view moves on.
     *
     * @param offset bytes from the start of the run
     * @param n      how many bytes, 0 or more
     * @return a new array of {@code n} bytes
     * @throws ProtocolException if the read runs past the end of the run
     */
    public byte[] bytes(int offset, int n) {
        return seg.asSlice(at(offset, n), n).toArray(ValueLayout.JAVA_BYTE);
    }

    /**
     * A copy of every byte of the run.
     *
     * @return a new array of {@link #length()} bytes
     */
    public byte[] bytes() {
        return bytes(0, length);
    }

    /**
     * The sub-run of {@code n} bytes at {@code offset}: one element of an array of structs.
     *
     * @param offset bytes from the start of the run
     * @param n      its length in bytes
     * @return a view whose offsets start at {@code offset} of this one
     * @throws ProtocolException if the sub-run reaches past the end of this run
     */
    public Payload slice(int offset, int n) {
        return new Payload(seg, (int) at(offset, n), n, kind, type);
    }

    /**
     * The attributes from {@code offset} to the end of the run: those after a struct inside a
     * nested attribute.
     *
     * @param offset where the attributes start, aligned up to 4 as the kernel aligns it
     * @return a cursor before the first attribute
     * @throws ProtocolException if the aligned offset is past the end of the run
     */
    public Attributes attributes(int offset) {
        int off = align(offset);
        if (off < 0 || off > length) {
            throw new ProtocolException(what() + ": attributes at " + off + " past its end " + length);
        }
        return new Attributes(seg, start + off, length - off);
    }
}
