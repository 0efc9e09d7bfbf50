package io.netlink4j.route.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.Errno;
import io.netlink4j.core.KernelException;
import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.testing.Json;
import io.netlink4j.route.testing.TestNs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bridge port settings against the kernel, {@code bridge -d -j link show} as the witness. */
class BridgePortsKernelTest {
    @Test
    void changesEachSettingAsBridgeShowsIt() {
        try (TestNs t = new TestNs()) {
            t.veth("veth-a", "veth-b");
            t.ip("link", "add", "br0", "up", "type", "bridge");
            t.ip("link", "set", "veth-b", "master", "br0");
            BridgePorts ports = t.handle.bridgePorts();
            assertThat(witness(t, "veth-b")).isEqualTo(BridgePortJson.of(ports.get("veth-b")));
            BridgePort before = ports.get("veth-b");
            assertThat(before.learning()).isTrue();
            assertThat(before.isolated()).isFalse();

            List<BridgePortSpec> changes = List.of(
                    BridgePortSpec.of("veth-b").withIsolated(true),
                    BridgePortSpec.of("veth-b").withLearning(false),
                    BridgePortSpec.of("veth-b").withFlood(false),
                    BridgePortSpec.of("veth-b").withMcastFlood(false),
                    BridgePortSpec.of("veth-b").withHairpin(true),
                    BridgePortSpec.of("veth-b").withNeighSuppress(true),
                    BridgePortSpec.of("veth-b").withBpduGuard(true),
                    BridgePortSpec.of("veth-b").withCost(10),
                    BridgePortSpec.of("veth-b").withPriority(5));
            for (BridgePortSpec c : changes) {
                ports.change(c);
                assertThat(BridgePortJson.of(ports.get("veth-b"))).as(c.toString()).isEqualTo(witness(t, "veth-b"));
            }
            BridgePort after = ports.get("veth-b");
            assertThat(after).hasToString("veth-b master br0 state " + after.state() + " priority 5 cost 10 hairpin on "
                    + "guard on learning off flood off mcast_flood off bcast_flood on neigh_suppress on isolated on");
            // and back, all in one request
            ports.change(BridgePortSpec.of("veth-b").withIsolated(false).withLearning(true).withFlood(true)
                    .withMcastFlood(true).withHairpin(false).withNeighSuppress(false).withBpduGuard(false)
                    .withCost(2).withPriority(32));
            assertThat(BridgePortJson.of(ports.get("veth-b"))).isEqualTo(witness(t, "veth-b"));
            assertThat(ports.get("veth-b")).usingRecursiveComparison().ignoringFields("unknown", "state")
                    .isEqualTo(before);
            assertThat(ports.list("br0").stream().map(BridgePort::dev)).containsExactly("veth-b");
            assertThat(ports.list()).hasSize(1);
        }
    }

    @Test
    void errorsNameTheDevice() {
        try (TestNs t = new TestNs()) {
            t.veth("veth-a", "veth-b");
            BridgePorts ports = t.handle.bridgePorts();
            assertThatThrownBy(() -> ports.change(BridgePortSpec.of("nope0").withIsolated(true)))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("nope0");
            // not a port of any bridge
            assertThatThrownBy(() -> ports.change(BridgePortSpec.of("veth-a").withIsolated(true)))
                    .isInstanceOfSatisfying(KernelException.class,
                            e -> assertThat(e.errno()).isEqualTo(Errno.EOPNOTSUPP))
                    .hasMessageStartingWith("RTM_SETLINK bridge link set dev veth-a isolated on:");
            assertThatThrownBy(() -> ports.change(BridgePortSpec.of("veth-a")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("bridge link set dev veth-a: sets nothing");
            assertThatThrownBy(() -> ports.get("veth-a")).isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("no bridge port named 'veth-a'");
            assertThat(ports.find("veth-a")).isEmpty();
        }
    }

    private static Map<String, Object> witness(TestNs t, String dev) {
        List<Map<String, Object>> all = Json.array(t.exec("bridge", "-d", "-j", "link", "show", "dev", dev));
        assertThat(all).hasSize(1);
        return BridgePortJson.witness(all.get(0));
    }
}
