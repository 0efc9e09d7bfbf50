package io.netlink4j.route.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The ICMP echo codec: RFC 1071 checksums, requests as ping sends them, and only our answers recognised. */
class IcmpEchoTest {
    private static final byte[] TARGET = {10, 0, 0, 2};
    private static final HexFormat HEX = HexFormat.of();

    private static MemorySegment bytes(String hex) {
        return MemorySegment.ofArray(HEX.parseHex(hex));
    }

    @Test
    void checksumFollowsRfc1071() {
        // RFC 1071 section 3's example: the sum is ddf2, the checksum its complement.
        assertThat(IcmpEcho.checksum(bytes("0001f203f4f5f6f7"), 0, 8)).isEqualTo(0x220d);
        // Odd length: the last byte is padded with a zero; 0001+f203+f4f5+f600 = 2dcf9, folded dcfb.
        assertThat(IcmpEcho.checksum(bytes("0001f203f4f5f6"), 0, 7)).isEqualTo(0x2304);
    }

    @Test
    void requestsMatchWhatPingSends() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment m = arena.allocate(128);
            int len = IcmpEcho.writeRequest(m, false, 0x1234, 7);
            assertThat(len).isEqualTo(64);
            assertThat(HEX.formatHex(m.asSlice(0, 8).toArray(ValueLayout.JAVA_BYTE)))
                    .startsWith("0800").endsWith("12340007");
            assertThat(IcmpEcho.checksum(m, 0, len)).as("a correct checksum sums to zero").isZero();
            // ICMPv6: type 128, checksum left to the kernel.
            IcmpEcho.writeRequest(m, true, 0x1234, 7);
            assertThat(HEX.formatHex(m.asSlice(0, 8).toArray(ValueLayout.JAVA_BYTE)))
                    .isEqualTo("8000000012340007");
        }
    }

    /** An IPv4 echo reply from 10.0.0.2 carrying {@code id} and {@code seq}, with a valid checksum. */
    private static MemorySegment reply4(int id, int seq) {
        byte[] p = new byte[20 + 8];
        p[0] = 0x45;
        p[9] = 1;
        System.arraycopy(TARGET, 0, p, 12, 4);
        p[24] = (byte) (id >> 8);
        p[25] = (byte) id;
        p[26] = (byte) (seq >> 8);
        p[27] = (byte) seq;
        MemorySegment m = MemorySegment.ofArray(p);
        IcmpSocket.putU16(m, 22, IcmpEcho.checksum(m, 20, 8));
        return m;
    }

    @Test
    void repliesAreOursOnlyWithOurIdentifierAndAValidChecksum() {
        IcmpEcho.Answer a = IcmpEcho.parse(reply4(0x1234, 3), 28, false, 0x1234, TARGET);
        assertThat(a).isEqualTo(new IcmpEcho.Answer(3, null));
        assertThat(a.isReply()).isTrue();
        assertThat(IcmpEcho.parse(reply4(0x4321, 3), 28, false, 0x1234, TARGET)).as("another ping's reply").isNull();
        MemorySegment corrupt = reply4(0x1234, 3);
        corrupt.set(ValueLayout.JAVA_BYTE, 27, (byte) 4);
        assertThat(IcmpEcho.parse(corrupt, 28, false, 0x1234, TARGET)).as("bad checksum").isNull();
        assertThat(IcmpEcho.parse(reply4(0x1234, 3), 27, false, 0x1234, TARGET)).as("truncated").isNull();
    }

    @Test
    void anIcmpErrorQuotingOurRequestIsAnErrorAnswer() {
        // Outer IPv4 header, ICMP 3/1 (host unreachable), then our IPv4 header to 10.0.0.2 and echo header.
        String outer = "45000038000000004001000a0a0000010a000001" + "03010000" + "00000000";
        String inner = "4500005400004000400100000a0000010a000002" + "0800000012340009";
        MemorySegment m = bytes(outer + inner);
        assertThat(IcmpEcho.parse(m, (int) m.byteSize(), false, 0x1234, TARGET))
                .isEqualTo(new IcmpEcho.Answer(9, "Destination Host Unreachable"));
        assertThat(IcmpEcho.parse(m, (int) m.byteSize(), false, 0x1234, new byte[] {10, 0, 0, 3}))
                .as("about a probe to another address").isNull();
    }

    @Test
    void randomInputIsNeverOursAndNeverThrows() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            byte[] p = new byte[random.nextInt(120)];
            random.nextBytes(p);
            if (p.length > 0 && random.nextBoolean()) {
                p[0] = 0x45;
            }
            MemorySegment m = MemorySegment.ofArray(p);
            boolean v6 = random.nextBoolean();
            IcmpEcho.Answer a = IcmpEcho.parse(m, p.length, v6, 0xbeef, v6 ? new byte[16] : TARGET);
            // Our identifier at the right place plus a valid type, checksum or quoted target is
            // (far) rarer than 1 in 2^24: no seeded random datagram is an answer to our probes.
            assertThat(a).as("%s %s", v6 ? "v6" : "v4", HEX.formatHex(p)).isNull();
        }
    }
}
