package io.netlink4j.route.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.testing.Ip;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The policy-routing example's topology, built by the library, verified as the example's verify must. */
class PolicyRoutingTest {
    @Test
    void c1LeavesViaIspAAndC2ViaIspB() throws InterruptedException {
        UnaryOperator<String> names = Names.unique();
        try {
            PolicyRouting.up(names);
            List<Check> checks = PolicyRouting.verify(names);
            assertThat(checks).as(checks.toString()).allMatch(Check::ok).hasSize(6 + 3 + 3);
            // the witnesses: ip rule and ip route get in pr-host
            String host = names.apply(PolicyRouting.HOST);
            assertThat(Ip.run("-n", host, "rule")).contains("from 10.2.0.0/24 lookup 100", "from all fwmark 0x1 lookup 100");
            assertThat(Ip.run("-n", host, "route", "get", "198.18.1.1", "from", "10.2.0.2", "iif", "c2"))
                    .contains("via 100.64.2.2 dev isp-b table 100");
            assertThat(Ip.run("-n", host, "route", "get", "198.18.2.1", "from", "10.1.0.2", "iif", "c1"))
                    .contains("via 100.64.1.2 dev isp-a");
            assertThat(Ip.run("-n", host, "route", "get", "198.18.1.1", "mark", "1"))
                    .contains("via 100.64.2.2 dev isp-b table 100");
        } finally {
            PolicyRouting.down(names);
        }
        assertThat(NetNs.list()).noneMatch(n -> n.startsWith(names.apply("")));
        PolicyRouting.down(names);   // idempotent
    }
}
