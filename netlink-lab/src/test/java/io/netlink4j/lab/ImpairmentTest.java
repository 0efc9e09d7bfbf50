package io.netlink4j.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.testing.Ip;
import io.netlink4j.core.testing.KernelConfig;
import io.netlink4j.lab.model.Change;
import io.netlink4j.lab.model.Impairment;
import io.netlink4j.lab.model.Link;
import io.netlink4j.lab.model.Topologies;
import io.netlink4j.lab.model.Topology;
import io.netlink4j.core.testing.Json;
import io.netlink4j.lab.testing.LabNames;
import io.netlink4j.route.PingResult;
import io.netlink4j.route.Rtnetlink;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Impairments and partitions, read back with tc and nft, and felt by traffic. */
class ImpairmentTest {
    @RegisterExtension
    static final LabNames NAMES = new LabNames();

    private static List<Map<String, Object>> qdiscs(String ns, String dev) {
        return Json.array(Ip.exec(List.of("tc", "-n", ns, "-j", "qdisc", "show", "dev", dev)));
    }

    /** {@code nft list table FAMILY netlink_lab} in {@code ns}: the rules as nft itself reads them back. */
    private static List<String> nftRules(String ns, String family) {
        String out = Ip.exec(List.of("ip", "netns", "exec", ns, "nft", "list", "table", family, "netlink_lab"));
        return out.lines().map(String::strip).filter(l -> l.endsWith("drop")).toList();
    }

    private static PingResult ping(Lab lab, String from, String to, int count, Duration timeout) throws Exception {
        try (Rtnetlink h = lab.node(from).rtnetlink()) {
            return h.ping().ping(lab.node(to).address(), count, timeout);
        }
    }

