package io.netlink4j.route.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.MacAddress;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.testing.Ip;
import io.netlink4j.route.Rtnetlink;
import io.netlink4j.route.bridge.FdbSpec;
import io.netlink4j.core.testing.Json;
import io.netlink4j.route.testing.TestNs;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The vxlan-overlay example's topology, built by the library in a sandbox, verified as the example's verify must. */
class VxlanOverlayTest {
    @Test
    void everyPodReachesEveryOtherAcrossTheOverlay() throws InterruptedException {
        UnaryOperator<String> names = Names.unique();
        try (TestNs sandbox = new TestNs()) {
            try {
                VxlanOverlay.up(sandbox.handle, names);
                List<Check> checks = VxlanOverlay.verify(names);
                assertThat(checks).as(checks.toString()).allMatch(Check::ok).hasSize(3 + 6 * 5);

                // the witnesses: bridge fdb and ip -d link in host 1
                String h1 = names.apply("vx-h1");
                String fdb = Ip.exec(List.of("bridge", "-n", h1, "fdb", "show", "dev", "vxlan100"));
                assertThat(fdb).contains("00:00:00:00:00:00 dst 192.0.2.2 self permanent",
                        "00:00:00:00:00:00 dst 192.0.2.3 self permanent",
                        "02:64:00:00:02:01 dst 192.0.2.2 self permanent", "02:64:00:00:03:02 dst 192.0.2.3 self permanent");
                Map<String, Object> vx = Json.array(Ip.run("-n", h1, "-d", "-j", "link", "show", "vxlan100")).get(0);
                @SuppressWarnings("unchecked")
                Map<String, Object> data = (Map<String, Object>) Json.at(vx, "linkinfo", "info_data");
                assertThat(data).containsEntry("id", 100L)
                        .containsEntry("port", 4789L).containsEntry("local", "192.0.2.1").containsEntry("learning", false);
                assertThat(vx.get("master")).isEqualTo("br100");

                // The FDB is what carries the traffic: without host 2's entries, host 1's pod no longer reaches it.
                try (Rtnetlink host1 = Rtnetlink.open(h1); Rtnetlink pod = Rtnetlink.open(names.apply("vx-h1-p1"))) {
                    host1.fdb().delete(FdbSpec.of(MacAddress.ZERO, "vxlan100").withDst("192.0.2.2"));
                    host1.fdb().delete(FdbSpec.of(VxlanOverlay.podMac(2, 1), "vxlan100").withDst("192.0.2.2"));
                    Ip.run("-n", names.apply("vx-h1-p1"), "neigh", "flush", "dev", "eth0");
                    assertThat(pod.ping().ping("10.100.0.21", 1, Duration.ofMillis(500)).ok()).isFalse();
                    assertThat(pod.ping().ping("10.100.0.31", 1, Duration.ofSeconds(2)).ok()).isTrue();
                }
            } finally {
                VxlanOverlay.down(sandbox.handle, names);
            }
            assertThat(NetNs.list()).noneMatch(n -> n.startsWith(names.apply("")));
            assertThat(sandbox.ip("-o", "link")).doesNotContain("underlay", "vx-h");
            VxlanOverlay.down(sandbox.handle, names);   // idempotent
        }
    }
}
