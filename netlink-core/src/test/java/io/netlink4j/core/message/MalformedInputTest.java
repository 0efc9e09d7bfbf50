package io.netlink4j.core.message;

import static io.netlink4j.core.uapi.Netlink.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.netlink4j.core.KernelException;
import io.netlink4j.core.NetlinkException;
import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.testing.Golden;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Random, truncated and bit-flipped input to the reader side (MessageReader, Message,
 * Attributes, Ack) raises {@link ProtocolException} and nothing else, and always terminates.
 * Seeded: a failure names the seed and the case, which replays it.
 */
class MalformedInputTest {
    private static final long SEED = 0x6e6c346aL;

    /** Well-formed datagrams to mutate: captured kernel and iproute2 bytes, and crafted ACKs. */
    private static List<byte[]> corpus() {
        List<byte[]> c = new ArrayList<>(Golden.datagrams("link-dump.hex"));
        c.add(Golden.datagram("veth-newlink.hex"));
        c.add(Golden.datagram("addr-newaddr.hex"));
        c.add(errorAck(true));
        c.add(errorAck(false));
        c.add(doneWithExtAck());
        return c;
    }

    /** An NLMSG_ERROR with EEXIST, a message and an offset, capped or echoing a 20-byte request. */
    static byte[] errorAck(boolean capped) {
        try (Arena arena = Arena.ofConfined()) {
            MessageWriter w = new MessageWriter(arena, 64);
            w.begin(NLMSG_ERROR, NLM_F_ACK_TLVS | (capped ? NLM_F_CAPPED : 0));
            w.u32(-17);
            int echoLen = capped ? 16 : 20;
            w.u32(echoLen).u16(16).u16(NLM_F_REQUEST | NLM_F_ACK).u32(1).u32(0);
            if (!capped) {
                w.u32(0x01020304);
            }
            w.putString(NLMSGERR_ATTR_MSG, "Device already exists");
            w.putU32(NLMSGERR_ATTR_OFFS, 16);
            return w.finish().toArray(ValueLayout.JAVA_BYTE);
        }
    }

    /** An NLMSG_DONE ending a dump with an error and an ext-ACK message right after the error number. */
    static byte[] doneWithExtAck() {
        try (Arena arena = Arena.ofConfined()) {
            MessageWriter w = new MessageWriter(arena, 64);
            w.begin(NLMSG_DONE, NLM_F_MULTI | NLM_F_ACK_TLVS);
            w.u32(-22);
            w.putString(NLMSGERR_ATTR_MSG, "Filter by device index not supported for link dumps");
            return w.finish().toArray(ValueLayout.JAVA_BYTE);
        }
    }

    @Test
    void craftedAcksDecode() {
        for (boolean capped : new boolean[] {true, false}) {
            KernelException e = decodeAck(errorAck(capped));
            assertThat(e.errno()).isEqualTo(io.netlink4j.core.Errno.EEXIST);
            assertThat(e.extAck()).isEqualTo("Device already exists");
            assertThat(e.extAckOffset()).isEqualTo(16);
            assertThat(e.getMessage()).isEqualTo("op: File exists (EEXIST): Device already exists");
        }
        KernelException done = decodeAck(doneWithExtAck());
        assertThat(done.errno()).isEqualTo(io.netlink4j.core.Errno.EINVAL);
        assertThat(done.extAck()).isEqualTo("Filter by device index not supported for link dumps");
        assertThat(done.extAckOffset()).isEqualTo(-1);
    }

