package io.netlink4j.route.bridge;

import static io.netlink4j.route.bridge.FdbEntries.ADD;
import static io.netlink4j.route.bridge.FdbEntries.APPEND;
import static io.netlink4j.route.bridge.FdbEntries.DELETE;
import static io.netlink4j.route.bridge.FdbEntries.REPLACE;
import static io.netlink4j.route.testing.Replies.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.MacAddress;
import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.socket.Request;
import io.netlink4j.route.internal.DeviceNames;
import io.netlink4j.core.testing.Captures;
import io.netlink4j.core.testing.Json;
import io.netlink4j.route.testing.Replies;
import io.netlink4j.route.uapi.RtnetlinkH;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every FDB request is byte for byte what {@code bridge fdb} sends; dumps parse to what {@code bridge -j fdb show} prints. */
class FdbBytesTest {
    private static final String POD = "02:00:00:00:00:01";

    static Stream<Arguments> requests() {
        return Stream.of(
                req("add-master-permanent", ADD, FdbSpec.of(POD, "veth-b").withMaster()),
                req("add-master-static", ADD, FdbSpec.of(POD, "veth-b").withMaster().withState(FdbState.STATIC)),
                req("add-master-dynamic", ADD, FdbSpec.of("02:00:00:00:00:03", "veth-b").withMaster()
                        .withState(FdbState.DYNAMIC)),
                req("add-self", ADD, FdbSpec.of(POD, "veth-b").withSelf()),
                // neither self nor master: self, as bridge fdb assumes
                req("add-self", ADD, FdbSpec.of(POD, "veth-b")),
                req("add-vlan", ADD, FdbSpec.of("02:00:00:00:00:02", "veth-b").withMaster().withState(FdbState.STATIC)
                        .withVlan(10)),
                req("add-vxlan-self-permanent", ADD, FdbSpec.of("02:00:00:00:01:01", "vxlan100").withDst("192.0.2.2")
                        .withSelf()),
                req("add-vxlan-vni-port-via", ADD, FdbSpec.of("02:00:00:00:01:02", "vxlan100").withDst("192.0.2.2")
                        .withVni(200).withPort(4790).withVia("veth-a").withSelf()),
                req("append-vxlan-default-dst", APPEND, FdbSpec.of(MacAddress.ZERO, "vxlan100").withDst("192.0.2.2")),
                req("append-vxlan-self-permanent", APPEND, FdbSpec.of(MacAddress.ZERO, "vxlan100").withDst("192.0.2.3")
                        .withSelf().withState(FdbState.PERMANENT)),
                req("replace-master-static", REPLACE, FdbSpec.of(POD, "veth-b").withMaster().withState(FdbState.STATIC)),
                req("replace-vxlan-self-permanent", REPLACE, FdbSpec.of("02:00:00:00:01:01", "vxlan100")
                        .withDst("192.0.2.3").withSelf()),
                req("del-master", DELETE, FdbSpec.of(POD, "veth-b").withMaster()),
                req("del-vxlan-dst", DELETE, FdbSpec.of("02:00:00:00:01:01", "vxlan100").withDst("192.0.2.2").withSelf()),
                req("del-vxlan-zero-dst", DELETE, FdbSpec.of(MacAddress.ZERO, "vxlan100").withDst("192.0.2.2")
                        .withSelf()),
                dump("show", FdbFilter.ALL),
                dump("show-br", FdbFilter.bridge("br0")),
                dump("show-brport", FdbFilter.bridge("br0").withPort("vxlan100")));
    }

    private static Arguments req(String capture, int verb, FdbSpec spec) {
        Function<Captures.Capture, Request> make = c -> FdbEntries.request(verb, spec, index(c, spec.dev()),
                spec.via() == null ? 0 : index(c, spec.via()));
        return Arguments.of(capture, make);
    }

    private static Arguments dump(String capture, FdbFilter f) {
        Function<Captures.Capture, Request> make = c -> FdbEntries.dumpRequest(f,
                f.bridge() == null ? 0 : index(c, f.bridge()), f.port() == null ? 0 : index(c, f.port()));
        return Arguments.of(capture, make);
    }

