package io.netlink4j.route.tc;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.NotFoundException;
import io.netlink4j.route.link.Veth;
import io.netlink4j.core.testing.Json;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every qdisc and filter kind installed in a real kernel and read back by the library and by
 * {@code tc -j}. A kind whose module this kernel lacks is skipped, naming the module: its proof
 * here is the byte test against tc's capture ({@link QdiscCaptureTest}, {@link FilterCaptureTest}).
 */
class KindsKernelTest {
    static Stream<Arguments> qdiscs() {
        return Stream.of(
                Arguments.of(Pfifo.of().withLimit(100), "sch_fifo"),
                Arguments.of(Bfifo.of().withLimit(10000), "sch_fifo"),
                Arguments.of(Prio.of().withBands(3), "sch_prio (CONFIG_NET_SCH_PRIO)"),
                Arguments.of(FqCodel.of().withLimit(1000).withTarget("5ms").withInterval("100ms"),
                        "sch_fq_codel (CONFIG_NET_SCH_FQ_CODEL)"),
                Arguments.of(Sfq.of().withPerturb(10), "sch_sfq (CONFIG_NET_SCH_SFQ)"),
                Arguments.of(Netem.of().withDelay("50ms").withLoss("1%"), "sch_netem (CONFIG_NET_SCH_NETEM)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("qdiscs")
    void rootQdisc(QdiscKind kind, String module) {
        try (TcLab lab = new TcLab()) {
            TcLab.Ns n = lab.namespace();
            n.rt().links().add(Veth.of("veth-a", "veth-b"));
            try {
                n.rt().qdiscs().add(QdiscSpec.root("veth-a", kind));
            } catch (NotFoundException e) {
                Assumptions.assumeFalse("Specified qdisc kind is unknown".equals(e.extAck()),
                        "skipped: this kernel lacks " + module + "; " + kind.kind() + " is proven by its bytes in QdiscCaptureTest");
                throw e;
            }
            Qdisc q = n.rt().qdiscs().get(QdiscSpec.root("veth-a"));
            Map<String, Object> tc = TcLab.tcJson(n, "qdisc", "show", "dev", "veth-a").getFirst();
            assertThat(q.kind().kind()).isEqualTo(kind.kind()).isEqualTo(tc.get("kind"));
            assertThat(q.handle().toString()).isEqualTo(tc.get("handle"));
            switch (kind) {
                case Pfifo p -> assertThat(q.kind()).isEqualTo(p).extracting(k -> ((Pfifo) k).limit())
                        .isEqualTo(Json.at(tc, "options", "limit"));
                case Bfifo b -> assertThat(q.kind()).isEqualTo(b).extracting(k -> ((Bfifo) k).limit())
                        .isEqualTo(Json.at(tc, "options", "limit"));
                case Prio p -> assertThat(((Prio) q.kind()).bands()).isEqualTo(p.bands())
                        .isEqualTo(((Long) Json.at(tc, "options", "bands")).intValue());
                case FqCodel f -> {
                    FqCodel got = (FqCodel) q.kind();
                    assertThat(List.of(got.limit(), got.target(), got.interval())).isEqualTo(List.of(f.limit(), f.target(), f.interval()));
                }
                case Sfq s -> assertThat(((Sfq) q.kind()).perturb()).isEqualTo(s.perturb());
                case Netem e -> {
                    Netem got = (Netem) q.kind();
                    assertThat(List.of(got.delay(), got.loss(), got.limit())).isEqualTo(List.of(e.delay(), e.loss(), e.limit()));
                }
                default -> throw new AssertionError("no check for " + kind);
            }
            n.rt().qdiscs().delete(QdiscSpec.root("veth-a"));
            assertThat(n.rt().qdiscs().list("veth-a")).noneMatch(x -> x.kind().kind().equals(kind.kind()));
        }
    }

    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of(Matchall.of().withAction(Gact.drop()), EtherType.ALL, "cls_matchall (CONFIG_NET_CLS_MATCHALL)",
                        "act_gact (CONFIG_NET_ACT_GACT)"),
                Arguments.of(U32.of().matchAll().withAction(Gact.pass()), EtherType.ALL, "cls_u32", "act_gact (CONFIG_NET_ACT_GACT)"),
                Arguments.of(U32.of().matchAll().withAction(Police.of("1mbit", "10k").withExceed(ActionControl.DROP)),
                        EtherType.ALL, "cls_u32", "act_police (CONFIG_NET_ACT_POLICE)"),
                Arguments.of(Flower.of().withDstIp("10.0.0.2").withIpProto("tcp").withDstPort(80).withAction(Gact.drop()),
                        EtherType.IP, "cls_flower (CONFIG_NET_CLS_FLOWER)", "act_gact (CONFIG_NET_ACT_GACT)"),
                Arguments.of(Matchall.of().withAction(Mirred.egressRedirect("veth-b")), EtherType.ALL,
                        "cls_matchall (CONFIG_NET_CLS_MATCHALL)", "act_mirred"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void ingressFilter(FilterKind kind, EtherType protocol, String classifierModule, String actionModule) {
        try (TcLab lab = new TcLab()) {
            TcLab.Ns n = lab.namespace();
            n.rt().links().add(Veth.of("veth-a", "veth-b"));
            n.rt().qdiscs().add(QdiscSpec.clsact("veth-a"));
            try {
                n.rt().filters().add(FilterSpec.ingress("veth-a", kind).withProtocol(protocol).withPriority(1));
            } catch (NotFoundException e) {
                Assumptions.assumeFalse("TC classifier not found".equals(e.extAck()),
                        "skipped: this kernel lacks " + classifierModule + "; " + kind.kind()
                                + " is proven by its bytes in FilterCaptureTest");
                Assumptions.assumeFalse("Failed to load TC action module".equals(e.extAck()),
                        "skipped: this kernel lacks " + actionModule + "; the action is proven by its bytes in FilterCaptureTest");
                throw e;
            }
            List<Filter> got = n.rt().filters().list("veth-a", TcHandle.CLSACT_INGRESS);
            Filter f = got.stream().filter(x -> !x.kind().actions().isEmpty()).findFirst().orElseThrow();
            assertThat(f.kind()).isEqualTo(kind);
            assertThat(f.protocol()).isEqualTo(protocol);
            assertThat(f.priority()).isEqualTo(1);
            List<Map<String, Object>> tc = TcLab.tcJson(n, "filter", "show", "dev", "veth-a", "ingress");
            assertThat(tc).extracting(j -> j.get("kind")).contains(kind.kind());
            n.rt().filters().delete(FilterSpec.of("veth-a", TcHandle.CLSACT_INGRESS).withPriority(1));
            assertThat(n.rt().filters().list("veth-a", TcHandle.CLSACT_INGRESS)).isEmpty();
        }
    }
}
