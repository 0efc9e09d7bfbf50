package io.netlink4j.route.tc;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.testing.Json;
import io.netlink4j.route.testing.TcpMeter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code tc-shaping} example's topology and verification, in throwaway namespaces (the
 * example owns the names tc-a and tc-b): veth-a 10.10.0.1/24 ↔ veth-b 10.10.0.2/24, a tbf of
 * 8 Mbit/s (burst 32 KiB, latency 50 ms) on veth-a's egress; TCP a → b runs at about 8 Mbit/s,
 * b → a far faster. {@code tc -j -s} is the witness of what was installed and counted.
 */
class TcShapingExampleTest {
    static final Tbf SHAPER = Tbf.of("8mbit").withBurst("32kb").withLatency("50ms");

    @Test
    void tbfShapesTcpToItsRateOneWayOnly() throws Exception {
        try (TcLab lab = new TcLab()) {
            TcLab.Ns a = lab.namespace();
            TcLab.Ns b = lab.namespace();
            TcLab.veth(a, "veth-a", "10.10.0.1/24", b, "veth-b", "10.10.0.2/24");
            a.rt().qdiscs().add(QdiscSpec.root("veth-a", SHAPER));

            Map<String, Object> tc = TcLab.tcJson(a, "qdisc", "show", "dev", "veth-a").getFirst();
            assertThat(tc.get("kind")).isEqualTo("tbf");
            assertThat(tc.get("root")).isEqualTo(true);
            assertThat(Json.at(tc, "options", "rate")).isEqualTo(1000000L); // bytes/s: 8 Mbit/s
            assertThat(Json.at(tc, "options", "burst")).isEqualTo(32768L);
            assertThat(Json.at(tc, "options", "lat")).isEqualTo(50000L);  // microseconds
            Qdisc installed = a.rt().qdiscs().get(QdiscSpec.root("veth-a"));
            assertThat(installed.kind()).isEqualTo(SHAPER);
            assertThat(installed.handle().toString()).isEqualTo(tc.get("handle"));

            TcpMeter.Result shaped = TcpMeter.measure(a.ns(), b.ns(), "10.10.0.2", Duration.ofMillis(500), Duration.ofMillis(2500));
            TcpMeter.Result back = TcpMeter.measure(b.ns(), a.ns(), "10.10.0.1", Duration.ofMillis(300), Duration.ofMillis(700));
            System.out.println("tc-shaping: a -> b " + shaped + ", b -> a " + back);
            // Goodput is ~95% of the shaped rate on the wire (TCP/IP/Ethernet headers): within ±20% of 8 Mbit/s.
            assertThat(shaped.megabitsPerSecond()).isBetween(6.4, 9.6);
            assertThat(back.megabitsPerSecond()).isGreaterThan(5 * 8.0);

            Qdisc after = a.rt().qdiscs().list("veth-a").stream().filter(q -> q.kind() instanceof Tbf).findFirst().orElseThrow();
            List<Map<String, Object>> witness = TcLab.tcJson(a, "qdisc", "show", "dev", "veth-a");
            long tcBytes = (Long) witness.getFirst().get("bytes");
            assertThat(after.stats().bytes()).isGreaterThan(2_000_000L).isBetween(tcBytes - 20_000, tcBytes + 20_000);
            assertThat(after.stats().packets()).isGreaterThan(1000L);
            assertThat(after.stats().overlimits()).isPositive(); // the shaper held packets back
        }
    }

    @Test
    void changeReplaceAndDeleteActOnTheRootQdisc() {
        try (TcLab lab = new TcLab()) {
            TcLab.Ns a = lab.namespace();
            TcLab.Ns b = lab.namespace();
            TcLab.veth(a, "veth-a", "10.10.0.1/24", b, "veth-b", "10.10.0.2/24");
            a.rt().qdiscs().add(QdiscSpec.root("veth-a", SHAPER));
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> a.rt().qdiscs().add(QdiscSpec.root("veth-a", SHAPER))))
                    .isInstanceOf(io.netlink4j.core.AlreadyExistsException.class)
                    .hasMessageStartingWith("RTM_NEWQDISC dev veth-a root tbf rate 8Mbit burst 32Kb latency 50ms: ");

            a.rt().qdiscs().change(QdiscSpec.root("veth-a", SHAPER.withLatency("20ms")).withParent(TcHandle.ROOT));
            assertThat(Json.at(TcLab.tcJson(a, "qdisc", "show", "dev", "veth-a").getFirst(), "options", "lat")).isEqualTo(20000L);
            a.rt().qdiscs().replace(QdiscSpec.root("veth-a", Tbf.of("4mbit").withBurst("16kb").withLimit(100000)));
            Map<String, Object> tc = TcLab.tcJson(a, "qdisc", "show", "dev", "veth-a").getFirst();
            assertThat(Json.at(tc, "options", "rate")).isEqualTo(500000L);
            assertThat(a.rt().qdiscs().get(QdiscSpec.root("veth-a")).kind())
                    .isEqualTo(Tbf.of("4mbit").withBurst("16kb").withLimit(100000));

            a.rt().qdiscs().delete(QdiscSpec.root("veth-a"));
            assertThat(TcLab.tcJson(a, "qdisc", "show", "dev", "veth-a").getFirst().get("kind")).isEqualTo("noqueue");
            assertThat(a.rt().qdiscs().deleteIfExists(QdiscSpec.root("veth-a"))).isFalse();
        }
    }
}
