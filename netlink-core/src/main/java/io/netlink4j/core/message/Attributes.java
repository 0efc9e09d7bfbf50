package io.netlink4j.core.message;

import static io.netlink4j.core.message.Layouts.*;
import static io.netlink4j.core.uapi.Netlink.NLA_F_NESTED;
import static io.netlink4j.core.uapi.Netlink.NLA_HDRLEN;
import static io.netlink4j.core.uapi.Netlink.NLA_TYPE_MASK;
import static io.netlink4j.core.uapi.Netlink.align;

import io.netlink4j.core.ProtocolException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
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
 *         default -> unknown.add(a.raw()); // kept, not dropped
 *     }
 * }
 * }</pre>
 */
public final class Attributes {
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

    /**
     * Moves to the next attribute. Trailing bytes too few for a header are skipped, as the
     * kernel's {@code nla_for_each_attr} does.
     *
     * @return {@code true} if the getters now read another attribute, {@code false} when the run
     *         is exhausted
     * @throws ProtocolException if an {@code nla_len} is below 4 or runs past the run
     */
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

    /**
     * The current attribute's type, for the {@code switch} over the family's {@code *_A_*} or
     * {@code IFLA_*} constants.
     *
     * @return {@code nla_type} without the {@code NLA_F_NESTED} and {@code NLA_F_NET_BYTEORDER} flags
     */
    public int type() {
        return rawType & NLA_TYPE_MASK;
    }

    /**
     * Whether the sender set {@code NLA_F_NESTED}; informative only, since iproute2 and older
     * kernels nest without it.
     *
     * @return {@code true} if the flag is set
     */
    public boolean isNested() {
        return (rawType & NLA_F_NESTED) != 0;
    }

    /**
     * The current attribute's payload length, without header or padding.
     *
     * @return {@code nla_len} minus 4
     */
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

    /**
     * The payload as an unsigned byte ({@code NLA_U8}).
     *
     * @return 0..255
     * @throws ProtocolException    if the payload is shorter than 1 byte
     * @throws IllegalStateException before the first {@link #next}, or after it returned {@code false}
     */
    public int u8() {
        return Byte.toUnsignedInt(seg.get(ValueLayout.JAVA_BYTE, payload(1)));
    }

    /**
     * The payload as an unsigned 16-bit value in host order ({@code NLA_U16}).
     *
     * @return 0..65535
     * @throws ProtocolException    if the payload is shorter than 2 bytes
     * @throws IllegalStateException before the first {@link #next}, or after it returned {@code false}
     */
    public int u16() {
        return Short.toUnsignedInt(seg.get(U16, payload(2)));
    }

    /**
     * The payload as an unsigned 16-bit value in network order (a port, {@code NLA_BE16}).
     *
     * @return 0..65535
     * @throws ProtocolException    if the payload is shorter than 2 bytes
     * @throws IllegalStateException before the first {@link #next}, or after it returned {@code false}
     */
    public int u16be() {
        return Short.toUnsignedInt(seg.get(U16_BE, payload(2)));
    }

    /**
     * The payload as a 32-bit value in host order ({@code NLA_U32}, {@code NLA_S32}).
     *
     * @return the bits as an {@code int}; {@link Integer#toUnsignedLong} for a {@code u32}
     * @throws ProtocolException    if the payload is shorter than 4 bytes
     * @throws IllegalStateException before the first {@link #next}, or after it returned {@code false}
     */
    public int u32() {
        return seg.get(U32, payload(4));
    }

    /**
     * The payload as a 32-bit value in network order ({@code NLA_BE32}, as nftables sends most numbers).
     *
     * @return the bits as an {@code int}
     * @throws ProtocolException    if the payload is shorter than 4 bytes
     * @throws IllegalStateException before the first {@link #next}, or after it returned {@code false}
     */
    public int u32be() {
        return seg.get(U32_BE, payload(4));
    }

