package io.netlink4j.route.tc;

import static io.netlink4j.route.uapi.PktClsH.TCA_U32_SEL;
import static io.netlink4j.route.uapi.PktSchedH.TCA_HTB_PARMS;
import static io.netlink4j.route.uapi.PktSchedH.TCA_KIND;
import static io.netlink4j.route.uapi.PktSchedH.TCA_OPTIONS;
import static io.netlink4j.route.uapi.PktSchedH.TCA_TBF_PARMS;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_NEWQDISC;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_NEWTCLASS;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_NEWTFILTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageReader;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.socket.RequestBody;
import java.lang.foreign.Arena;
import java.lang.foreign.ValueLayout;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Malformed kernel input raises ProtocolException naming what is wrong; valid settings not modelled are kept raw. */
class MalformedTest {
    private static final DeviceNames NAMES = DeviceNames.of(Map.of(3, "veth-a"));

    @Test
    void shortStructsAndMissingKindsAreProtocolErrors() {
        assertThatThrownBy(() -> parse(RTM_NEWQDISC, w -> {
            TcMsg.write(w, 3, 0x10000, -1, 0);
            w.putString(TCA_KIND, "tbf");
            int o = w.beginNestedPlain(TCA_OPTIONS);
            w.putU64(TCA_TBF_PARMS, 0);
            w.endNested(o);
        }, m -> QdiscCodec.parse(m, NAMES, Capture.CLOCK))).isInstanceOf(ProtocolException.class)
                .hasMessageEndingWith(": tbf options without a 36-byte TCA_TBF_PARMS");
        assertThatThrownBy(() -> parse(RTM_NEWTCLASS, w -> {
            TcMsg.write(w, 3, 0x10010, 0x10001, 0);
            w.putString(TCA_KIND, "htb");
            int o = w.beginNestedPlain(TCA_OPTIONS);
            w.putU32(TCA_HTB_PARMS, 0);
            w.endNested(o);
        }, m -> ClassCodec.parse(m, NAMES, Capture.CLOCK))).isInstanceOf(ProtocolException.class)
                .hasMessageEndingWith(": htb class options without a 44-byte TCA_HTB_PARMS");
        assertThatThrownBy(() -> parse(RTM_NEWQDISC, w -> TcMsg.write(w, 3, 0, -1, 0),
                m -> QdiscCodec.parse(m, NAMES, Capture.CLOCK))).isInstanceOf(ProtocolException.class)
                .hasMessageEndingWith(": qdisc message for ifindex 3 without TCA_KIND");
        assertThatThrownBy(() -> parse(RTM_NEWTFILTER, w -> {
            TcMsg.write(w, 3, 0, 0x10000, 0x10008);
            w.putString(TCA_KIND, "u32");
            int o = w.beginNestedPlain(TCA_OPTIONS);
            w.putBytes(TCA_U32_SEL, new byte[] {1, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
            w.endNested(o);
        }, m -> FilterCodec.parse(m, NAMES, Capture.CLOCK))).isInstanceOf(ProtocolException.class)
                .hasMessageEndingWith(": u32 selector of 16 bytes holds fewer than its 3 keys");
        assertThatThrownBy(() -> parse(RTM_NEWQDISC, w -> TcMsg.write(w, 3, 0, -1, 0),
                m -> { m.attributes(40); return null; })).isInstanceOf(ProtocolException.class);
    }

    @Test
    void settingsNotModelledAreKeptRaw() {
        // A u32 selector with a variable offset (tc's "offset at 0 mask 0f00 shift 6") is valid but not modelled.
        Filter f = parse(RTM_NEWTFILTER, w -> {
            TcMsg.write(w, 3, 0x800800, 0x10000, 0x10008);
            w.putString(TCA_KIND, "u32");
            int o = w.beginNestedPlain(TCA_OPTIONS);
            w.putBytes(TCA_U32_SEL, new byte[] {1, 6, 0, 0, 0x0f, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
            w.endNested(o);
        }, m -> FilterCodec.parse(m, NAMES, Capture.CLOCK));
        assertThat(f.kind()).isInstanceOf(OtherFilter.class);
        assertThat(((OtherFilter) f.kind()).options()).hasSize(20); // the selector attribute, kept as it came
        Qdisc q = parse(RTM_NEWQDISC, w -> {
            TcMsg.write(w, 3, 0x10000, -1, 0);
            w.putString(TCA_KIND, "cake");
            w.putU32(TCA_OPTIONS, 7);
            w.putU8(99, 1);
        }, m -> QdiscCodec.parse(m, NAMES, Capture.CLOCK));
        assertThat(q.kind()).isEqualTo(new OtherQdisc("cake", new byte[] {7, 0, 0, 0}));
        assertThat(q.unknown()).containsExactly(new io.netlink4j.core.message.RawAttribute(99, new byte[] {1}));
        assertThat(q).hasToString("qdisc cake 1: dev veth-a root options 07000000");
    }

    @Test
    void ipv4MappedIpv6FlowerKeyStaysIpv6() throws Exception {
        // tc filter add dev veth-a ingress protocol ipv6 flower dst_ip ::ffff:10.0.0.2/120 action drop
        byte[] mapped = java.net.InetAddress.getByName("::ffff:10.0.0.2").getAddress(); // 4 bytes: Java maps it
        byte[] key = new byte[16];
        key[10] = (byte) 0xff;
        key[11] = (byte) 0xff;
        System.arraycopy(mapped, 0, key, 12, 4);
        byte[] mask = new byte[16];
        java.util.Arrays.fill(mask, 0, 15, (byte) 0xff);
        Filter f = parse(RTM_NEWTFILTER, w -> {
            TcMsg.write(w, 3, 0x800000, 0xfffffff2, 0x86dd0031);
            w.putString(TCA_KIND, "flower");
            int o = w.beginNestedPlain(TCA_OPTIONS);
            w.putBytes(io.netlink4j.route.uapi.PktClsH.TCA_FLOWER_KEY_IPV6_DST, key);
            w.putBytes(io.netlink4j.route.uapi.PktClsH.TCA_FLOWER_KEY_IPV6_DST_MASK, mask);
            w.putU32(io.netlink4j.route.uapi.PktClsH.TCA_FLOWER_FLAGS, 0);
            w.endNested(o);
        }, m -> FilterCodec.parse(m, NAMES, Capture.CLOCK));
        Flower flower = (Flower) f.kind();
        assertThat(flower.dstIp().address()).isInstanceOf(java.net.Inet6Address.class);
        assertThat(flower.dstIp().address().getAddress()).isEqualTo(key);
        assertThat(flower.dstIp().prefixLength()).isEqualTo(120);
    }

    private static <T> T parse(int type, RequestBody body, Function<Message, T> parser) {
        byte[] bytes;
        try (Arena arena = Arena.ofConfined()) {
            MessageWriter w = new MessageWriter(arena, 256);
            w.begin(type, 0);
            body.write(w);
            bytes = w.finish().toArray(ValueLayout.JAVA_BYTE);
        }
        MessageReader r = MessageReader.of(bytes);
        r.next();
        return parser.apply(r.message());
    }
}
