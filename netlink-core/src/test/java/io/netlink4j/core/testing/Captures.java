package io.netlink4j.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The capture fixtures under {@code src/test/resources/captures} (made by its capture script):
 * what a real tool (ip, tc, bridge, nft) sent to the kernel for one command, or what the kernel
 * answered ({@code *.reply.hex}).
 *
 * <p>Format: UTF-8 text; lines starting with {@code #} are comments, the first of them the exact
 * command; every other line is one datagram as lowercase hex. nlmsg_seq and nlmsg_pid of every
 * message are zero. Comments carry facts as {@code key=value} tokens, e.g.
 * {@code # device indexes: lo=1 veth-b=2 veth-a=3} or {@code # errno=ENOENT exit=2}. The captures were
 * made on a little-endian (x86-64) host, so netlink's host-order fields are little-endian.
 */
public final class Captures {
    private static final String ROOT = "/captures/";
    private static final Pattern HEX = Pattern.compile("([0-9a-f]{2})+");
    private static final Pattern FACT = Pattern.compile("([^\\s=]+)=(\\S+)");

    private Captures() {}

    /** One fixture file. */
    public record Capture(String name, String command, List<String> comments, List<byte[]> datagrams) {
        /**
         * The value of the first {@code key=value} token in the comments after the command
         * (e.g. {@code fact("veth-a")} is its ifindex in the capture namespace).
         */
        public String fact(String key) {
            for (String comment : comments) {
                var m = FACT.matcher(comment);
                while (m.find()) {
                    if (m.group(1).equals(key)) {
                        return m.group(2);
                    }
                }
            }
            throw new IllegalArgumentException("no fact " + key + "= in capture " + name + ": " + comments);
        }

        /** The single datagram of a request capture. */
        public byte[] datagram() {
            if (datagrams.size() != 1) {
                throw new IllegalStateException(name + " holds " + datagrams.size() + " datagrams, expected 1");
            }
            return datagrams.get(0).clone();
        }
    }

    /** Loads a fixture by its path under {@code captures/}, e.g. {@code "tc/qdisc-add-htb-default-30.hex"}. */
    public static Capture load(String path) {
        try (InputStream in = Captures.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no capture " + ROOT + path + " on the test class path");
            }
            return parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses fixture text; throws IllegalArgumentException on a line that is neither comment nor hex. */
    public static Capture parse(String name, String text) {
        String command = null;
        List<String> comments = new ArrayList<>();
        List<byte[]> datagrams = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                String c = line.substring(1).strip();
                if (command == null) {
                    command = c;
                } else {
                    comments.add(c);
                }
            } else if (HEX.matcher(line).matches()) {
                datagrams.add(HexFormat.of().parseHex(line));
            } else {
                throw new IllegalArgumentException(name + ":" + lineNo + " is neither a comment nor lowercase hex");
            }
        }
        if (command == null) {
            throw new IllegalArgumentException(name + " has no command comment");
        }
        return new Capture(name, command, List.copyOf(comments), List.copyOf(datagrams));
    }

    /** Paths (under {@code captures/}, '/'-separated, sorted) of every {@code .hex} fixture. */
    public static List<String> all() {
        URL url = Captures.class.getResource(ROOT);
        if (url == null) {
            throw new IllegalStateException("no " + ROOT + " folder on the test class path");
        }
        try (Stream<Path> files = Files.walk(Path.of(url.toURI()))) {
            Path root = Path.of(url.toURI());
            return files.filter(p -> p.toString().endsWith(".hex"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The netlink messages of one datagram, split by nlmsg_len (each padded to 4 bytes except
     * possibly the last); throws IllegalArgumentException unless the walk ends exactly at the end.
     */
    public static List<byte[]> messages(byte[] datagram) {
        List<byte[]> out = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(datagram).order(ByteOrder.LITTLE_ENDIAN);
        int off = 0;
        while (off < datagram.length) {
            if (datagram.length - off < 16) {
                throw new IllegalArgumentException((datagram.length - off) + " stray bytes at offset " + off);
            }
            int len = b.getInt(off);
            if (len < 16 || len > datagram.length - off) {
                throw new IllegalArgumentException("nlmsg_len " + len + " at offset " + off
                        + " does not fit the " + datagram.length + "-byte datagram");
            }
            out.add(Arrays.copyOfRange(datagram, off, off + len));
            off += Math.min((len + 3) & ~3, datagram.length - off);
        }
        return out;
    }

    /**
     * Checks a fixture is well formed: a tool command first, at least one datagram, every
     * datagram's messages walk to its exact end, and every nlmsg_seq and nlmsg_pid is zero.
     */
    public static void check(Capture c) {
        if (!c.command().matches("(ip|tc|bridge|nft) .+")) {
            throw new IllegalArgumentException(c.name() + ": first comment is not a command: " + c.command());
        }
        if (c.datagrams().isEmpty()) {
            throw new IllegalArgumentException(c.name() + " holds no datagram");
        }
        for (int i = 0; i < c.datagrams().size(); i++) {
            List<byte[]> messages;
            try {
                messages = messages(c.datagrams().get(i));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(c.name() + " datagram " + (i + 1) + ": " + e.getMessage(), e);
            }
            for (int m = 0; m < messages.size(); m++) {
                ByteBuffer b = ByteBuffer.wrap(messages.get(m)).order(ByteOrder.LITTLE_ENDIAN);
                if (b.getInt(8) != 0 || b.getInt(12) != 0) {
                    throw new IllegalArgumentException(c.name() + " datagram " + (i + 1) + " message " + (m + 1)
                            + ": nlmsg_seq/nlmsg_pid not zeroed");
                }
            }
        }
    }
}