    /**
     * The payload as a 64-bit value in host order ({@code NLA_U64}).
     *
     * @return the bits as a {@code long}; {@link Long#toUnsignedString(long)} for a {@code u64}
     * @throws ProtocolException    if the payload is shorter than 8 bytes
     * @throws IllegalStateException before the first {@link #next}, or after it returned {@code false}
     */
    public long u64() {
        return seg.get(U64, payload(8));
    }

    /**
     * The payload as a 64-bit value in network order ({@code NLA_BE64}: nftables handles and counters).
     *
     * @return the bits as a {@code long}
     * @throws ProtocolException    if the payload is shorter than 8 bytes
     * @throws IllegalStateException before the first {@link #next}, or after it returned {@code false}
     */
    public long u64be() {
        return seg.get(U64_BE, payload(8));
    }

    /**
     * The payload as a string ({@code NLA_STRING}, {@code NLA_NUL_STRING}).
     *
     * @return the bytes up to the first NUL, or all of them when there is none, decoded as UTF-8
     * @throws IllegalStateException before the first {@link #next}, or after it returned {@code false}
     */
    public String string() {
        int at = payload(0);
        int n = 0;
        while (n < curLen && seg.get(ValueLayout.JAVA_BYTE, at + n) != 0) {
            n++;
        }
        return new String(seg.asSlice(at, n).toArray(ValueLayout.JAVA_BYTE), StandardCharsets.UTF_8);
    }

    /**
     * The current attribute as it came, for a record's list of attributes it does not model.
     *
     * @return its type (without flags) and a copy of its payload
     * @throws IllegalStateException before the first {@link #next}, or after it returned {@code false}
     */
    public RawAttribute raw() {
        return new RawAttribute(type(), bytes());
    }

    /**
     * A copy of the payload, for values kept after the receive buffer is reused.
     *
     * @return a new array of {@link #length()} bytes
     * @throws IllegalStateException before the first {@link #next}, or after it returned {@code false}
     */
    public byte[] bytes() {
        return seg.asSlice(payload(0), curLen).toArray(ValueLayout.JAVA_BYTE);
    }

    /**
     * The payload as an address ({@code IFA_ADDRESS}, {@code RTA_DST}, {@code NDA_DST}).
     *
     * @return an IPv4 address for 4 bytes, an IPv6 address for 16 (an IPv4-mapped
     *         {@code ::ffff:a.b.c.d} stays IPv6, as the kernel holds it)
     * @throws ProtocolException    if the payload is neither 4 nor 16 bytes
     * @throws IllegalStateException before the first {@link #next}, or after it returned {@code false}
     */
    public InetAddress address() {
        if (curLen != 4 && curLen != 16) {
            throw new ProtocolException("attribute type " + type() + ": address of " + curLen + " bytes");
        }
        try {
            // By length, not by content: getByAddress would turn ::ffff:a.b.c.d into an IPv4 address.
            return curLen == 4 ? InetAddress.getByAddress(bytes()) : Inet6Address.getByAddress(null, bytes(), -1);
        } catch (UnknownHostException e) {
            throw new ProtocolException("attribute type " + type() + ": " + e.getMessage());
        }
    }

    /**
     * A cursor over the attributes nested in this one's payload ({@code IFLA_LINKINFO},
     * {@code NFTA_RULE_EXPRESSIONS}), whether or not the sender set {@code NLA_F_NESTED}.
     *
     * @return a new cursor before the first nested attribute; this one stays where it is
     * @throws IllegalStateException before the first {@link #next}, or after it returned {@code false}
     */
    public Attributes nested() {
        return new Attributes(seg, payload(0), curLen);
    }

    /**
     * The payload as a bounds-checked view, for C structs inside an attribute
     * ({@code IFLA_STATS64}, {@code TCA_HTB_PARMS}).
     *
     * @return a view of the payload's bytes, valid as long as the message is
     * @throws IllegalStateException before the first {@link #next}, or after it returned {@code false}
     */
    public Payload payload() {
        return new Payload(seg, payload(0), curLen, "attribute type", type());
    }
}
