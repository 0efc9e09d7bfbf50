package io.netlink4j.route.internal;

import static io.netlink4j.route.uapi.IcmpH.*;
import static io.netlink4j.route.internal.IcmpSocket.putU16;
import static io.netlink4j.route.internal.IcmpSocket.u16;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The ICMP echo codec (RFC 792, RFC 4443): writes requests, and recognises among everything a raw
 * socket receives the replies and errors that answer one of ours (same identifier, echo request
 * inside, sent to our target).
 */
public final class IcmpEcho {
    /** Bytes after the 8-byte header, as {@code ping}'s default 56. */
    public static final int PAYLOAD = 56;
    private static final int IPV6_HEADER = 40;
    private static final int NEXTHDR_ICMPV6 = 58;
    private static final int IPPROTO_ICMP = 1;

    private IcmpEcho() {}

    /** What an incoming message says about our probe {@code seq}: a reply, or an error with its text. */
    public record Answer(int seq, String error) {
        /** Whether this is an echo reply rather than an ICMP error. */
        public boolean isReply() {
            return error == null;
        }
    }

    /** Writes an echo request at offset 0 and returns its length; the IPv4 checksum is ours to compute. */
    public static int writeRequest(MemorySegment m, boolean v6, int id, int seq) {
        int len = 8 + PAYLOAD;
        m.set(ValueLayout.JAVA_BYTE, 0, (byte) (v6 ? ICMPV6_ECHO_REQUEST : ICMP_ECHO));
        m.set(ValueLayout.JAVA_BYTE, 1, (byte) 0);
        putU16(m, 2, 0);
        putU16(m, 4, id);
        putU16(m, 6, seq);
        for (int i = 0; i < PAYLOAD; i++) {
            m.set(ValueLayout.JAVA_BYTE, 8 + i, (byte) (0x10 + i));
        }
        if (!v6) {
            putU16(m, 2, checksum(m, 0, len));
        }
        return len;
    }

    /** The Internet checksum (RFC 1071) of {@code len} bytes at {@code offset}. */
    public static int checksum(MemorySegment m, long offset, int len) {
        long sum = 0;
        int i = 0;
        for (; i + 1 < len; i += 2) {
            sum += u16(m, offset + i);
        }
        if (i < len) {
            sum += (Byte.toUnsignedInt(m.get(ValueLayout.JAVA_BYTE, offset + i))) << 8;
        }
        while ((sum >> 16) != 0) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        return (int) (~sum & 0xffff);
    }

    /**
     * The answer to one of our probes that {@code m} carries, or {@code null} when it is about
     * something else (another ping's reply, our own request looped back, neighbour discovery...).
     * Bounds are checked against {@code len}: a short or malformed message is simply not ours.
     */
    public static Answer parse(MemorySegment m, int len, boolean v6, int id, byte[] target) {
        return v6 ? parse6(m, len, id, target) : parse4(m, len, id, target);
    }

    private static Answer parse4(MemorySegment m, int len, int id, byte[] target) {
        if (len < 20 || (u8(m, 0) >> 4) != 4) {
            return null;
        }
        int ihl = (u8(m, 0) & 0x0f) * 4;
        if (ihl < 20 || len < ihl + 8 || u8(m, 9) != IPPROTO_ICMP) {
            return null;
        }
        int type = u8(m, ihl);
        if (type == ICMP_ECHOREPLY) {
            if (u16(m, ihl + 4) != id || checksum(m, ihl, len - ihl) != 0) {
                return null;
            }
            return new Answer(u16(m, ihl + 6), null);
        }
        if (type != ICMP_DEST_UNREACH && type != ICMP_TIME_EXCEEDED) {
            return null;
        }
        // The error quotes our IP header and the first 8 bytes of our echo request.
        int inner = ihl + 8;
        if (len < inner + 20) {
            return null;
        }
        int innerIhl = (u8(m, inner) & 0x0f) * 4;
        int echo = inner + innerIhl;
        if (innerIhl < 20 || len < echo + 8 || u8(m, inner + 9) != IPPROTO_ICMP
                || !same(m, inner + 16, target) || u8(m, echo) != ICMP_ECHO || u16(m, echo + 4) != id) {
            return null;
        }
        return new Answer(u16(m, echo + 6), describe4(type, u8(m, ihl + 1)));
    }

    private static Answer parse6(MemorySegment m, int len, int id, byte[] target) {
        if (len < 8) {
            return null;
        }
        int type = u8(m, 0);
        if (type == ICMPV6_ECHO_REPLY) {
            // The kernel verified the ICMPv6 checksum before delivering the message.
            return u16(m, 4) == id ? new Answer(u16(m, 6), null) : null;
        }
        if (type != ICMPV6_DEST_UNREACH && type != ICMPV6_TIME_EXCEED && type != ICMPV6_PKT_TOOBIG
                && type != ICMPV6_PARAMPROB) {
            return null;
        }
        int inner = 8;
        int echo = inner + IPV6_HEADER;
        if (len < echo + 8 || u8(m, inner + 6) != NEXTHDR_ICMPV6 || !same(m, inner + 24, target)
                || u8(m, echo) != ICMPV6_ECHO_REQUEST || u16(m, echo + 4) != id) {
            return null;
        }
        return new Answer(u16(m, echo + 6), describe6(type, u8(m, 1)));
    }

    private static String describe4(int type, int code) {
        if (type == ICMP_TIME_EXCEEDED) {
            return code == ICMP_EXC_TTL ? "Time to live exceeded" : "Frag reassembly time exceeded";
        }
        return switch (code) {
            case ICMP_NET_UNREACH -> "Destination Net Unreachable";
            case ICMP_HOST_UNREACH -> "Destination Host Unreachable";
            case ICMP_PROT_UNREACH -> "Destination Protocol Unreachable";
            case ICMP_PORT_UNREACH -> "Destination Port Unreachable";
            case ICMP_FRAG_NEEDED -> "Frag needed";
            case ICMP_NET_ANO, ICMP_HOST_ANO, ICMP_PKT_FILTERED -> "Packet filtered";
            default -> "Destination Unreachable, code " + code;
        };
    }

    private static String describe6(int type, int code) {
        return switch (type) {
            case ICMPV6_DEST_UNREACH -> switch (code) {
                case ICMPV6_NOROUTE -> "Destination unreachable: No route";
                case ICMPV6_ADM_PROHIBITED -> "Destination unreachable: Administratively prohibited";
                case ICMPV6_ADDR_UNREACH -> "Destination unreachable: Address unreachable";
                case ICMPV6_PORT_UNREACH -> "Destination unreachable: Port unreachable";
                default -> "Destination unreachable, code " + code;
            };
            case ICMPV6_TIME_EXCEED -> "Time exceeded: Hop limit";
            case ICMPV6_PKT_TOOBIG -> "Packet too big";
            default -> "Parameter problem, code " + code;
        };
    }

    private static int u8(MemorySegment m, long offset) {
        return Byte.toUnsignedInt(m.get(ValueLayout.JAVA_BYTE, offset));
    }

    private static boolean same(MemorySegment m, long offset, byte[] address) {
        return MemorySegment.mismatch(m, offset, offset + address.length,
                MemorySegment.ofArray(address), 0, address.length) < 0;
    }
}
