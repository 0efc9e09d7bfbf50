package io.netlink4j.route.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.AddressFamily;
import io.netlink4j.core.Cidr;
import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageReader;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.socket.Request;
import io.netlink4j.route.internal.Structs;
import io.netlink4j.route.route.RouteScope;
import io.netlink4j.core.testing.Captures;
import io.netlink4j.core.testing.Captures.Capture;
import io.netlink4j.core.testing.Json;
import io.netlink4j.route.testing.Sent;
import java.lang.foreign.Arena;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The real address encoder against what iproute2 6.1 sent for the same command (fixtures under
 * {@code captures/address}, made by the capture script), and the parser against what the kernel
 * answered, read back as {@code ip -j} printed it and emitted again.
 */
class AddressCaptureTest {
    static int veth(Capture c) {
        return Integer.parseInt(c.fact("veth-a"));
    }

    static void sends(String fixture, Request r) {
        Capture c = Captures.load("address/" + fixture);
        assertThat(HexFormat.of().formatHex(Sent.execute(r))).as(c.command())
                .isEqualTo(HexFormat.of().formatHex(c.datagram()));
    }

    @Test
    void addAsIp() {
        Capture c = Captures.load("address/add.hex");
        assertThat(c.command()).isEqualTo("ip addr add 10.0.0.1/24 dev veth-a");
        sends("add.hex", AddressCodec.newRequest(AddressSpec.of("10.0.0.1/24", "veth-a"), veth(c), false));
        sends("add-brd.hex", AddressCodec.newRequest(AddressSpec.of("10.0.0.1/24", "veth-a").withBroadcast("+"),
                veth(c), false));
        sends("add-label.hex", AddressCodec.newRequest(AddressSpec.of("10.0.0.1/24", "veth-a").withLabel("veth-a:1"),
                veth(c), false));
        sends("add-ipv6-nodad.hex", AddressCodec.newRequest(AddressSpec.of("fd00::1/64", "veth-a").withNoDad(),
                veth(c), false));
    }

    @Test
    void replaceAndDeleteAsIp() {
        int veth = veth(Captures.load("address/del.hex"));
        sends("replace-metric.hex", AddressCodec.newRequest(AddressSpec.of("10.0.0.1/24", "veth-a").withMetric(10),
                veth, true));
        sends("del.hex", AddressCodec.deleteRequest(AddressSpec.of("10.0.0.1/24", "veth-a"), veth));
        // Fields ip addr del does not send are ignored, not sent.
        sends("del.hex", AddressCodec.deleteRequest(AddressSpec.of("10.0.0.1/24", "veth-a").withBroadcast("+")
                .withMetric(5).withScope(RouteScope.LINK), veth));
    }

    @Test
    void dumpRequestAsIpAddrShowDev() {
        Capture c = Captures.load("address/show.hex");
        assertThat(HexFormat.of().formatHex(Sent.dump(AddressCodec.dumpRequest(AddressFilter.dev("veth-a"), veth(c)))))
                .isEqualTo(HexFormat.of().formatHex(c.datagram()));
    }

    @Test
    void dumpReplyParsedAsIpPrintsItAndEmittedBack() throws Exception {
        Capture reply = Captures.load("address/show.reply.hex");
        List<byte[]> messages = Sent.messagesOfType(reply, 20);
        List<Address> parsed = new ArrayList<>();
        for (byte[] m : messages) {
            parsed.add(AddressCodec.parse(Sent.message(m), i -> i == 3 ? "veth-a" : null));
        }
        assertThat(parsed).hasSize(2);
        String json = new String(AddressCaptureTest.class.getResourceAsStream("/captures/address/show.json")
                .readAllBytes());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> infos = (List<Map<String, Object>>) Json.array(json).get(0).get("addr_info");
        for (int i = 0; i < 2; i++) {
            Address a = parsed.get(i);
            Map<String, Object> ip = infos.get(i);
            assertThat(a.family().toString()).isEqualTo(ip.get("family"));
            assertThat(Cidr.format(a.cidr().address())).isEqualTo(ip.get("local"));
            assertThat((long) a.cidr().prefixLength()).isEqualTo(ip.get("prefixlen"));
            assertThat(a.scope().toString()).isEqualTo(ip.get("scope"));
            assertThat(a.label()).isEqualTo(ip.get("label"));
            assertThat(a.flags().contains(AddressFlag.NODAD)).isEqualTo(Boolean.TRUE.equals(ip.get("nodad")));
            assertThat(a.validLifetime().getSeconds()).isEqualTo(ip.get("valid_life_time"));
            assertThat(a.preferredLifetime().getSeconds()).isEqualTo(ip.get("preferred_life_time"));
            assertThat(a.dev()).isEqualTo("veth-a");
            assertThat(a.index()).isEqualTo(3);
        }
        assertThat(parsed.get(0)).satisfies(a -> {
            assertThat(a.family()).isEqualTo(AddressFamily.INET);
            assertThat(a.flags()).containsExactly(AddressFlag.PERMANENT);
            assertThat(a.validLifetime()).isEqualTo(Address.FOREVER);
            assertThat(a.unknown()).isEmpty();
            assertThat(a).hasToString("10.0.0.1/24 dev veth-a scope global");
        });
        assertThat(parsed.get(1)).hasToString("fd00::1/64 dev veth-a scope global nodad");
        assertThat(parsed.get(1).flags()).isEqualTo(Set.of(AddressFlag.NODAD, AddressFlag.PERMANENT));
        // Emitted again, every field and attribute is back (order aside).
        for (int i = 0; i < 2; i++) {
            assertThat(Sent.normal(emit(parsed.get(i)), Structs.IFADDRMSG_LEN))
                    .isEqualTo(Sent.normal(messages.get(i), Structs.IFADDRMSG_LEN));
        }
    }

    /** {@code a} as an {@code RTM_NEWADDR} message with the reply's flags (multi), seq and port 0. */
    static byte[] emit(Address a) {
        try (Arena arena = Arena.ofConfined()) {
            MessageWriter w = new MessageWriter(arena, 256);
            w.nextSeq(0);
            w.begin(20, 0x22); // RTM_NEWADDR, NLM_F_MULTI | NLM_F_DUMP_FILTERED as the dump sent it
            AddressCodec.emit(w, a);
            return w.finish().toArray(ValueLayout.JAVA_BYTE);
        }
    }

    @Test
    void malformedRepliesAreProtocolErrors() {
        // ifaddrmsg IPv4 /40 with IFA_LOCAL 10.0.0.1: the prefix cannot be; a 3-byte address cannot be.
        assertThatThrownBy(() -> parse("2c000000140002000000000000000000022800000300000008000200" + "0a000001"))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("prefix length 40");
        assertThatThrownBy(() -> parse("2c000000140002000000000000000000021800000300000007000200" + "0a000000"))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("3 bytes");
        assertThatThrownBy(() -> parse("180000001400020000000000000000000218000003000000"))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("neither IFA_LOCAL nor IFA_ADDRESS");
    }

    static Address parse(String hex) {
        byte[] b = HexFormat.of().parseHex(hex);
        b[0] = (byte) b.length;
        return Address.parse(Sent.message(b));
    }
}
