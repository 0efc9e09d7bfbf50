package io.netlink4j.core.message;

import static io.netlink4j.core.uapi.Netlink.NLA_F_NESTED;
import static io.netlink4j.core.uapi.Netlink.NLA_HDRLEN;
import static io.netlink4j.core.uapi.Netlink.NLA_TYPE_MASK;
import static io.netlink4j.core.uapi.Netlink.align;

import io.netlink4j.core.ProtocolException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A cursor over a run of netlink attributes. {@link #next} moves to the next attribute after
 * checking that its {@code nla_len} fits; the typed getters check the payload width. Any
 * violation raises {@link ProtocolException} naming the attribute type and the sizes.
 *
 * <pre>{@code
 * Attributes a = msg.attributes(IFINFOMSG_LEN);
 * while (a.next()) {
 *     switch (a.type()) {
 *         case IFLA_IFNAME -> name = a.string();
 *         case IFLA_MTU -> mtu = a.u32();
 *         case IFLA_LINKINFO -> parseLinkInfo(a.nested());
 *         default -> unknown.add(a.type(), a.bytes()); // kept, not dropped
 *     }
 * }
 * }</pre>
 */
public final class Attributes {
    private static final ValueLayout.OfShort U16 = ValueLayout.JAVA_SHORT_UNALIGNED;
    private static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfLong U64 = ValueLayout.JAVA_LONG_UNALIGNED;

    private final MemorySegment seg;
    private final int end;
    private int next;
    private int cur = -1;
    private int curLen;
    private int rawType;

    /** A cursor over {@code length} bytes of attributes starting at {@code offset} of {@code seg}. */
    Attributes(MemorySegment seg, int offset, int length) {
        if (offset < 0 || length < 0 || (long) offset + length > seg.byteSize()) {
            throw new ProtocolException("attribute run " + offset + "+" + length + " outside " + seg.byteSize());
        }
        this.seg = seg;
        this.next = offset;
        this.end = offset + length;
    }

    /** Moves to the next attribute; {@code false} when the run is exhausted. */
    public boolean next() {
        if (end - next < NLA_HDRLEN) {
            // Trailing padding shorter than a header is tolerated, as the kernel's nla_for_each does.
            next = end;
            cur = -1;
            return false;
        }
        int len = Short.toUnsignedInt(seg.get(U16, next));
        if (len < NLA_HDRLEN || len > end - next) {
            throw new ProtocolException("attribute type " + (Short.toUnsignedInt(seg.get(U16, next + 2)) & NLA_TYPE_MASK)
                    + ": nla_len " + len + " outside " + NLA_HDRLEN + ".." + (end - next));
        }
        cur = next;
        curLen = len - NLA_HDRLEN;
        rawType = Short.toUnsignedInt(seg.get(U16, next + 2));
        next += Math.min(align(len), end - next);
        return true;
    }

    /** The attribute type without the {@code NLA_F_NESTED} and byte-order flags. */
    public int type() {
        return rawType & NLA_TYPE_MASK;
    }

    /** Whether the sender set {@code NLA_F_NESTED}. */
    public boolean isNested() {
        return (rawType & NLA_F_NESTED) != 0;
    }

    /** Payload length in bytes. */
    public int length() {
        return curLen;
    }

    private int payload(int width) {
        if (cur < 0) {
            throw new IllegalStateException("no current attribute: call next() first");
        }
        if (curLen < width) {
            throw new ProtocolException("attribute type " + type() + ": expected " + width + " bytes, got " + curLen);
        }
        return cur + NLA_HDRLEN;
    }

    /** Unsigned byte payload. */
    public int u8() {
        return Byte.toUnsignedInt(seg.get(ValueLayout.JAVA_BYTE, payload(1)));
    }

    /** Unsigned 16-bit payload, host order. */
    public int u16() {
        return Short.toUnsignedInt(seg.get(U16, payload(2)));
    }

    /** Unsigned 16-bit payload, network order. */
    public int u16be() {
        return Short.toUnsignedInt(seg.get(U16.withOrder(ByteOrder.BIG_ENDIAN), payload(2)));
    }

    /** 32-bit value, host order (use {@link Integer#toUnsignedLong} for unsigned). */
    public int u32() {
        return seg.get(U32, payload(4));
    }

    /** 32-bit payload, network order. */
    public int u32be() {
        return seg.get(U32.withOrder(ByteOrder.BIG_ENDIAN), payload(4));
    }

    /** 64-bit payload, host order. */
    public long u64() {
        return seg.get(U64, payload(8));
    }

    /** 64-bit payload, network order. */
    public long u64be() {
        return seg.get(U64.withOrder(ByteOrder.BIG_ENDIAN), payload(8));
    }

    /** The payload up to the first NUL (or its end), as UTF-8. */
    public String string() {
        int at = payload(0);
        int n = 0;
        while (n < curLen && seg.get(ValueLayout.JAVA_BYTE, at + n) != 0) {
            n++;
        }
        return new String(seg.asSlice(at, n).toArray(ValueLayout.JAVA_BYTE), StandardCharsets.UTF_8);
    }

    /** The current attribute as it came, for a record's list of attributes it does not model. */
    public RawAttribute raw() {
        return new RawAttribute(type(), bytes());
    }

    /** A copy of the payload. */
    public byte[] bytes() {
        return seg.asSlice(payload(0), curLen).toArray(ValueLayout.JAVA_BYTE);
    }

    /** The payload as an IPv4 (4 bytes) or IPv6 (16 bytes) address. */
    public InetAddress address() {
        if (curLen != 4 && curLen != 16) {
            throw new ProtocolException("attribute type " + type() + ": address of " + curLen + " bytes");
        }
        try {
            return InetAddress.getByAddress(bytes());
        } catch (UnknownHostException e) {
            throw new ProtocolException("attribute type " + type() + ": " + e.getMessage());
        }
    }

    /** A cursor over the attributes nested in this one's payload. */
    public Attributes nested() {
        return new Attributes(seg, payload(0), curLen);
    }

    /** The payload as a bounds-checked view, for C structs inside an attribute. */
    public Payload payload() {
        return new Payload(seg, payload(0), curLen, "attribute type " + type());
    }
}
