package io.netlink4j.route.tc;

import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageReader;
import io.netlink4j.core.testing.Captures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A capture of what {@code tc} sent for one command (src/test/resources/captures/tc/NAME.hex,
 * made by capture-route.sh with strace), with what the tc tests need of it: the device indexes
 * of the capture namespace, parsers over its datagrams, and the psched clock it was made with.
 */
record Capture(String name, String command, Map<String, Integer> indexes, List<byte[]> datagrams) {
    /** psched of the kernel the captures were made on (and of every kernel with high-resolution timers). */
    static final Psched CLOCK = Psched.of(0x3e8, 0x40, 0xf4240, 0x3b9aca00);

    /** The fixture {@code captures/tc/NAME.hex}, read by the shared {@link Captures} reader. */
    static Capture load(String name) {
        Captures.Capture c = Captures.load("tc/" + name + ".hex");
        Map<String, Integer> indexes = new HashMap<>();
        for (String comment : c.comments()) {
            if (comment.startsWith("device indexes: ")) {
                for (String kv : comment.substring("device indexes: ".length()).split(" ")) {
                    String[] p = kv.split("=");
                    indexes.put(p[0], Integer.parseInt(p[1]));
                }
            }
        }
        return new Capture(name, c.command(), indexes, c.datagrams());
    }

    /** The one datagram tc sent. */
    byte[] datagram() {
        if (datagrams.size() != 1) {
            throw new AssertionError(name + " holds " + datagrams.size() + " datagrams, expected 1");
        }
        return datagrams.get(0);
    }

    /** The device's index in the capture's namespace. */
    int index(String dev) {
        Integer i = indexes.get(dev);
        if (i == null) {
            throw new AssertionError(name + " has no index for " + dev + ": " + indexes);
        }
        return i;
    }

    /** Names by index, for parsers. */
    DeviceNames names() {
        Map<Integer, String> m = new HashMap<>();
        indexes.forEach((k, v) -> m.put(v, k));
        return DeviceNames.of(m);
    }

    /** Parses the first message of the one datagram. */
    <T> T parse(Function<Message, T> parser) {
        MessageReader r = MessageReader.of(datagram());
        if (!r.next()) {
            throw new AssertionError(name + ": no message in the datagram");
        }
        return parser.apply(r.message());
    }

    /** Every message of every datagram (a dump's reply). */
    <T> List<T> parseAll(Function<Message, T> parser) {
        List<T> out = new ArrayList<>();
        for (byte[] d : datagrams) {
            MessageReader r = MessageReader.of(d);
            while (r.next()) {
                T t = parser.apply(r.message());
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
