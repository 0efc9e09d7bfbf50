package io.netlink4j.route.tc;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.route.testing.TcpMeter;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The {@code tc-classes} example's topology and verification, in throwaway namespaces: the
 * tc-shaping pair with 10.10.0.3/24 also on veth-b; htb root {@code 1:} on veth-a with default
 * class {@code 1:30}; {@code 1:1} at 20 Mbit/s, {@code 1:10} at 4 Mbit/s (ceil 4) and
 * {@code 1:20} at 12 Mbit/s (ceil 12); u32 filters send 10.10.0.2 to 1:10 and 10.10.0.3 to 1:20.
 * Both flows run at once and each is measured; the class counters, read by the library and by
 * {@code tc -s class show}, prove the classification.
 */
class TcClassesExampleTest {
    private static final Pattern CLASS = Pattern.compile("class htb (\\S+) .*\\n Sent (\\d+) bytes (\\d+) pkt");

    @Test
    void htbClassesShapeEachDestinationToItsRate() throws Exception {
        try (TcLab lab = new TcLab(); ExecutorService pool = Executors.newFixedThreadPool(2)) {
            TcLab.Ns a = lab.namespace();
            TcLab.Ns b = lab.namespace();
            TcLab.veth(a, "veth-a", "10.10.0.1/24", b, "veth-b", "10.10.0.2/24");
            b.rt().addresses().add(io.netlink4j.route.address.AddressSpec.of("10.10.0.3/24", "veth-b"));

            a.rt().qdiscs().add(QdiscSpec.root("veth-a", Htb.of().withDefault("30")).withHandle("1:"));
            a.rt().classes().addAll(List.of(
                    TrafficClassSpec.of("veth-a", "1:", "1:1", HtbClass.of("20mbit")),
                    TrafficClassSpec.of("veth-a", "1:1", "1:10", HtbClass.of("4mbit").withCeil("4mbit")),
                    TrafficClassSpec.of("veth-a", "1:1", "1:20", HtbClass.of("12mbit").withCeil("12mbit"))))
                    .throwIfFailed();
            a.rt().filters().add(FilterSpec.of("veth-a", "1:", U32.of().matchIpDst("10.10.0.2/32").withClassId("1:10"))
                    .withProtocol("ip").withPriority(1));
            a.rt().filters().add(FilterSpec.of("veth-a", "1:", U32.of().matchIpDst("10.10.0.3/32").withClassId("1:20"))
                    .withProtocol("ip").withPriority(1));

            Map<String, Object> root = TcLab.tcJson(a, "qdisc", "show", "dev", "veth-a").getFirst();
            assertThat(root.get("kind")).isEqualTo("htb");
            assertThat(root.get("handle")).isEqualTo("1:");
            assertThat(io.netlink4j.core.testing.Json.at(root, "options", "default")).isEqualTo("0x30");
            List<Filter> filters = a.rt().filters().list("veth-a", "1:");
            assertThat(filters).filteredOn(f -> ((U32) f.kind()).keys().size() == 1).extracting(f -> f.kind().toString())
                    .containsExactlyInAnyOrder("u32 match 0a0a0002/ffffffff at 16 flowid 1:10",
                            "u32 match 0a0a0003/ffffffff at 16 flowid 1:20");
            assertThat(TcLab.tcJson(a, "filter", "show", "dev", "veth-a", "parent", "1:"))
                    .extracting(j -> io.netlink4j.core.testing.Json.at(j, "options", "flowid"))
                    .containsExactlyInAnyOrder(null, null, "1:10", "1:20"); // the priority's entry and its hash table, then the two

            CompletableFuture<TcpMeter.Result> slow = CompletableFuture.supplyAsync(() -> meter(a, b, "10.10.0.2"), pool);
            CompletableFuture<TcpMeter.Result> fast = CompletableFuture.supplyAsync(() -> meter(a, b, "10.10.0.3"), pool);
            TcpMeter.Result to2 = slow.get();
            TcpMeter.Result to3 = fast.get();
            System.out.println("tc-classes: to 10.10.0.2 (1:10, 4 Mbit/s) " + to2 + ", to 10.10.0.3 (1:20, 12 Mbit/s) " + to3);
            assertThat(to2.megabitsPerSecond()).isBetween(3.2, 4.8);
            assertThat(to3.megabitsPerSecond()).isBetween(9.6, 14.4);

            quiesce(a); // closing segments still trickle out: read once the counters stand still
            Map<String, TrafficClass> classes = new HashMap<>();
            a.rt().classes().forEach("veth-a", c -> classes.put(c.classId().toString(), c));
            String shown = TcLab.tc(a, "-s", "class", "show", "dev", "veth-a");
            Matcher m = CLASS.matcher(shown);
            Map<String, Long> tcBytes = new HashMap<>();
            while (m.find()) {
                tcBytes.put(m.group(1), Long.parseLong(m.group(2)));
            }
            assertThat(tcBytes.keySet()).containsExactlyInAnyOrder("1:1", "1:10", "1:20");
            for (String id : tcBytes.keySet()) {
                assertThat(classes.get(id).stats().bytes()).as("class " + id + " bytes, library vs tc").isEqualTo(tcBytes.get(id));
            }
            long c10 = classes.get("1:10").stats().bytes();
            long c20 = classes.get("1:20").stats().bytes();
            // Each class carried its flow (the payload the meter counted, plus headers and the warm-up).
            assertThat(c10).isGreaterThan(to2.bytes());
            assertThat(c20).isGreaterThan(to3.bytes()).isGreaterThan(2 * c10);
            assertThat(classes.get("1:1").stats().bytes()).isEqualTo(c10 + c20);
            assertThat(classes.get("1:10").kind()).isEqualTo(HtbClass.of("4mbit").withCeil("4mbit").withQuantum(50000));
            assertThat(classes.get("1:10").htb()).isNotNull();
            assertThat(classes.get("1:10").toString()).isEqualTo(
                    "class htb 1:10 dev veth-a parent 1:1 rate 4Mbit ceil 4Mbit burst 1600b cburst 1600b quantum 50000");
        }
    }

    /** Waits (at most 3 s) until the root class's byte counter holds still for 300 ms. */
    private static void quiesce(TcLab.Ns a) throws InterruptedException {
        TrafficClassSpec root = TrafficClassSpec.of("veth-a", "1:1");
        long last = -1;
        for (int i = 0; i < 10; i++) {
            long now = a.rt().classes().get(root).stats().bytes();
            if (now == last) {
                return;
            }
            last = now;
            Thread.sleep(300);
        }
    }

    private static TcpMeter.Result meter(TcLab.Ns a, TcLab.Ns b, String to) {
        try {
            return TcpMeter.measure(a.ns(), b.ns(), to, Duration.ofMillis(500), Duration.ofMillis(2500));
        } catch (Exception e) {
            throw new IllegalStateException("measuring to " + to, e);
        }
    }
}
