package io.netlink4j.netfilter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A fixture under {@code captures/nft} (made by {@code capture-nft.sh}): its {@code #} lines
 * (the first is the command) and its datagrams, each split into its netlink messages.
 *
 * @param comments  the comment lines without {@code "# "}
 * @param datagrams the datagrams in order
 */
record Capture(List<String> comments, List<byte[]> datagrams) {
    /** The fixture {@code captures/nft/NAME} from the test class path. */
    static Capture load(String name) {
        try (InputStream in = Capture.class.getResourceAsStream("/captures/nft/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture captures/nft/" + name + ": run capture-nft.sh");
            }
            List<String> comments = new ArrayList<>();
            List<byte[]> datagrams = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#")) {
                    comments.add(line.substring(Math.min(2, line.length())));
                } else if (!line.isBlank()) {
                    datagrams.add(HexFormat.of().parseHex(line.strip()));
                }
            }
            return new Capture(comments, datagrams);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command the fixture captured. */
    String command() {
        return comments.get(0);
    }

    /** The one datagram of a request fixture, split into messages. */
    List<byte[]> messages() {
        if (datagrams.size() != 1) {
            throw new IllegalStateException(command() + ": " + datagrams.size() + " datagrams, expected 1");
        }
        return split(datagrams.get(0));
    }

    /** Every message of every datagram, in order. */
    List<byte[]> allMessages() {
        List<byte[]> out = new ArrayList<>();
        datagrams.forEach(d -> out.addAll(split(d)));
        return out;
    }

    /** The netlink messages of a datagram, walking {@code nlmsg_len}. */
    static List<byte[]> split(byte[] datagram) {
        List<byte[]> out = new ArrayList<>();
        int off = 0;
        while (off < datagram.length) {
            int len = u32(datagram, off);
            byte[] m = new byte[len];
            System.arraycopy(datagram, off, m, 0, len);
            out.add(m);
            off += (len + 3) & ~3;
        }
        return out;
    }

    static int u32(byte[] b, int at) {
        return ByteBuffer.wrap(b, at, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    static int u16(byte[] b, int at) {
        return ByteBuffer.wrap(b, at, 2).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xffff;
    }

    /** {@code m} with {@code nlmsg_flags} OR {@code bits}. */
    static byte[] withFlags(byte[] m, int bits) {
        byte[] c = m.clone();
        ByteBuffer.wrap(c).order(ByteOrder.LITTLE_ENDIAN).putShort(6, (short) (u16(m, 6) | bits));
        return c;
    }
}
