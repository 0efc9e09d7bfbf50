package io.netlink4j.route.tc;

import static io.netlink4j.core.uapi.Netlink.NLM_F_CREATE;
import static io.netlink4j.core.uapi.Netlink.NLM_F_EXCL;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_DELTCLASS;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_NEWTCLASS;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.socket.Request;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** htb classes against what {@code tc} 6.1 sends (rate and ceil tables, buffers in ticks), and the {@code tc -s class show} answer parsed. */
class ClassCaptureTest {
    static Stream<Arguments> adds() {
        return Stream.of(
                Arguments.of("class-add-htb-rate", TrafficClassSpec.of("veth-a", "1:", "1:1", HtbClass.of("20mbit"))),
                Arguments.of("class-add-htb-rate-ceil", TrafficClassSpec.of("veth-a", "1:1", "1:10",
                        HtbClass.of("4mbit").withCeil("4mbit"))),
                Arguments.of("class-add-htb-burst-prio-quantum", TrafficClassSpec.of("veth-a", "1:1", "1:30",
                        HtbClass.of("12mbit").withCeil("12mbit").withBurst("15k").withCburst("15k").withPrio(1)
                                .withQuantum(1500))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adds")
    void addSendsTcsBytesAndParsesBack(String name, TrafficClassSpec spec) {
        Capture c = Capture.load(name);
        Request r = Request.of(RTM_NEWTCLASS, NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWTCLASS", spec,
                w -> ClassCodec.writeNew(w, c.index("veth-a"), spec, Capture.CLOCK));
        assertThat(Capture.hex(r.toBytes())).as(c.command()).isEqualTo(Capture.hex(c.datagram()));
        TrafficClass back = c.parse(m -> ClassCodec.parse(m, c.names(), Capture.CLOCK));
        assertThat(TrafficClassSpec.of(back.dev(), back.parent(), back.classId(), back.kind())).isEqualTo(spec);
    }

    @Test
    void deleteSendsTheClassIdAlone() {
        Capture c = Capture.load("class-del");
        TrafficClassSpec key = TrafficClassSpec.of("veth-a", "1:10");
        Request r = Request.of(RTM_DELTCLASS, 0, "RTM_DELTCLASS", key, w -> ClassCodec.writeKey(w, c.index("veth-a"), key));
        assertThat(Capture.hex(r.toBytes())).isEqualTo(Capture.hex(c.datagram()));
    }

    /** The kernel's answer to {@code tc -s class show dev veth-a}, as tc printed it (class-show-stats.txt; the kernel caps the 1:1 quantum at 200000). */
    @Test
    void classDumpParsesAsTcShowsIt() {
        Capture reply = Capture.load("class-show-stats.reply");
        List<TrafficClass> classes = reply.parseAll(m -> ClassCodec.parse(m, reply.names(), Capture.CLOCK));
        assertThat(classes).extracting(TrafficClass::toString).containsExactly(
                "class htb 1:10 dev veth-a parent 1:1 rate 4Mbit ceil 4Mbit burst 1600b cburst 1600b quantum 50000",
                "class htb 1:1 dev veth-a root rate 20Mbit ceil 20Mbit burst 1600b cburst 1600b quantum 200000",
                "class htb 1:30 dev veth-a parent 1:1 rate 12Mbit ceil 12Mbit burst 15Kb cburst 15Kb prio 1 quantum 1500");
        assertThat(classes).extracting(TrafficClass::htb).extracting(HtbClassStats::tokens, HtbClassStats::ctokens)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(50000, 50000),
                        org.assertj.core.groups.Tuple.tuple(10000, 10000),
                        org.assertj.core.groups.Tuple.tuple(160000, 160000));
        assertThat(classes.get(0).stats()).isEqualTo(TcStats.NONE);
    }
}
