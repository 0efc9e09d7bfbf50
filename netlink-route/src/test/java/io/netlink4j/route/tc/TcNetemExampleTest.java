package io.netlink4j.route.tc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.netlink4j.core.NotFoundException;
import io.netlink4j.route.PingResult;
import io.netlink4j.core.testing.Json;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The {@code tc-netem} example's topology and verification, in throwaway namespaces: the
 * tc-shaping pair with netem (50 ms delay, 1% loss) on veth-a. Where the kernel has netem, pings
 * from a take at least 50 ms and netem drops about 1% of 2000 datagrams; where it lacks netem,
 * as this machine's does, the test is skipped saying so (the example's verify says the same and
 * passes), and netem's proof is its bytes against tc's captures in {@link QdiscCaptureTest}.
 */
class TcNetemExampleTest {
    @Test
    void netemDelaysAndDrops() throws Exception {
        try (TcLab lab = new TcLab()) {
            TcLab.Ns a = lab.namespace();
            TcLab.Ns b = lab.namespace();
            TcLab.veth(a, "veth-a", "10.10.0.1/24", b, "veth-b", "10.10.0.2/24");
            Netem netem = Netem.of().withDelay("50ms").withLoss("1%");
            try {
                a.rt().qdiscs().add(QdiscSpec.root("veth-a", netem));
            } catch (NotFoundException e) {
                Assumptions.assumeFalse("Specified qdisc kind is unknown".equals(e.extAck()),
                        "skipped: this kernel lacks sch_netem (CONFIG_NET_SCH_NETEM), so tc-netem cannot run here");
                throw e;
            }
            assertThat(a.rt().qdiscs().get(QdiscSpec.root("veth-a")).kind()).isEqualTo(netem);
            Map<String, Object> tc = TcLab.tcJson(a, "qdisc", "show", "dev", "veth-a").getFirst();
            assertThat(tc.get("kind")).isEqualTo("netem");
            assertThat(((Number) Json.at(tc, "options", "delay", "delay")).doubleValue()).isCloseTo(0.05, within(1e-6));
            assertThat(((Number) Json.at(tc, "options", "loss-random", "loss")).doubleValue()).isCloseTo(0.01, within(1e-6));

            PingResult ping = a.rt().ping().ping("10.10.0.2", 5, Duration.ofSeconds(1));
            assertThat(ping.received()).isPositive();
            assertThat(ping.min().orElseThrow()).isGreaterThanOrEqualTo(Duration.ofMillis(50));

            long before = a.rt().qdiscs().get(QdiscSpec.root("veth-a")).stats().drops();
            try (DatagramChannel ch = a.ns().selectorProvider().openDatagramChannel()) {
                for (int i = 0; i < 2000; i++) {
                    ch.send(ByteBuffer.wrap(new byte[64]), new InetSocketAddress("10.10.0.2", 9));
                }
            }
            long drops = a.rt().qdiscs().get(QdiscSpec.root("veth-a")).stats().drops() - before;
            // Binomial(2000, 1%): mean 20, standard deviation 4.4.
            assertThat(drops).isBetween(4L, 45L);
        }
    }
}
