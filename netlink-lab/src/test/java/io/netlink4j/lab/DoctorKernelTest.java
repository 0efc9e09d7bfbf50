package io.netlink4j.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.testing.Ip;
import io.netlink4j.lab.model.DoctorReport;
import io.netlink4j.lab.model.Finding;
import io.netlink4j.lab.model.Topology;
import io.netlink4j.lab.testing.LabNames;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The doctor on real labs broken on purpose, one way at a time, with iproute2, sysctl and nft
 * (independent of the library) doing the breaking. Lab: h1, h2 on s1 with router r1; r1 to r2
 * directly; h3 behind r2 — h1 10.0.0.1, h2 10.0.0.2, r1 10.0.0.254 and 10.0.1.254, r2 10.0.1.253
 * and 10.0.2.254, h3 10.0.2.1.
 */
class DoctorKernelTest {
    @RegisterExtension
    static final LabNames NAMES = new LabNames();
    private static final Duration TIMEOUT = Duration.ofMillis(150);

    private static Topology topology(String n) {
        return Topology.named(n).withSwitch("s1").withRouter("r1").withRouter("r2").withHost("h1").withHost("h2")
                .withHost("h3").withLink("h1", "s1").withLink("h2", "s1").withLink("r1", "s1").withLink("r1", "r2")
                .withLink("r2", "h3");
    }

    /** Brings the lab up, breaks it with {@code breakIt} (given the lab's name), and returns what the doctor says. */
    private static DoctorReport broken(Consumer<String> breakIt) throws InterruptedException {
        String n = NAMES.next();
        try (Lab lab = Lab.up(topology(n))) {
            assertThat(lab.doctor(TIMEOUT).healthy()).isTrue();
            breakIt.accept(n);
            return lab.doctor(TIMEOUT);
        }
    }

    private static void ip(String... args) {
        Ip.exec(List.of(args));
    }

    private static String reason(DoctorReport r, String from, String to) {
        Finding f = r.finding(from, to);
        assertThat(f).as("finding %s -> %s in %s", from, to, r).isNotNull();
        return f.reason();
    }

    @Test
    void aLinkDown() throws Exception {
        DoctorReport r = broken(n -> ip("ip", "-n", n, "link", "set", "s1-eth2", "down"));
        assertThat(reason(r, "h1", "h2")).isEqualTo("link h2:eth0 -- s1:s1-eth2 is down: s1:s1-eth2 is administratively down");
        assertThat(reason(r, "h2", "h3")).isEqualTo("link h2:eth0 -- s1:s1-eth2 is down: s1:s1-eth2 is administratively down");
        assertThat(r.finding("h1", "h3")).isNull();
        assertThat(r.findings()).hasSize(4);
    }

    @Test
    void aMissingAddress() throws Exception {
        DoctorReport r = broken(n -> ip("ip", "-n", n + "-r2", "addr", "del", "10.0.2.254/24", "dev", "eth1"));
        assertThat(reason(r, "h1", "h3")).isEqualTo("address 10.0.2.254/24 is missing on r2:eth1");
        assertThat(reason(r, "h3", "h2")).isEqualTo("address 10.0.2.254/24 is missing on r2:eth1");
        assertThat(r.finding("h1", "h2")).isNull();
    }

    @Test
    void aMissingRoute() throws Exception {
        DoctorReport r = broken(n -> ip("ip", "-n", n + "-r1", "route", "del", "10.0.2.0/24"));
        assertThat(reason(r, "h2", "h3")).isEqualTo(
                "no route from r1 to 10.0.2.1 (the plan has 10.0.2.0/24 via 10.0.1.253 dev eth1)");
        assertThat(reason(r, "h3", "h1")).isEqualTo(
                "no route from r1 to 10.0.2.1 (the plan has 10.0.2.0/24 via 10.0.1.253 dev eth1)");
    }

    @Test
    void forwardingOff() throws Exception {
        DoctorReport r = broken(n -> ip("ip", "netns", "exec", n + "-r2", "sysctl", "-qw", "net.ipv4.ip_forward=0"));
        assertThat(reason(r, "h1", "h3")).isEqualTo(
                "forwarding is off on r2 (net.ipv4.ip_forward = 0), so it does not pass r1's packets to 10.0.2.1 on");
        assertThat(reason(r, "h3", "h1")).isEqualTo(
                "forwarding is off on r2 (net.ipv4.ip_forward = 0), so it does not pass h3's packets to 10.0.0.1 on");
        assertThat(r.finding("h1", "h2")).isNull();
    }

    @Test
    void aDropRule() throws Exception {
        DoctorReport r = broken(n -> {
            ip("ip", "netns", "exec", n + "-h3", "nft", "add", "table", "ip", "wall");
            ip("ip", "netns", "exec", n + "-h3", "nft", "add", "chain", "ip", "wall", "in",
                    "{ type filter hook input priority 0; }");
            ip("ip", "netns", "exec", n + "-h3", "nft", "add", "rule", "ip", "wall", "in", "ip", "saddr", "10.0.0.0/24",
                    "counter", "drop");
        });
        // The rule's counter, read back, shows the pings it dropped.
        assertThat(reason(r, "h1", "h3")).matches(
                "a drop rule on h3: ip saddr 10\\.0\\.0\\.0/24 counter packets [1-9]\\d* bytes \\d+ drop in ip wall in");
        assertThat(r.finding("h3", "h1")).isNotNull();
    }

    @Test
    void aPartition() throws Exception {
        String n = NAMES.next();
        try (Lab lab = Lab.up(topology(n))) {
            lab.partition(java.util.Set.of("h1", "h2"), java.util.Set.of("h3"));
            DoctorReport r = lab.doctor(TIMEOUT);
            assertThat(reason(r, "h1", "h3")).isEqualTo("a partition: h1 drops packets from 10.0.0.1 to 10.0.2.1"
                    + " (ip daddr 10.0.2.1 drop in inet netlink_lab partition_out)");
            assertThat(r.findings()).hasSize(4);
            assertThat(r.finding("h1", "h2")).isNull();
        }
    }

    @Test
    void anMtuMismatchIsFoundAlthoughPingsPass() throws Exception {
        DoctorReport r = broken(n -> ip("ip", "-n", n + "-h2", "link", "set", "eth0", "mtu", "1400"));
        Finding f = r.finding("h1", "h2");
        assertThat(f.pingFailed()).isFalse();
        assertThat(f.reason()).isEqualTo("MTU mismatch on link h2:eth0 -- s1:s1-eth2: 1400 on h2:eth0, 1500 on s1:s1-eth2");
        assertThat(r.finding("h1", "h3")).isNull();
    }

    @Test
    void aLinkDeleted() throws Exception {
        DoctorReport r = broken(n -> ip("ip", "-n", n + "-h3", "link", "del", "eth0"));
        assertThat(reason(r, "h1", "h3")).isEqualTo("interface r2:eth1 of link r2:eth1 -- h3:eth0 is missing");
        assertThat(reason(r, "h3", "h1")).isEqualTo("interface h3:eth0 of link r2:eth1 -- h3:eth0 is missing");
    }
}
