package io.netlink4j.route.tc;

import static io.netlink4j.core.uapi.Netlink.NLM_F_CREATE;
import static io.netlink4j.core.uapi.Netlink.NLM_F_EXCL;
import static io.netlink4j.core.uapi.Netlink.NLM_F_REPLACE;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_DELQDISC;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_GETQDISC;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_NEWQDISC;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.socket.Request;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every qdisc kind against what {@code tc} 6.1 sends for the same command, byte for byte, and
 * back: the captured request parses into the spec it was made from. This is the proof for the
 * kinds this machine's kernel lacks (netem, fq_codel, prio, sfq) and the rate-table check for
 * the ones it has.
 */
class QdiscCaptureTest {
    static Stream<Arguments> adds() {
        return Stream.of(
                Arguments.of("qdisc-add-tbf", QdiscSpec.root("veth-a", Tbf.of("8mbit").withBurst("32kb").withLatency("50ms"))),
                Arguments.of("qdisc-add-htb-default-30", QdiscSpec.root("veth-a", Htb.of().withDefault("30")).withHandle("1:")),
                Arguments.of("qdisc-add-pfifo-limit-100", QdiscSpec.root("veth-a", Pfifo.of().withLimit(100))),
                Arguments.of("qdisc-add-bfifo-limit-10000", QdiscSpec.root("veth-a", Bfifo.of().withLimit(10000))),
                Arguments.of("qdisc-add-clsact", QdiscSpec.clsact("veth-a")),
                Arguments.of("qdisc-add-ingress", QdiscSpec.ingress("veth-a")),
                Arguments.of("qdisc-add-prio-bands-3", QdiscSpec.root("veth-a", Prio.of().withBands(3))),
                Arguments.of("qdisc-add-fq-codel", QdiscSpec.root("veth-a", FqCodel.of())),
                Arguments.of("qdisc-add-fq-codel-options", QdiscSpec.root("veth-a",
                        FqCodel.of().withLimit(1000).withTarget("5ms").withInterval("100ms"))),
                Arguments.of("qdisc-add-sfq-perturb-10", QdiscSpec.root("veth-a", Sfq.of().withPerturb(10))),
                Arguments.of("qdisc-add-netem-delay", QdiscSpec.root("veth-a", Netem.of().withDelay("50ms"))),
                Arguments.of("qdisc-add-netem-delay-jitter", QdiscSpec.root("veth-a",
                        Netem.of().withDelay("50ms").withJitter("10ms").withDelayCorrelation("25%"))),
                Arguments.of("qdisc-add-netem-loss", QdiscSpec.root("veth-a", Netem.of().withLoss("1%"))),
                Arguments.of("qdisc-add-netem-loss-correlation", QdiscSpec.root("veth-a",
                        Netem.of().withLoss("1%").withLossCorrelation("25%"))),
                Arguments.of("qdisc-add-netem-duplicate", QdiscSpec.root("veth-a", Netem.of().withDuplicate("1%"))),
                Arguments.of("qdisc-add-netem-reorder", QdiscSpec.root("veth-a",
                        Netem.of().withDelay("10ms").withReorder("25%").withReorderCorrelation("50%"))),
                Arguments.of("qdisc-add-netem-corrupt", QdiscSpec.root("veth-a", Netem.of().withCorrupt("0.1%"))),
                Arguments.of("qdisc-add-netem-rate", QdiscSpec.root("veth-a", Netem.of().withRate("1mbit"))),
                Arguments.of("qdisc-add-netem-limit", QdiscSpec.root("veth-a", Netem.of().withLimit(2000))),
                Arguments.of("qdisc-add-netem-all", QdiscSpec.root("veth-a", Netem.of().withLimit(2000).withDelay("50ms")
                        .withJitter("10ms").withDelayCorrelation("25%").withLoss("1%").withLossCorrelation("25%")
                        .withDuplicate("1%").withReorder("25%").withReorderCorrelation("50%").withCorrupt("0.1%")
                        .withRate("1mbit"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adds")
    void addSendsTcsBytesAndParsesBack(String name, QdiscSpec spec) {
        Capture c = Capture.load(name);
        int index = c.index("veth-a");
        Request r = Request.of(RTM_NEWQDISC, NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWQDISC", spec,
                w -> QdiscCodec.writeNew(w, index, spec, Capture.CLOCK));
        assertThat(Capture.hex(r.toBytes())).as(c.command()).isEqualTo(Capture.hex(c.datagram()));
        Qdisc back = c.parse(m -> QdiscCodec.parse(m, c.names(), Capture.CLOCK));
        assertThat(back.key().withKind(back.kind())).as("parsed back from " + c.command()).isEqualTo(spec);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tbfFlags")
    void replaceAndChangeCarryTheirFlags(String name, int flags, String rate) {
        Capture c = Capture.load(name);
        QdiscSpec spec = QdiscSpec.root("veth-a", Tbf.of(rate).withBurst("32kb").withLatency("50ms"));
        Request r = Request.of(RTM_NEWQDISC, flags, "RTM_NEWQDISC", spec,
                w -> QdiscCodec.writeNew(w, c.index("veth-a"), spec, Capture.CLOCK));
        assertThat(Capture.hex(r.toBytes())).as(c.command()).isEqualTo(Capture.hex(c.datagram()));
    }

    static Stream<Arguments> tbfFlags() {
        return Stream.of(Arguments.of("qdisc-replace-tbf", NLM_F_CREATE | NLM_F_REPLACE, "8mbit"),
                Arguments.of("qdisc-change-tbf", 0, "4mbit"));
    }

    @org.junit.jupiter.api.Test
    void deleteRootSendsTheTcmsgAlone() {
        Capture c = Capture.load("qdisc-del-root");
        QdiscSpec key = QdiscSpec.root("veth-a");
        Request r = Request.of(RTM_DELQDISC, 0, "RTM_DELQDISC", key, w -> QdiscCodec.writeKey(w, c.index("veth-a"), key));
        assertThat(Capture.hex(r.toBytes())).isEqualTo(Capture.hex(c.datagram()));
    }

    /** The kernel's answer to {@code tc -s qdisc show dev veth-a} (an htb root), as tc -j printed it. */
    @org.junit.jupiter.api.Test
    void qdiscDumpParsesAsTcShowsIt() {
        Capture reply = Capture.load("qdisc-show-stats.reply");
        java.util.List<Qdisc> qdiscs = reply.parseAll(m -> QdiscCodec.parse(m, reply.names(), Capture.CLOCK));
        java.util.Map<String, Object> json = io.netlink4j.core.testing.Json.array(text("qdisc-show-stats.json")).getFirst();
        Qdisc q = qdiscs.getFirst();
        assertThat(qdiscs).hasSize(1);
        assertThat(q.kind()).isEqualTo(new Htb(0x30, 10, 1000));
        assertThat(q.kind().kind()).isEqualTo(json.get("kind"));
        assertThat(q.handle().toString()).isEqualTo(json.get("handle"));
        assertThat((long) q.refcnt()).isEqualTo(json.get("refcnt"));
        TcStats s = q.stats();
        assertThat(java.util.List.of(s.bytes(), s.packets(), s.drops(), s.overlimits(), s.requeues(), s.backlog(), s.qlen()))
                .isEqualTo(java.util.List.of(json.get("bytes"), json.get("packets"), json.get("drops"), json.get("overlimits"),
                        json.get("requeues"), json.get("backlog"), json.get("qlen")));
        assertThat(q.unknown()).extracting(io.netlink4j.core.message.RawAttribute::type)
                .containsExactly(io.netlink4j.route.uapi.PktSchedH.TCA_HW_OFFLOAD, io.netlink4j.route.uapi.PktSchedH.TCA_STATS);
        assertThat(q).hasToString("qdisc htb 1: dev veth-a root refcnt 3 default 30 direct_qlen 1000");
    }

    private static String text(String file) {
        try (var in = QdiscCaptureTest.class.getResourceAsStream("/captures/tc/" + file)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