    /** Seconds to send {@code bytes} over TCP from {@code from} to {@code to}'s server, until the server has them all. */
    private static double transfer(Lab lab, String from, String to, int bytes) throws Exception {
        try (ServerSocket server = lab.node(to).serverSocket(0);
             Socket c = lab.node(from).connect(lab.node(to).address(), server.getLocalPort());
             Socket s = server.accept()) {
            long start = System.nanoTime();
            Thread writer = Thread.ofVirtual().start(() -> {
                try (OutputStream out = c.getOutputStream()) {
                    out.write(new byte[bytes]);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            InputStream in = s.getInputStream();
            assertThat(in.readNBytes(bytes)).hasSize(bytes);
            writer.join();
            return (System.nanoTime() - start) / 1e9;
        }
    }

    @Test
    void aRateLimitIsATbfOnBothEndsAndSlowsTraffic() throws Exception {
        String n = NAMES.next();
        try (Lab lab = Lab.up(Topologies.single(n, 2))) {
            double free = transfer(lab, "h1", "h2", 200_000);
            lab.impair("h1", "s1", Impairment.rate("4mbit"));
            for (String[] end : new String[][] {{n + "-h1", "eth0"}, {n, "s1-eth1"}}) {
                Map<String, Object> q = qdiscs(end[0], end[1]).getFirst();
                assertThat(q.get("kind")).isEqualTo("tbf");
                assertThat(Json.at(q, "options", "rate")).isEqualTo(500_000L);
            }
            assertThat(lab.diff()).extracting(Change::toString)
                    .containsExactly("~ link h1:eth0 -- s1:s1-eth1 rate 4mbit -> none");
            assertThat(lab.snapshot().node("h1").orElseThrow().iface("eth0").orElseThrow().impairment())
                    .isEqualTo(Impairment.rate("4mbit"));
            // 200 kB at 4 Mbit/s take 0.4 s; at most the bucket's burst goes faster.
            double shaped = transfer(lab, "h1", "h2", 200_000);
            assertThat(shaped).as("shaped %.3f s, free %.3f s", shaped, free).isGreaterThan(0.3);
            lab.impair("s1", "h1", Impairment.NONE);
            assertThat(qdiscs(n + "-h1", "eth0").getFirst().get("kind")).isEqualTo("noqueue");
            assertThat(lab.diff()).isEmpty();
        }
    }

    @Test
    void lossIsAnNftablesRulePerDirectionThatNftReadsAsItWritesIt() throws Exception {
        String n = NAMES.next();
        Topology t = Topology.named(n).withSwitch("s1").withHost("h1").withHost("h2").withHost("h3")
                .withLink("h1", "s1").withLink("h2", "s1").withLink("h3", "h2");
        try (Lab lab = Lab.up(t)) {
            // Neighbours first: a lost ARP request is only asked again a second later.
            assertThat(ping(lab, "h1", "h2", 1, Duration.ofSeconds(1)).received()).isEqualTo(1);
            lab.impair("h1", "s1", Impairment.loss(0.3));
            assertThat(nftRules(n, "bridge")).containsExactly(
                    "iifname \"s1-eth1\" numgen random mod 10000 < 3000 drop",
                    "oifname \"s1-eth1\" numgen random mod 10000 < 3000 drop");
            lab.impair("h3", "h2", Impairment.loss(1));
            assertThat(nftRules(n + "-h3", "inet")).containsExactly(
                    "iifname \"eth0\" numgen random mod 10000 < 10000 drop",
                    "oifname \"eth0\" numgen random mod 10000 < 10000 drop");
            assertThat(ping(lab, "h2", "h3", 3, Duration.ofMillis(50)).received()).isZero();
            // Each probe survives two draws of 70%: about 49 of 100 come back.
            int got = ping(lab, "h1", "h2", 100, Duration.ofMillis(30)).received();
            assertThat(got).isBetween(20, 80);
            assertThat(lab.diff()).extracting(Change::toString).containsExactly(
                    "~ link h1:eth0 -- s1:s1-eth1 loss 30% -> none", "~ link h3:eth0 -- h2:eth1 loss 100% -> none");
            assertThat(lab.doctor(Duration.ofMillis(50)).finding("h2", "h3").reason())
                    .isEqualTo("link h3:eth0 -- h2:eth1 loses 100% of the packets each way (an impairment)");
            lab.impair("h1", "s1", Impairment.NONE);
            lab.impair("h3", "h2", Impairment.NONE);
            assertThat(nftRules(n, "bridge")).isEmpty();
            assertThat(ping(lab, "h1", "h2", 20, Duration.ofMillis(200)).received()).isEqualTo(20);
            assertThat(lab.diff()).isEmpty();
        }
    }

    @Test
    void impairmentsInTheTopologyAreMadeByUpAndReadBack() throws Exception {
        String n = NAMES.next();
        Topology t = Topology.named(n).withSwitch("s1").withHost("h1").withHost("h2").withHost("h3")
                .withLink(Link.of("h1", "s1").withImpairment(Impairment.rate("10mbit").withLoss(0.01)))
                .withLink("h2", "s1").withLink(Link.of("h2", "h3").withImpairment(Impairment.rate("1500kbit")));
        try (Lab lab = Lab.up(t)) {
            assertThat(Json.at(qdiscs(n + "-h1", "eth0").getFirst(), "options", "rate")).isEqualTo(1_250_000L);
            assertThat(Json.at(qdiscs(n + "-h3", "eth0").getFirst(), "options", "rate")).isEqualTo(187_500L);
            assertThat(nftRules(n, "bridge")).hasSize(2).allMatch(r -> r.endsWith("numgen random mod 10000 < 100 drop"));
            assertThat(lab.diff()).isEmpty();
            assertThat(lab.text()).contains("└── eth0 10.0.0.1/24 ── s1:s1-eth1  rate 10mbit");
            Lab found = Lab.find(n).orElseThrow();
            assertThat(found.topology().links()).extracting(Link::impairment).containsExactly(
                    Impairment.rate("10mbit").withLoss(0.01), Impairment.NONE, Impairment.rate("1500kbit"));
            assertThat(found.diff()).isEmpty();
        }
    }

    @Test
    void delayNeedsNetemAndSaysSoWhereTheKernelHasNone() throws Exception {
        String n = NAMES.next();
        try (Lab lab = Lab.up(Topologies.single(n, 2))) {
            if (KernelConfig.hasNetem()) {
                lab.impair("h1", "s1", Impairment.delay("20ms"));
                assertThat(qdiscs(n + "-h1", "eth0").getFirst().get("kind")).isEqualTo("netem");
                Duration rtt = ping(lab, "h1", "h2", 1, Duration.ofSeconds(1)).min().orElseThrow();
                assertThat(rtt).isGreaterThanOrEqualTo(Duration.ofMillis(40));
            } else {
                assertThatThrownBy(() -> lab.impair("h1", "s1", Impairment.delay("20ms").withJitter("5ms")))
                        .isInstanceOf(UnsupportedOperationException.class)
                        .hasMessage("delay and jitter (delay 20ms 5ms on eth0) need the netem qdisc (sch_netem,"
                                + " CONFIG_NET_SCH_NETEM), which this kernel does not have; rate and loss work without it");
                assertThat(qdiscs(n + "-h1", "eth0").getFirst().get("kind")).isEqualTo("noqueue");
            }
        }
    }

    @Test
    void aPartitionCutsTheSidesApartUntilHealed() throws Exception {
        String n = NAMES.next();
        try (Lab lab = Lab.up(Topologies.single(n, 3))) {
            lab.partition(Set.of("h1"), Set.of("h2", "h3"));
            assertThat(nftRules(n + "-h1", "inet")).containsExactlyInAnyOrder("ip saddr 10.0.0.2 drop",
                    "ip saddr 10.0.0.3 drop", "ip daddr 10.0.0.2 drop", "ip daddr 10.0.0.3 drop");
            assertThat(nftRules(n + "-h2", "inet")).containsExactlyInAnyOrder("ip saddr 10.0.0.1 drop",
                    "ip daddr 10.0.0.1 drop");
            var r = lab.pingAll(Duration.ofMillis(100));
            assertThat(r.reached("h2", "h3")).isTrue();
            assertThat(r.reached("h3", "h2")).isTrue();
            assertThat(r.unreachable()).hasSize(4);
            assertThat(lab.doctor(Duration.ofMillis(100)).finding("h1", "h2").reason())
                    .isEqualTo("a partition: h1 drops packets from 10.0.0.1 to 10.0.0.2 (ip daddr 10.0.0.2 drop in inet netlink_lab"
                            + " partition_out)");
            assertThat(lab.diff()).extracting(Change::toString).containsExactly("- partition rules on h1",
                    "- partition rules on h2", "- partition rules on h3");
            lab.heal();
            lab.pingAll().assertAllReachable();
            assertThat(lab.diff()).isEmpty();
            assertThatThrownBy(() -> lab.partition(Set.of("h1"), Set.of("s1"))).hasMessageContaining("s1 is a switch");
            assertThatThrownBy(() -> lab.partition(Set.of("h1"), Set.of("h1", "h2"))).hasMessageContaining("both sides");
            assertThatThrownBy(() -> lab.partition(Set.of(), Set.of("h2"))).hasMessageContaining("both sides");
        }
    }

    @Test
    void upHealsAPartitionAndRestoresImpairments() throws Exception {
        String n = NAMES.next();
        Topology t = Topology.named(n).withSwitch("s1").withHost("h1").withHost("h2")
                .withLink(Link.of("h1", "s1").withImpairment(Impairment.loss(0.05))).withLink("h2", "s1");
        try (Lab lab = Lab.up(t)) {
            lab.partition(Set.of("h1"), Set.of("h2"));
            lab.impair("h1", "s1", Impairment.rate("1mbit"));
            Lab.up(t);
            assertThat(lab.diff()).isEmpty();
            assertThat(nftRules(n + "-h1", "inet")).isEmpty();
            assertThat(qdiscs(n + "-h1", "eth0").getFirst().get("kind")).isEqualTo("noqueue");
            assertThat(nftRules(n, "bridge")).hasSize(2);
        }
    }
}