    private static int index(Captures.Capture c, String dev) {
        return Integer.parseInt(c.fact(dev));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void sendsWhatBridgeFdbSends(String capture, Function<Captures.Capture, Request> make) {
        Captures.Capture c = Captures.load("fdb/" + capture + ".hex");
        Request r = make.apply(c);
        if (r.type() == RtnetlinkH.RTM_GETNEIGH) {
            // a dump goes with NLM_F_DUMP, not NLM_F_ACK: the body after the header is what must match
            assertThat(hex(r.toBytes()).substring(32)).as(c.command()).isEqualTo(hex(c.datagram()).substring(32));
            return;
        }
        assertThat(hex(r.toBytes())).as(c.command()).isEqualTo(hex(c.datagram()));
    }

    static Stream<Arguments> dumps() {
        return Stream.of(Arguments.of("show", true), Arguments.of("show-br", true), Arguments.of("show-brport", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dumps")
    void parsesADumpAsBridgePrintsIt(String capture, boolean withDev) {
        List<FdbEntry> entries = parse("fdb/" + capture + ".reply.hex");
        List<Map<String, Object>> bridge = Json.array(Replies.text("fdb/" + capture + ".json"));
        assertThat(entries.stream().map(e -> FdbJson.of(e, withDev)).toList()).isEqualTo(bridge);
    }

    @Test
    void printsAsBridgeFdbShow() {
        assertThat(parse("fdb/show.reply.hex").stream().map(FdbEntry::toString)).containsExactly(
                "02:00:00:00:00:01 dev veth-b master br0 static",
                "02:00:00:00:00:0b dev veth-b master br0 permanent",
                "33:33:00:00:00:01 dev veth-b self permanent",
                "33:33:00:00:00:01 dev veth-a self permanent",
                "33:33:00:00:00:01 dev br0 self permanent",
                "02:00:00:00:00:b0 dev br0 master br0 permanent",
                "02:00:00:00:01:00 dev vxlan100 master br0 permanent",
                "02:00:00:00:01:02 dev vxlan100 dst 192.0.2.3 port 4790 vni 200 via veth-a self permanent",
                "00:00:00:00:00:00 dev vxlan100 dst 192.0.2.2 self permanent",
                "00:00:00:00:00:00 dev vxlan100 dst 192.0.2.3 self permanent",
                "02:00:00:00:01:01 dev vxlan100 dst 192.0.2.2 self permanent");
    }

    @Test
    void anEntryIsTheKeyThatDeletesIt() {
        FdbEntry e = parse("fdb/show.reply.hex").get(7);
        assertThat(e.toSpec()).isEqualTo(FdbSpec.of("02:00:00:00:01:02", "vxlan100").withDst("192.0.2.3")
                .withVni(200).withPort(4790).withVia("veth-a").withSelf());
        assertThat(parse("fdb/show.reply.hex").get(0).toSpec())
                .isEqualTo(FdbSpec.of(POD, "veth-b").withMaster().withState(FdbState.STATIC));
        // kernel bookkeeping the record does not model (NDA_CACHEINFO, NDA_FLAGS_EXT) is kept
        assertThat(parse("fdb/show.reply.hex").get(0).unknown()).extracting(io.netlink4j.core.message.RawAttribute::type)
                .contains(RtnetlinkH.NDA_CACHEINFO);
    }

    @Test
    void refusesBadInputBeforeSending() {
        assertThatThrownBy(() -> FdbSpec.of("02:00:00:00:00", "veth-b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("02:00:00:00:00");
        assertThatThrownBy(() -> FdbSpec.of(POD, "veth-b").withVlan(4095)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vlan 4095 is out of range 1..4094");
        assertThatThrownBy(() -> FdbSpec.of(POD, "vx").withVni(1 << 24)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vni 16777216 is out of range 0..16777215");
        assertThatThrownBy(() -> FdbSpec.of(POD, "vx").withPort(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("port 0 is out of range 1..65535");
        assertThatThrownBy(() -> FdbSpec.of(POD, "veth-b").withState(FdbState.STALE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stale is reported by the kernel");
        assertThatThrownBy(() -> FdbSpec.of(POD, "vx").withDst("192.0.2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("192.0.2");
        assertThatThrownBy(() -> FdbSpec.of((String) null, "vx")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> FdbSpec.of(POD, null)).isInstanceOf(NullPointerException.class).hasMessage("dev");
    }

    @Test
    void malformedKernelInputIsAProtocolException() {
        // AF_BRIDGE RTM_NEWNEIGH with a 4-byte NDA_LLADDR
        String shortMac = "24000000" + "1c000200" + "0000000000000000" + "070000000200000080000200" + "0800020002000000";
        assertThatThrownBy(() -> Replies.parseOne(shortMac, m -> FdbCodec.parse(m, new DeviceNames(null))))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("NDA_LLADDR of 4 bytes");
        // no NDA_LLADDR at all
        String noMac = "1c000000" + "1c000200" + "0000000000000000" + "070000000200000080000200";
        assertThatThrownBy(() -> Replies.parseOne(noMac, m -> FdbCodec.parse(m, new DeviceNames(null))))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("without NDA_LLADDR");
        // a 5-byte NDA_DST
        String badDst = "2c000000" + "1c000200" + "0000000000000000" + "070000000500000080000200"
                + "0a000200000000000000" + "0000" + "09000100c000020201000000";
        assertThatThrownBy(() -> Replies.parseOne(badDst, m -> FdbCodec.parse(m, new DeviceNames(null))))
                .isInstanceOf(ProtocolException.class);
    }

    /** The capture's kernel answers parsed with the capture's device names. */
    private static List<FdbEntry> parse(String path) {
        DeviceNames names = new DeviceNames(null);
        Captures.Capture c = Captures.load(path);
        for (String dev : List.of("lo", "veth-a", "veth-b", "br0", "vxlan100")) {
            names.put(Integer.parseInt(c.fact(dev)), dev);
        }
        return Replies.parse(path, RtnetlinkH.RTM_NEWNEIGH, m -> FdbCodec.parse(m, names));
    }
}
