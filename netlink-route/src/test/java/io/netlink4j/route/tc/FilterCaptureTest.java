package io.netlink4j.route.tc;

import static io.netlink4j.core.uapi.Netlink.NLM_F_CREATE;
import static io.netlink4j.core.uapi.Netlink.NLM_F_EXCL;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_DELTFILTER;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_GETTFILTER;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_NEWTFILTER;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.socket.Request;
import io.netlink4j.core.testing.Json;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Filters and actions against what {@code tc} 6.1 sends for the same command, byte for byte,
 * and parsed back into the spec: the proof for flower, matchall, gact and police, which this
 * machine's kernel lacks, and for u32, bpf and mirred, which it has.
 */
class FilterCaptureTest {
    static Stream<Arguments> adds() {
        return Stream.of(
                Arguments.of("filter-add-u32-ip-dst", FilterSpec.of("veth-a", "1:",
                        U32.of().matchIpDst("10.10.0.2/32").withClassId("1:10")).withProtocol("ip").withPriority(1)),
                Arguments.of("filter-add-u32-ip-src", FilterSpec.of("veth-a", "1:",
                        U32.of().matchIpSrc("10.10.0.0/24").withClassId("1:10")).withProtocol("ip").withPriority(1)),
                Arguments.of("filter-add-u32-protocol-dport", FilterSpec.of("veth-a", "1:",
                        U32.of().matchIpProtocol(6).matchIpDport(80).withClassId("1:10")).withProtocol("ip").withPriority(1)),
                Arguments.of("filter-add-u32-sport", FilterSpec.of("veth-a", "1:",
                        U32.of().matchIpSport(5000).withClassId("1:10")).withProtocol("ip").withPriority(1)),
                Arguments.of("filter-add-u32-ip6-dst", FilterSpec.of("veth-a", "1:",
                        U32.of().matchIp6Dst("fd00::2/128").withClassId("1:10")).withProtocol("ipv6").withPriority(1)),
                Arguments.of("filter-add-u32-mirred-redirect", FilterSpec.ingress("veth-a",
                        U32.of().matchAll().withAction(Mirred.egressRedirect("veth-b")))),
                Arguments.of("filter-add-u32-mirred-mirror", FilterSpec.ingress("veth-a",
                        U32.of().matchAll().withAction(Mirred.egressMirror("veth-b")))),
                Arguments.of("filter-add-matchall-mirred-redirect", FilterSpec.ingress("veth-a",
                        Matchall.of().withAction(Mirred.egressRedirect("veth-b")))),
                Arguments.of("filter-add-matchall-gact-pass", FilterSpec.ingress("veth-a", Matchall.of().withAction(Gact.pass()))),
                Arguments.of("filter-add-matchall-drop", FilterSpec.ingress("veth-a", Matchall.of().withAction(Gact.drop()))),
                Arguments.of("filter-add-matchall-police", FilterSpec.ingress("veth-a",
                        Matchall.of().withAction(Police.of("1mbit", "10k").withExceed(ActionControl.DROP)))),
                Arguments.of("filter-add-flower-drop", FilterSpec.ingress("veth-a",
                        Flower.of().withDstIp("10.0.0.2").withIpProto("tcp").withDstPort(80).withAction(Gact.drop()))
                        .withProtocol(EtherType.IP)),
                Arguments.of("filter-add-bpf-da-obj", FilterSpec.ingress("veth-a",
                        Bpf.of(7).withName("tc-pass.o:[tc]").withDirectAction())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adds")
    void addSendsTcsBytesAndParsesBack(String name, FilterSpec spec) {
        Capture c = Capture.load(name);
        Request r = Request.of(RTM_NEWTFILTER, NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWTFILTER", spec,
                w -> FilterCodec.writeNew(w, c.index("veth-a"), spec, true, Capture.CLOCK, c::index));
        assertThat(Capture.hex(r.toBytes())).as(c.command()).isEqualTo(Capture.hex(c.datagram()));
        Filter back = c.parse(m -> FilterCodec.parse(m, c.names(), Capture.CLOCK));
        assertThat(back.kind()).as("parsed back from " + c.command()).isEqualTo(spec.kind());
        assertThat(back.dev()).isEqualTo(spec.dev());
        assertThat(back.parent()).isEqualTo(spec.parent());
        assertThat(back.priority()).isEqualTo(spec.priority());
        assertThat(back.protocol()).isEqualTo(spec.protocol() == null ? EtherType.ALL : spec.protocol());
        assertThat(back.unknown()).isEmpty();
    }

    @Test
    void deleteByPrioritySendsNoProtocolAndNoKind() {
        Capture c = Capture.load("filter-del-prio-1");
        FilterSpec key = FilterSpec.of("veth-a", "1:").withPriority(1);
        Request r = Request.of(RTM_DELTFILTER, 0, "RTM_DELTFILTER", key, w -> FilterCodec.writeKey(w, c.index("veth-a"), key));
        assertThat(Capture.hex(r.toBytes())).isEqualTo(Capture.hex(c.datagram()));
    }

    /** {@code tc filter show dev veth-a parent 1:}: the request, and the kernel's answer as tc -j printed it. */
    @Test
    void filterDumpParsesAsTcShowsIt() {
        Capture req = Capture.load("filter-show");
        Request r = Request.of(RTM_GETTFILTER, 0x300, "RTM_GETTFILTER", null,
                w -> FilterCodec.writeDump(w, req.index("veth-a"), TcHandle.parse("1:")));
        // toBytes adds NLM_F_ACK, which a dump does not carry: compare from the type on, and the flags apart.
        byte[] sent = r.toBytes();
        sent[6] = 0x01;
        sent[7] = 0x03;
        assertThat(Capture.hex(sent)).isEqualTo(Capture.hex(req.datagram()));

        Capture reply = Capture.load("filter-show.reply");
        List<Filter> filters = reply.parseAll(m -> FilterCodec.parse(m, reply.names(), Capture.CLOCK));
        List<Map<String, Object>> json = Json.array(text("filter-show.json"));
        assertThat(filters).hasSameSizeAs(json);
        for (int i = 0; i < filters.size(); i++) {
            Filter f = filters.get(i);
            Map<String, Object> j = json.get(i);
            assertThat(f.protocol().toString()).isEqualTo(j.get("protocol"));
            assertThat((long) f.priority()).isEqualTo(j.get("pref"));
            assertThat(f.kind().kind()).isEqualTo(j.get("kind"));
            assertThat((long) f.chain()).isEqualTo(j.get("chain"));
            Object fh = Json.at(j, "options", "fh");
            if (fh != null) {
                assertThat(Filter.u32Handle(f.handle())).isEqualTo(fh);
            }
            Object flowid = Json.at(j, "options", "flowid");
            if (flowid != null) {
                assertThat(f.kind().classId().toString()).isEqualTo(flowid);
                // tc -j prints one "match" per filter (its last key): the same key is among ours.
                U32Key last = ((U32) f.kind()).keys().getLast();
                assertThat(Long.toHexString(Integer.toUnsignedLong(last.value()))).isEqualTo(Json.at(j, "options", "match", "value"));
                assertThat((long) last.offset()).isEqualTo(Json.at(j, "options", "match", "off"));
            }
        }
        assertThat(filters.get(2).toString()).isEqualTo(
                "filter dev veth-a parent 1: protocol ip pref 1 u32 chain 0 fh 800::800 match 0a0a0002/ffffffff at 16 flowid 1:10");
        assertThat(filters.get(3).kind()).isEqualTo(U32.of().matchIpProtocol(6).matchIpDport(80).withClassId("1:30"));
        assertThat(filters.get(1).unknownOptions()).extracting(io.netlink4j.core.message.RawAttribute::type)
                .contains(io.netlink4j.route.uapi.PktClsH.TCA_U32_DIVISOR);
    }

    private static String text(String file) {
        try (var in = FilterCaptureTest.class.getResourceAsStream("/captures/tc/" + file)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
