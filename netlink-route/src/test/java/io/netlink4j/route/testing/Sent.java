package io.netlink4j.route.testing;

import io.netlink4j.core.testing.Captures;

import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageReader;
import io.netlink4j.core.socket.Request;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The bytes {@code NetlinkSocket} sends for a request, seq and port 0: {@link Request#toBytes()}
 * is what {@code execute} sends ({@code NLM_F_REQUEST | NLM_F_ACK} added); {@code get} adds only
 * {@code NLM_F_REQUEST}, {@code dump} {@code NLM_F_REQUEST | NLM_F_DUMP}. Plus a normal form of
 * one message for parse/emit round trips, in which attribute order does not count (netlink gives
 * it no meaning, and the kernel orders a route's attributes differently in a dump and a lookup).
 */
public final class Sent {
    private static final int NLM_F_REQUEST = 1;
    private static final int NLM_F_DUMP = 0x300;

    private Sent() {}

    /** What {@code NetlinkSocket.execute(request)} sends. */
    public static byte[] execute(Request r) {
        return r.toBytes();
    }

    /** What {@code NetlinkSocket.get(request, parser)} sends. */
    public static byte[] get(Request r) {
        return withFlags(r, r.flags() | NLM_F_REQUEST);
    }

    /** What {@code NetlinkSocket.dump(request, ...)} sends. */
    public static byte[] dump(Request r) {
        return withFlags(r, r.flags() | NLM_F_REQUEST | NLM_F_DUMP);
    }

    private static byte[] withFlags(Request r, int flags) {
        byte[] b = r.toBytes();
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putShort(6, (short) flags);
        return b;
    }

    /** The messages of type {@code type} in every datagram of {@code capture}, in order. */
    public static List<byte[]> messagesOfType(Captures.Capture capture, int type) {
        List<byte[]> out = new ArrayList<>();
        for (byte[] d : capture.datagrams()) {
            for (byte[] m : Captures.messages(d)) {
                if (Short.toUnsignedInt(ByteBuffer.wrap(m).order(ByteOrder.LITTLE_ENDIAN).getShort(4)) == type) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** A parser's view of one message held in an array. */
    public static Message message(byte[] m) {
        MessageReader r = MessageReader.of(m);
        if (!r.next()) {
            throw new IllegalArgumentException("no message in " + m.length + " bytes");
        }
        return r.message();
    }

    /**
     * One message as {@code header-hex | type:payload-hex ...} with the top-level attributes
     * sorted: the family header of {@code familyHeaderLength} bytes, then each attribute.
     */
    public static String normal(byte[] message, int familyHeaderLength) {
        ByteBuffer b = ByteBuffer.wrap(message).order(ByteOrder.LITTLE_ENDIAN);
        int len = b.getInt(0);
        HexFormat hex = HexFormat.of();
        String header = hex.formatHex(message, 4, 16 + familyHeaderLength); // type, flags, seq, pid, family header
        List<String> attrs = new ArrayList<>();
        int off = 16 + ((familyHeaderLength + 3) & ~3);
        while (off + 4 <= len) {
            int alen = Short.toUnsignedInt(b.getShort(off));
            int type = Short.toUnsignedInt(b.getShort(off + 2));
            attrs.add(type + ":" + hex.formatHex(message, off + 4, off + alen));
            off += (alen + 3) & ~3;
        }
        attrs.sort(null);
        return header + " | " + String.join(" ", attrs);
    }
}
