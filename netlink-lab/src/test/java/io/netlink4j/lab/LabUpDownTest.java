package io.netlink4j.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.lab.model.Topologies;
import io.netlink4j.lab.model.Topology;
import io.netlink4j.lab.testing.LabNames;
import io.netlink4j.lab.testing.Witness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Labs brought up and taken down in the kernel, every piece read back with iproute2. */
class LabUpDownTest {
    @RegisterExtension
    static final LabNames NAMES = new LabNames();

    @Test
    void singleSwitchLabIsWhatMininetMakesInNamespacesOfItsOwn() throws Exception {
        String n = NAMES.next();
        try (Lab lab = Lab.up(Topologies.single(n, 3))) {
            assertThat(LabNames.namespacesOf(n)).containsExactly(n, n + "-h1", n + "-h2", n + "-h3");
            Map<String, Object> bridge = Witness.link(n, "s1");
            assertThat(Witness.flags(n, "s1")).contains("UP");
            assertThat(((Map<?, ?>) bridge.get("linkinfo")).get("info_kind")).isEqualTo("bridge");
            for (int i = 1; i <= 3; i++) {
                Map<String, Object> port = Witness.link(n, "s1-eth" + i);
                assertThat(port.get("master")).isEqualTo("s1");
                assertThat(Witness.flags(n, "s1-eth" + i)).contains("UP", "LOWER_UP");
                assertThat(port.get("group")).isEqualTo(String.valueOf(0x6c6162));
                assertThat(Witness.link(n, "s1").get("group")).isEqualTo(String.valueOf(0x6c6163));
                String h = n + "-h" + i;
                assertThat(Witness.names(h)).containsExactly("lo", "eth0");
                assertThat(Witness.link(h, "lo").get("ifalias")).isEqualTo("netlink-lab:" + n + ":h" + i + ":host");
                assertThat(Witness.flags(h, "eth0")).contains("UP", "LOWER_UP");
                assertThat(Witness.link(h, "eth0").get("num_tx_queues")).isEqualTo(1L);
                assertThat(Witness.addresses(h, "eth0")).containsExactly("10.0.0." + i + "/24");
                assertThat(Witness.sysctl(h, "net.ipv4.ip_forward")).isEqualTo("0");
            }
            assertThat(Witness.link(n, "lo").get("ifalias")).isEqualTo("netlink-lab:" + n);
            assertThat(Witness.ping(n + "-h1", "10.0.0.3")).isTrue();
            assertThat(lab.pingAll().assertAllReachable().outcomes()).hasSize(6);
        }
        assertThat(LabNames.namespacesOf(n)).isEmpty();
    }

    @Test
    void routersForwardAndHostsGetRoutesThroughThem() throws Exception {
        String n = NAMES.next();
        Topology t = Topology.named(n).withSwitch("s1").withSwitch("s2").withRouter("r1").withHost("h1").withHost("h2")
                .withLink("h1", "s1").withLink("r1", "s1").withLink("r1", "s2").withLink("h2", "s2");
        try (Lab lab = Lab.up(t)) {
            assertThat(Witness.addresses(n + "-h1", "eth0")).containsExactly("10.0.0.1/24");
            assertThat(Witness.addresses(n + "-r1", "eth0")).containsExactly("10.0.0.254/24");
            assertThat(Witness.addresses(n + "-r1", "eth1")).containsExactly("10.0.1.254/24");
            assertThat(Witness.addresses(n + "-h2", "eth0")).containsExactly("10.0.1.1/24");
            assertThat(Witness.routes(n + "-h1")).contains("default via 10.0.0.254 dev eth0");
            assertThat(Witness.routes(n + "-h2")).contains("default via 10.0.1.254 dev eth0");
            assertThat(Witness.sysctl(n + "-r1", "net.ipv4.ip_forward")).isEqualTo("1");
            assertThat(Witness.link(n + "-r1", "lo").get("ifalias")).isEqualTo("netlink-lab:" + n + ":r1:router");
            assertThat(Witness.ping(n + "-h1", "10.0.1.1")).isTrue();
            lab.pingAll().assertAllReachable();
            assertThat(lab.diff()).isEmpty();
        }
        assertThat(LabNames.namespacesOf(n)).isEmpty();
    }

    @Test
    void directLinksBetweenRoutersAreTheirOwnSubnets() throws Exception {
        String n = NAMES.next();
        Topology t = Topology.named(n).withHost("h1").withRouter("r1").withRouter("r2").withHost("h2")
                .withLink("h1", "r1").withLink("r1", "r2").withLink("r2", "h2");
        try (Lab lab = Lab.up(t)) {
            assertThat(Witness.addresses(n + "-r1", "eth1")).containsExactly("10.0.1.254/24");
            assertThat(Witness.addresses(n + "-r2", "eth0")).containsExactly("10.0.1.253/24");
            assertThat(Witness.routes(n + "-r1")).contains("10.0.2.0/24 via 10.0.1.253 dev eth1");
            assertThat(Witness.routes(n + "-r2")).contains("10.0.0.0/24 via 10.0.1.254 dev eth0");
            assertThat(Witness.link(n + "-r1", "eth1").get("link_netnsid")).isNotNull();
            assertThat(Witness.ping(n + "-h1", "10.0.2.1")).isTrue();
            lab.pingAll().assertAllReachable();
            assertThat(lab.diff()).isEmpty();
            assertThat(lab.snapshot().pairs()).hasSize(3);
        }
        assertThat(LabNames.namespacesOf(n)).isEmpty();
    }

    @Test
    void linearAndTreeLabsComeUpAndGoDownWhole() throws Exception {
        String a = NAMES.next();
        String b = NAMES.next();
        try (Lab linear = Lab.up(Topologies.linear(a, 5)); Lab tree = Lab.up(Topologies.tree(b, 2, 3))) {
            assertThat(LabNames.namespacesOf(a)).hasSize(6);
            assertThat(LabNames.namespacesOf(b)).hasSize(10);
            assertThat(Witness.link(a, "s2-eth2").get("master")).isEqualTo("s2");
            assertThat(Witness.link(a, "s2-eth3").get("master")).isEqualTo("s2");
            assertThat(Witness.ping(a + "-h1", "10.0.0.5")).isTrue();
            assertThat(Witness.ping(b + "-h1", "10.0.0.9")).isTrue();
            assertThat(linear.pingAll().allReachable()).isTrue();
            assertThat(tree.diff()).isEmpty();
        }
        assertThat(LabNames.namespacesOf(a)).isEmpty();
        assertThat(LabNames.namespacesOf(b)).isEmpty();
    }

    @Test
    void downIsIdempotent() throws Exception {
        String n = NAMES.next();
        Lab lab = Lab.up(Topologies.single(n, 1));
        lab.down();
        lab.down();
        lab.close();
        assertThat(LabNames.namespacesOf(n)).isEmpty();
        assertThat(List.of(Lab.find(n).isPresent())).containsExactly(false);
    }
}
