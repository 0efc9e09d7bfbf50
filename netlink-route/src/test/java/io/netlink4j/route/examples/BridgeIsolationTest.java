package io.netlink4j.route.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.testing.Json;
import io.netlink4j.route.testing.TestNs;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The bridge-isolation example's topology, built by the library in a sandbox, verified as the example's verify must. */
class BridgeIsolationTest {
    @Test
    void isolatedPodsReachOnlyTheSharedPodAndTheBridge() throws InterruptedException {
        UnaryOperator<String> names = Names.unique();
        try (TestNs sandbox = new TestNs()) {
            try {
                BridgeIsolation.up(sandbox.handle, names);
                List<Check> checks = BridgeIsolation.verify(sandbox.handle, names);
                assertThat(checks).as(checks.toString()).allMatch(Check::ok).hasSize(4 + 4 * 3 + 4);
                assertThat(checks.stream().map(Check::toString)).contains(
                        "[PASS] bv-p1 cannot reach bv-p2 (10.50.0.2)", "[PASS] bv-p1 reaches bv-p4 (10.50.0.4)",
                        "[PASS] bv-p4 reaches bv-p3 (10.50.0.3)", "[PASS] bv-p2 reaches the bridge (10.50.0.254)");
                // the witness: bridge -d -j link show, in the sandbox host
                for (Map<String, Object> port : Json.array(sandbox.exec("bridge", "-d", "-j", "link", "show"))) {
                    assertThat(port.get("master")).isEqualTo("brv");
                    assertThat(port.get("isolated")).as((String) port.get("ifname"))
                            .isEqualTo(!port.get("ifname").equals("bv-p4"));
                }
                assertThat(sandbox.ip("-j", "addr", "show", "brv")).contains("\"local\":\"10.50.0.254\"");
            } finally {
                BridgeIsolation.down(sandbox.handle, names);
            }
            assertThat(NetNs.list()).noneMatch(n -> n.startsWith(names.apply("")));
            assertThat(sandbox.ip("-o", "link")).doesNotContain("brv", "bv-p");
            BridgeIsolation.down(sandbox.handle, names);   // idempotent
        }
    }
}
