package io.netlink4j.core.message;

import static io.netlink4j.core.uapi.Netlink.*;
import static io.netlink4j.core.testing.RtConst.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.testing.Golden;
import io.netlink4j.core.testing.Ip;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.net.InetAddress;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The codec against bytes iproute2 and the kernel produced ({@code src/test/resources/golden},
 * made by {@code capture.sh} there with {@code strace -e write=3 / -e read=3}).
 */
class GoldenBytesTest {
    private static final int CREATE_EXCL_ACK = NLM_F_REQUEST | NLM_F_ACK | NLM_F_EXCL | NLM_F_CREATE;

    /** iproute2's sequence number, so that the comparison covers every byte. */
    private static int seqOf(byte[] golden) {
        return MemorySegment.ofArray(golden).get(ValueLayout.JAVA_INT_UNALIGNED, 8);
    }

    private static String hex(MemorySegment s) {
        return HexFormat.of().formatHex(s.toArray(ValueLayout.JAVA_BYTE));
    }

    /**
     * {@code ip link add veth-a type veth peer name veth-b}. iproute2 nests with
     * {@code addattr_nest}, which leaves out {@code NLA_F_NESTED}, and writes
     * {@code IFLA_INFO_KIND} without its NUL; the writer can build both.
     */
    @Test
    void vethPairNewLinkMatchesIproute2() {
        byte[] golden = Golden.datagram("veth-newlink.hex");
        try (Arena arena = Arena.ofConfined()) {
            MessageWriter w = new MessageWriter(arena, 64);
            w.nextSeq(seqOf(golden));
            int seq = w.begin(RTM_NEWLINK, CREATE_EXCL_ACK);
            w.reserve(IFINFOMSG_LEN);
            w.putString(IFLA_IFNAME, "veth-a");
            int linkinfo = w.beginNestedPlain(IFLA_LINKINFO);
            w.putBytes(IFLA_INFO_KIND, "veth".getBytes(StandardCharsets.US_ASCII));
            int data = w.beginNestedPlain(IFLA_INFO_DATA);
            int peer = w.beginNestedPlain(VETH_INFO_PEER);
            w.reserve(IFINFOMSG_LEN);
            w.putString(IFLA_IFNAME, "veth-b");
            w.endNested(peer);
            w.endNested(data);
            w.endNested(linkinfo);
            MemorySegment built = w.finish();

            assertThat(seq).isEqualTo(seqOf(golden));
            assertThat(hex(built)).isEqualTo(HexFormat.of().formatHex(golden));
            assertThat(built.byteSize()).isEqualTo(92);
        }
    }

    /** {@code ip addr add 10.0.0.1/24 dev veth-a}: ifaddrmsg, then IFA_LOCAL and IFA_ADDRESS. */
    @Test
    void addressNewAddrMatchesIproute2() throws Exception {
        byte[] golden = Golden.datagram("addr-newaddr.hex");
        int index = Integer.parseInt(Golden.properties().getProperty("veth_a_index"));
        InetAddress a = InetAddress.getByName("10.0.0.1");
        try (Arena arena = Arena.ofConfined()) {
            MessageWriter w = new MessageWriter(arena, 64);
            w.nextSeq(seqOf(golden));
            w.begin(RTM_NEWADDR, CREATE_EXCL_ACK);
            w.u8(2 /* AF_INET */).u8(24).u8(0).u8(RT_SCOPE_UNIVERSE).u32(index);
            w.putAddress(IFA_LOCAL, a);
            w.putAddress(IFA_ADDRESS, a);
            assertThat(hex(w.finish())).isEqualTo(HexFormat.of().formatHex(golden));
        }
    }

    /** Several requests in one buffer are each framed and padded as if sent alone. */
    @Test
    void pipelinedMessagesAreConcatenatedGoldens() {
        byte[] golden = Golden.datagram("addr-newaddr.hex");
        try (Arena arena = Arena.ofConfined()) {
            MessageWriter w = new MessageWriter(arena, 16);
            w.nextSeq(seqOf(golden));
            for (int i = 0; i < 3; i++) {
                w.begin(RTM_NEWADDR, CREATE_EXCL_ACK);
                w.u8(2).u8(24).u8(0).u8(0).u32(3);
                w.putBytes(IFA_LOCAL, new byte[] {10, 0, 0, 1});
                w.putBytes(IFA_ADDRESS, new byte[] {10, 0, 0, 1});
            }
            MemorySegment all = w.finish();
            assertThat(w.messageCount()).isEqualTo(3);
            assertThat(all.byteSize()).isEqualTo(3L * golden.length);
            MessageReader r = new MessageReader(all, (int) all.byteSize());
            int n = 0;
            while (r.next()) {
                assertThat(r.message().seq()).isEqualTo(seqOf(golden) + n);
                assertThat(r.message().length()).isEqualTo(golden.length);
                n++;
            }
            assertThat(n).isEqualTo(3);
        }
    }