    private static KernelException decodeAck(byte[] d) {
        MessageReader r = new MessageReader(MemorySegment.ofArray(d), d.length);
        assertThat(r.next()).isTrue();
        return Ack.toException(r.message(), "op");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void malformedInputRaisesOnlyProtocolException() {
        Random rnd = new Random(SEED);
        List<byte[]> corpus = corpus();
        int cases = 0;
        int rejected = 0;
        // Every prefix of every well-formed datagram.
        for (byte[] d : corpus) {
            for (int n = 0; n <= d.length; n++) {
                rejected += check(java.util.Arrays.copyOf(d, n), "truncated to " + n, rnd);
                cases++;
            }
        }
        // Bit flips, field overwrites and random bytes.
        for (int i = 0; i < 20_000; i++) {
            byte[] d;
            String what;
            switch (i % 4) {
                case 0 -> {
                    d = corpus.get(rnd.nextInt(corpus.size())).clone();
                    int flips = 1 + rnd.nextInt(8);
                    for (int f = 0; f < flips; f++) {
                        int bit = rnd.nextInt(d.length * 8);
                        d[bit / 8] ^= (byte) (1 << (bit % 8));
                    }
                    what = "bit flips";
                }
                case 1 -> {
                    d = corpus.get(rnd.nextInt(corpus.size())).clone();
                    // Lengths are the interesting fields: overwrite an aligned 16-bit word.
                    int at = rnd.nextInt(d.length / 2) * 2 & ~1;
                    int v = switch (rnd.nextInt(5)) {
                        case 0 -> 0;
                        case 1 -> 0xffff;
                        case 2 -> rnd.nextInt(8);
                        case 3 -> rnd.nextInt(d.length + 8);
                        default -> rnd.nextInt(0x10000);
                    };
                    d[at] = (byte) v;
                    d[at + 1] = (byte) (v >> 8);
                    what = "word overwrite";
                }
                case 2 -> {
                    d = new byte[rnd.nextInt(600)];
                    rnd.nextBytes(d);
                    what = "random bytes";
                }
                default -> {
                    // Random bytes behind a plausible header, so the attribute walker gets exercised.
                    d = new byte[16 + rnd.nextInt(400)];
                    rnd.nextBytes(d);
                    MemorySegment s = MemorySegment.ofArray(d);
                    s.set(ValueLayout.JAVA_INT_UNALIGNED, 0, d.length);
                    s.set(ValueLayout.JAVA_SHORT_UNALIGNED, 4, (short) (rnd.nextBoolean() ? NLMSG_ERROR : 16));
                    what = "random body";
                }
            }
            rejected += check(d, what + " #" + i, rnd);
            cases++;
        }
        assertThat(cases).isGreaterThan(20_000);
        // The mutations must actually hit the checks, not just produce valid input.
        assertThat(rejected).isGreaterThan(cases / 4);
    }

    /** Walks everything in {@code d} with every getter; returns 1 if a ProtocolException was raised. */
    private static int check(byte[] d, String what, Random rnd) {
        try {
            walk(d, rnd);
            return 0;
        } catch (ProtocolException e) {
            assertThat(e.getMessage()).startsWith("malformed netlink data: ");
            return 1;
        } catch (Throwable t) {
            fail("seed " + SEED + ", " + what + ": " + t + " for " + HexFormat.of().formatHex(d), t);
            return 0;
        }
    }

    private static void walk(byte[] d, Random rnd) {
        MessageReader r = new MessageReader(MemorySegment.ofArray(d), d.length);
        while (r.next()) {
            Message m = r.message();
            m.type();
            m.flags();
            m.seq();
            m.portId();
            m.toString();
            probe(m, rnd.nextInt(m.length() + 8) - 4, rnd.nextInt(12) - 2);
            if (m.type() == NLMSG_ERROR || m.type() == NLMSG_DONE) {
                Ack.error(m);
                Ack.toException(m, "fuzz").getMessage();
                continue;
            }
            int header = rnd.nextInt(4) * 4 + (rnd.nextInt(8) == 0 ? 1 : 0);
            attributes(m.attributes(header), 0);
        }
    }

    private static void probe(Message m, int offset, int width) {
        try {
            m.bytes(offset, width);
        } catch (ProtocolException expected) {
            // fine: the point is that nothing else escapes
        }
        try {
            m.u32(offset);
            m.u16(offset);
            m.u16be(offset);
            m.u8(offset);
        } catch (ProtocolException expected) {
            // as above
        }
    }

    private static void attributes(Attributes a, int depth) {
        while (a.next()) {
            a.type();
            a.isNested();
            a.bytes();
            a.string();
            a.payload().bytes();
            getters(a);
            if (depth < 4) {
                attributes(a.nested(), depth + 1);
            }
        }
    }

    private static void getters(Attributes a) {
        for (int g = 0; g < 8; g++) {
            try {
                switch (g) {
                    case 0 -> a.u8();
                    case 1 -> a.u16();
                    case 2 -> a.u16be();
                    case 3 -> a.u32();
                    case 4 -> a.u32be();
                    case 5 -> a.u64();
                    case 6 -> a.u64be();
                    default -> a.address();
                }
            } catch (ProtocolException expected) {
                // a narrow attribute: expected, nothing else may escape
            }
        }
    }
}
