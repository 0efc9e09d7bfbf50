package io.netlink4j.route.testing;

import io.netlink4j.core.testing.Captures;

import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageReader;
import io.netlink4j.core.socket.MessageParser;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Runs a family's real parser over the kernel's answers kept in a {@code *.reply.hex} capture. */
public final class Replies {
    private Replies() {}

    /** What {@code parser} makes of every message of type {@code type} in the capture, skipping {@code null}s. */
    public static <T> List<T> parse(String path, int type, MessageParser<T> parser) {
        List<T> out = new ArrayList<>();
        for (byte[] datagram : Captures.load(path).datagrams()) {
            MessageReader r = MessageReader.of(datagram);
            while (r.next()) {
                Message m = r.message();
                if (m.type() == type) {
                    T v = parser.parse(m);
                    if (v != null) {
                        out.add(v);
                    }
                }
            }
        }
        return out;
    }

    /** One message given as hex, parsed: for malformed-input tests. */
    public static <T> T parseOne(String hex, MessageParser<T> parser) {
        MessageReader r = MessageReader.of(HexFormat.of().parseHex(hex));
        if (!r.next()) {
            throw new IllegalArgumentException("no message in " + hex);
        }
        return parser.parse(r.message());
    }

    /** A fixture's text ({@code *.json}: what the tool printed for the same state). */
    public static String text(String path) {
        try (var in = Replies.class.getResourceAsStream("/captures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture /captures/" + path + " on the test class path");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Lower-case hex of {@code bytes}, for readable byte comparisons. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