    /** The reader walks a captured {@code RTM_GETLINK} dump and finds what {@code ip -j link} printed. */
    @Test
    void readerParsesCapturedLinkDump() {
        List<byte[]> datagrams = Golden.datagrams("link-dump.hex");
        String json = Golden.text("link-dump.json");
        Map<String, Integer> expected = Ip.parseLinks(json);
        Map<String, Integer> mtus = new LinkedHashMap<>();
        Matcher mtu = Pattern.compile("\"ifname\":\"([^\"]+)\".*?\"mtu\":(\\d+)").matcher(json);
        while (mtu.find()) {
            mtus.put(mtu.group(1), Integer.parseInt(mtu.group(2)));
        }

        Map<String, Integer> found = new LinkedHashMap<>();
        Map<String, Integer> foundMtu = new LinkedHashMap<>();
        int done = 0;
        Integer seq = null;
        for (byte[] d : datagrams) {
            MessageReader r = new MessageReader(MemorySegment.ofArray(d), d.length);
            while (r.next()) {
                Message m = r.message();
                seq = seq == null ? m.seq() : seq;
                assertThat(m.seq()).isEqualTo(seq);
                assertThat(m.flags() & NLM_F_MULTI).isEqualTo(NLM_F_MULTI);
                if (m.type() == NLMSG_DONE) {
                    assertThat(m.u32(0)).isZero();
                    done++;
                    continue;
                }
                assertThat(m.type()).isEqualTo(RTM_NEWLINK);
                int index = m.u32(4);
                String name = null;
                Attributes a = m.attributes(IFINFOMSG_LEN);
                while (a.next()) {
                    switch (a.type()) {
                        case IFLA_IFNAME -> name = a.string();
                        case IFLA_MTU -> foundMtu.put("#" + index, a.u32());
                        default -> { }
                    }
                }
                found.put(name, index);
                foundMtu.put(name, foundMtu.remove("#" + index));
            }
        }
        assertThat(done).isEqualTo(1);
        assertThat(found).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(found).containsKeys("lo", "veth-a", "veth-b");
        assertThat(foundMtu).containsExactlyInAnyOrderEntriesOf(mtus);
    }

    /** Each integer width and byte order lands where and how the kernel reads it, padded to 4. */
    @Test
    void everyWidthAndByteOrderIsAlignedAndPadded() {
        try (Arena arena = Arena.ofConfined()) {
            MessageWriter w = new MessageWriter(arena, 16);
            w.nextSeq(7);
            w.begin(0x10, 0);
            w.putU8(1, 0xab);
            w.putU16(2, 0x1234);
            w.putU16be(3, 0x1234);
            w.putU32(4, 0x01020304);
            w.putU32be(5, 0x01020304);
            w.putU64(6, 0x0102030405060708L);
            w.putU64be(7, 0x0102030405060708L);
            w.putFlag(8);
            w.putString(9, "ab");
            w.putString(10, "é");
            int nest = w.beginNested(11);
            w.putU8(1, 1);
            w.endNested(nest);
            MemorySegment s = w.finish();
            String expected = "70000000" + "1000" + "0000" + "07000000" + "00000000"
                    + "0500" + "0100" + "ab000000"
                    + "0600" + "0200" + "34120000"
                    + "0600" + "0300" + "12340000"
                    + "0800" + "0400" + "04030201"
                    + "0800" + "0500" + "01020304"
                    + "0c00" + "0600" + "0807060504030201"
                    + "0c00" + "0700" + "0102030405060708"
                    + "0400" + "0800"
                    + "0700" + "0900" + "61620000"
                    + "0700" + "0a00" + "c3a90000"
                    + "0c00" + "0b80" + "0500" + "0100" + "01000000";
            assertThat(hex(s)).isEqualTo(expected);

            MessageReader r = new MessageReader(s, (int) s.byteSize());
            assertThat(r.next()).isTrue();
            Attributes a = r.message().attributes(0);
            assertThat(a.next()).isTrue();
            assertThat(a.u8()).isEqualTo(0xab);
            assertThat(a.next()).isTrue();
            assertThat(a.u16()).isEqualTo(0x1234);
            assertThat(a.next()).isTrue();
            assertThat(a.u16be()).isEqualTo(0x1234);
            assertThat(a.next()).isTrue();
            assertThat(a.u32()).isEqualTo(0x01020304);
            assertThat(a.next()).isTrue();
            assertThat(a.u32be()).isEqualTo(0x01020304);
            assertThat(a.next()).isTrue();
            assertThat(a.u64()).isEqualTo(0x0102030405060708L);
            assertThat(a.next()).isTrue();
            assertThat(a.u64be()).isEqualTo(0x0102030405060708L);
            assertThat(a.next()).isTrue();
            assertThat(a.length()).isZero();
            assertThat(a.next()).isTrue();
            assertThat(a.string()).isEqualTo("ab");
            assertThat(a.next()).isTrue();
            assertThat(a.string()).isEqualTo("é");
            assertThat(a.next()).isTrue();
            assertThat(a.isNested()).isTrue();
            assertThat(a.type()).isEqualTo(11);
            Attributes inner = a.nested();
            assertThat(inner.next()).isTrue();
            assertThat(inner.u8()).isEqualTo(1);
            assertThat(inner.next()).isFalse();
            assertThat(a.next()).isFalse();
            assertThat(ByteOrder.nativeOrder()).isEqualTo(ByteOrder.LITTLE_ENDIAN);
        }
    }

    /** The buffer grows for a large message and keeps what was written before. */
    @Test
    void bufferGrowsAndOversizedAttributesAreRefused() {
        try (Arena arena = Arena.ofConfined()) {
            MessageWriter w = new MessageWriter(arena, 64);
            w.begin(0x10, 0);
            byte[] big = new byte[60_000];
            big[59_999] = 42;
            w.putBytes(1, big);
            MemorySegment s = w.finish();
            assertThat(s.byteSize()).isEqualTo(16 + 4 + 60_000);
            MessageReader r = new MessageReader(s, (int) s.byteSize());
            assertThat(r.next()).isTrue();
            Attributes a = r.message().attributes(0);
            assertThat(a.next()).isTrue();
            assertThat(a.bytes()).hasSize(60_000).endsWith(42);

            w.reset();
            w.begin(0x10, 0);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> w.putBytes(1, new byte[65_532]))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65532");
        }
    }
}
