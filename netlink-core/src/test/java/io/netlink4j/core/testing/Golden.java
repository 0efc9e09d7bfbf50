package io.netlink4j.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/** The captures under {@code src/test/resources/golden} (made by its {@code capture.sh}). */
public final class Golden {
    private Golden() {}

    /** The datagrams of a {@code .hex} capture, one per line. */
    public static List<byte[]> datagrams(String file) {
        List<byte[]> out = new ArrayList<>();
        for (String line : text(file).split("\n")) {
            if (!line.isBlank()) {
                out.add(HexFormat.of().parseHex(line.trim()));
            }
        }
        return out;
    }

    /** The single datagram of a {@code .hex} capture. */
    public static byte[] datagram(String file) {
        List<byte[]> all = datagrams(file);
        if (all.size() != 1) {
            throw new AssertionError(file + " holds " + all.size() + " datagrams, expected 1");
        }
        return all.get(0);
    }

    /** {@code capture.properties}: facts of the capture run (the ifindex the address went to). */
    public static Properties properties() {
        Properties p = new Properties();
        try (InputStream in = open("capture.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** A capture file as text. */
    public static String text(String file) {
        try (InputStream in = open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String file) {
        InputStream in = Golden.class.getResourceAsStream("/golden/" + file);
        if (in == null) {
            throw new AssertionError("no golden capture " + file + " on the test class path");
        }
        return in;
    }
}
