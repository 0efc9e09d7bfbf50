package io.netlink4j.route.tc;

import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A capture of what {@code tc} sent for one command (src/test/resources/captures/tc/NAME.hex,
 * made by capture-route.sh with strace): '#' comment lines — the command first, then facts such
 * as the device indexes — and one datagram per line in hex, sequence number and port id zeroed.
 */
record Capture(String name, String command, Map<String, Integer> indexes, List<byte[]> datagrams) {
    /** psched of the kernel the captures were made on (and of every kernel with high-resolution timers). */
    static final Psched CLOCK = Psched.of(0x3e8, 0x40, 0xf4240, 0x3b9aca00);

    static Capture load(String name) {
        String text;
        try (InputStream in = Capture.class.getResourceAsStream("/captures/tc/" + name + ".hex")) {
            if (in == null) {
                throw new AssertionError("no capture captures/tc/" + name + ".hex on the test class path");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String command = null;
        Map<String, Integer> indexes = new HashMap<>();
        List<byte[]> datagrams = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("#")) {
                String c = line.substring(1).trim();
                if (command == null) {
                    command = c;
                } else if (c.startsWith("device indexes: ")) {
                    for (String kv : c.substring("device indexes: ".length()).split(" ")) {
                        String[] p = kv.split("=");
                        indexes.put(p[0], Integer.parseInt(p[1]));
                    }
                }
            } else if (!line.isBlank()) {
                datagrams.add(HexFormat.of().parseHex(line.trim()));
            }
        }
        return new Capture(name, command, indexes, datagrams);
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
