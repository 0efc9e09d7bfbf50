package io.netlink4j.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.testing.Ip;
import io.netlink4j.lab.model.Change;
import io.netlink4j.lab.model.Topology;
import io.netlink4j.lab.testing.LabNames;
import io.netlink4j.lab.testing.Witness;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The NAT uplink: the lab's own namespace plays the internet (198.51.100.1 on its lo), with no
 * route back to the lab's subnets, so a host's ping to it is answered only through the router's
 * masquerade.
 */
class UplinkTest {
    @RegisterExtension
    static final LabNames NAMES = new LabNames();

    private static Topology topology(String n) {
        return Topology.named(n).withSwitch("s1").withRouter("r1").withHost("h1").withHost("h2")
                .withLink("h1", "s1").withLink("h2", "s1").withLink("r1", "s1");
    }

    @Test
    void hostsReachTheInternetThroughTheRoutersMasquerade() throws Exception {
        String n = NAMES.next();
        Topology t = topology(n).withUplink("r1");
        try (Lab lab = Lab.up(t)) {
            assertThat(Witness.addresses(n + "-r1", "uplink0")).containsExactly("203.0.113.2/24");
            assertThat(Witness.addresses(n, "inet0")).containsExactly("203.0.113.1/24");
            assertThat(Witness.addresses(n, "lo")).contains("198.51.100.1/32");
            assertThat(Witness.routes(n)).containsExactly("203.0.113.0/24 dev inet0 proto kernel scope link src 203.0.113.1");
            assertThat(Witness.routes(n + "-r1")).contains("default via 203.0.113.1 dev uplink0");
            assertThat(Witness.routes(n + "-h1")).contains("default via 10.0.0.254 dev eth0");
            assertThat(Ip.exec(List.of("ip", "netns", "exec", n + "-r1", "nft", "list", "table", "ip", "netlink_lab_nat")))
                    .contains("oifname \"uplink0\" masquerade");
            assertThat(Witness.ping(n + "-h1", "198.51.100.1")).isTrue();
            assertThat(lab.diff()).isEmpty();
            assertThat(lab.text()).contains("├── uplink0 203.0.113.2/24 ── (internet):inet0\n└── route default via 203.0.113.1 dev uplink0");
            Lab found = Lab.find(n).orElseThrow();
            assertThat(found.topology().uplink()).isEqualTo("r1");
            assertThat(found.diff()).isEmpty();

            // Without the masquerade the answer has no way back: the internet knows no route to 10.0.0.0/24.
            Ip.exec(List.of("ip", "netns", "exec", n + "-r1", "nft", "delete", "table", "ip", "netlink_lab_nat"));
            assertThat(Witness.ping(n + "-h2", "198.51.100.1")).isFalse();

            Lab.up(topology(n));
            assertThat(Witness.names(n + "-r1")).doesNotContain("uplink0");
            assertThat(Witness.names(n)).doesNotContain("inet0");
            assertThat(Witness.routes(n + "-h1")).noneMatch(r -> r.startsWith("default"));
            assertThat(lab.diff()).extracting(Change::toString).containsExactly("+ uplink on r1",
                    "+ route default via 203.0.113.1 on r1", "+ route default via 10.0.0.254 on h1",
                    "+ route default via 10.0.0.254 on h2");
            Lab.up(t);
            assertThat(lab.diff()).isEmpty();
            assertThat(Witness.ping(n + "-h2", "198.51.100.1")).isTrue();
            lab.pingAll().assertAllReachable();
        }
        assertThat(LabNames.namespacesOf(n)).isEmpty();
    }
}
