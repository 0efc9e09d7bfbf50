package io.netlink4j.core.message;

import static io.netlink4j.core.uapi.Netlink.align;

import io.netlink4j.core.ProtocolException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * A bounds-checked, read-only view of a run of received bytes — a family header, a C struct
 * inside an attribute ({@code struct rtnl_link_stats64}, {@code struct tc_htb_opt}), the
 * elements of {@code RTA_MULTIPATH}. Reads are at offsets from the start of the run, in host
 * order unless the name says {@code be}; a read past the end raises {@link ProtocolException}.
 * Like {@link Message}, it is valid only until its socket receives again.
 */
public final class Payload {
    private static final ValueLayout.OfShort U16 = ValueLayout.JAVA_SHORT_UNALIGNED;
    private static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfLong U64 = ValueLayout.JAVA_LONG_UNALIGNED;

    private final MemorySegment seg;
    private final int start;
    private final int length;
    private final String what;

    Payload(MemorySegment seg, int start, int length, String what) {
        this.seg = seg;
        this.start = start;
        this.length = length;
        this.what = what;
    }

    /** Bytes in this run. */
    public int length() {
        return length;
    }

    private long at(int offset, int width) {
        if (offset < 0 || width < 0 || (long) offset + width > length) {
            throw new ProtocolException(what + ": " + width + " bytes at offset " + offset + " past its end " + length);
        }
        return start + offset;
    }

    /** Unsigned byte at {@code offset}. */
    public int u8(int offset) {
        return Byte.toUnsignedInt(seg.get(ValueLayout.JAVA_BYTE, at(offset, 1)));
    }

    /** Unsigned 16-bit value, host order. */
    public int u16(int offset) {
        return Short.toUnsignedInt(seg.get(U16, at(offset, 2)));
    }

    /** Unsigned 16-bit value, network order. */
    public int u16be(int offset) {
        return Short.toUnsignedInt(seg.get(U16.withOrder(ByteOrder.BIG_ENDIAN), at(offset, 2)));
    }

    /** 32-bit value, host order ({@link Integer#toUnsignedLong} for unsigned). */
    public int u32(int offset) {
        return seg.get(U32, at(offset, 4));
    }

    /** 32-bit value, network order. */
    public int u32be(int offset) {
        return seg.get(U32.withOrder(ByteOrder.BIG_ENDIAN), at(offset, 4));
    }

    /** 64-bit value, host order. */
    public long u64(int offset) {
        return seg.get(U64, at(offset, 8));
    }

    /** A copy of {@code n} bytes at {@code offset}. */
    public byte[] bytes(int offset, int n) {
        return seg.asSlice(at(offset, n), n).toArray(ValueLayout.JAVA_BYTE);
    }

    /** A copy of every byte. */
    public byte[] bytes() {
        return bytes(0, length);
    }

    /** The sub-run of {@code n} bytes at {@code offset}. */
    public Payload slice(int offset, int n) {
        return new Payload(seg, (int) at(offset, n), n, what);
    }

    /** The attributes from {@code offset} (aligned to 4 as the kernel aligns it) to the end. */
    public Attributes attributes(int offset) {
        int off = align(offset);
        if (off < 0 || off > length) {
            throw new ProtocolException(what + ": attributes at " + off + " past its end " + length);
        }
        return new Attributes(seg, start + off, length - off);
    }
}
