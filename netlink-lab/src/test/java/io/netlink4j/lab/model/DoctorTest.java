package io.netlink4j.lab.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.Cidr;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The doctor's reasoning on snapshots broken on purpose, one way at a time (the kernel tests break
 * real labs the same ways). Lab: h1, h2 on s1 with r1; r1 to r2 directly; h3 behind r2.
 */
class DoctorTest {
    private static final Topology T = Topology.named("doc").withSwitch("s1").withRouter("r1").withRouter("r2")
            .withHost("h1").withHost("h2").withHost("h3")
            .withLink("h1", "s1").withLink("h2", "s1").withLink("r1", "s1").withLink("r1", "r2").withLink("r2", "h3");
    private static final Plan P = T.plan();
    private static final Snapshot S = Snapshot.expected(P);

    /** Every pair's ping failed (or passed, with {@code ok}). */
    private static Reachability pings(boolean ok) {
        List<PingOutcome> o = new ArrayList<>();
        for (String a : P.nodes(NodeKind.HOST)) {
            for (String b : P.nodes(NodeKind.HOST)) {
                if (!a.equals(b)) {
                    InetAddress t = P.addressOf(b).orElseThrow();
                    o.add(new PingOutcome(a, b, t, ok, ok ? Duration.ofNanos(50_000) : null, null));
                }
            }
        }
        return new Reachability("doc", o);
    }

    private static String why(Snapshot s, String from, String to) {
        Finding f = Doctor.examine(P, s, pings(false)).finding(from, to);
        return f == null ? null : f.reason();
    }

    @Test
    void aHealthyLabHasNothingToReport() {
        DoctorReport r = Doctor.examine(P, S, pings(true));
        assertThat(r.healthy()).isTrue();
        assertThat(r.toString()).isEqualTo("lab doc: all 6 pairs of hosts reach each other");
        assertThat(why(S, "h1", "h3")).startsWith("no reason found: every check along the planned path passed");
    }

    @Test
    void aLinkDown() {
        Snapshot s = Edit.iface(S, "s1", "s1-eth2", Edit::down);
        s = Edit.iface(s, "h2", "eth0", Edit::noCarrier);
        assertThat(why(s, "h1", "h2")).isEqualTo("link h2:eth0 -- s1:s1-eth2 is down: s1:s1-eth2 is administratively down");
        assertThat(why(s, "h2", "h1")).isEqualTo("link h2:eth0 -- s1:s1-eth2 is down: s1:s1-eth2 is administratively down");
        Snapshot noCarrier = Edit.iface(S, "h2", "eth0", Edit::noCarrier);
        assertThat(why(noCarrier, "h2", "h1")).isEqualTo(
                "link h2:eth0 -- s1:s1-eth2 is down: h2:eth0 has no carrier (s1:s1-eth2 is up)");
        assertThat(why(s, "h1", "h3")).startsWith("no reason found");
        Snapshot own = Edit.iface(S, "h3", "eth0", Edit::down);
        assertThat(why(own, "h3", "h1")).isEqualTo("link r2:eth1 -- h3:eth0 is down: h3:eth0 is administratively down");
    }

    @Test
    void aMissingAddress() {
        Snapshot s = Edit.iface(S, "r1", "eth0", i -> Edit.addresses(i));
        assertThat(why(s, "h1", "h3")).isEqualTo("address 10.0.0.254/24 is missing on r1:eth0");
        assertThat(why(s, "h1", "h2")).startsWith("no reason found");
        Snapshot t = Edit.iface(S, "h3", "eth0", i -> Edit.addresses(i));
        assertThat(why(t, "h1", "h3")).isEqualTo("address 10.0.2.1/24 is missing on h3:eth0");
    }

    @Test
    void aMissingOrWrongRoute() {
        Snapshot s = Edit.routes(S, "h1", r -> {
            r.removeIf(x -> !x.isConnected());
            return r;
        });
        assertThat(why(s, "h1", "h3")).isEqualTo("no route from h1 to 10.0.2.1 (the plan has default via 10.0.0.254 dev eth0)");
        Snapshot back = Edit.routes(S, "r2", r -> {
            r.removeIf(x -> !x.isConnected());
            return r;
        });
        assertThat(why(back, "h1", "h3")).isEqualTo(
                "no route from r2 to 10.0.0.1 (the plan has 10.0.0.0/24 via 10.0.1.254 dev eth0)");
        Snapshot wrong = Edit.routes(S, "h1", r -> {
            r.removeIf(x -> !x.isConnected());
            r.add(new RouteState(Cidr.parse("0.0.0.0/0"), Cidr.parseAddress("10.0.0.2"), "eth0", "unicast", "boot"));
            return r;
        });
        assertThat(why(wrong, "h1", "h3")).isEqualTo("the route from h1 to 10.0.2.1 is default via 10.0.0.2 dev eth0"
                + " proto boot; the plan has default via 10.0.0.254 dev eth0");
        Snapshot hole = Edit.routes(S, "r1", r -> {
            r.add(new RouteState(Cidr.parse("10.0.2.1/32"), null, null, "blackhole", "boot"));
            return r;
        });
        assertThat(why(hole, "h1", "h3")).isEqualTo(
                "a blackhole route on r1 drops packets to 10.0.2.1: blackhole 10.0.2.1/32 proto boot");
    }

    @Test
    void forwardingOff() {
        assertThat(why(Edit.forwarding(S, "r2", false), "h1", "h3")).isEqualTo(
                "forwarding is off on r2 (net.ipv4.ip_forward = 0), so it does not pass r1's packets to 10.0.2.1 on");
    }

    @Test
    void aDropRuleOrAPartition() {
        Snapshot rule = Edit.drop(S, "h3", new DropRule("ip saddr 10.0.0.0/24 drop", Cidr.parse("10.0.0.0/24"), null, 1,
                false));
        assertThat(why(rule, "h1", "h3")).isEqualTo("a drop rule on h3: ip saddr 10.0.0.0/24 drop");
        Snapshot part = Edit.drop(S, "h1", new DropRule("ip daddr 10.0.0.2 drop", null, Cidr.parse("10.0.0.2/32"), 1,
                true));
        assertThat(why(part, "h1", "h2")).isEqualTo(
                "a partition: h1 drops packets from 10.0.0.1 to 10.0.0.2 (ip daddr 10.0.0.2 drop)");
        Snapshot loss = Edit.drop(S, "h1", new DropRule("numgen random mod 100 < 50 drop", null, null, 0.5, false));
        assertThat(why(loss, "h1", "h2")).startsWith("no reason found");
    }

    @Test
    void anMtuMismatchIsReportedEvenWhenSmallPingsPass() {
        Snapshot s = Edit.iface(S, "h2", "eth0", i -> Edit.mtu(i, 1400));
        DoctorReport r = Doctor.examine(P, s, pings(true));
        assertThat(r.findings()).extracting(Finding::toString).contains(
                "h1 -> h2 (10.0.0.2): pings pass, but MTU mismatch on link h2:eth0 -- s1:s1-eth2: 1400 on h2:eth0,"
                        + " 1500 on s1:s1-eth2");
        assertThat(r.finding("h1", "h3")).isNull();
        Snapshot both = Edit.iface(Edit.iface(S, "h3", "eth0", i -> Edit.mtu(i, 9000)), "r2", "eth1", i -> Edit.mtu(i, 9000));
        assertThat(Doctor.examine(P, both, pings(true)).healthy()).isTrue();
    }

    @Test
    void aMissingNodeOrPortOrSwitch() {
        assertThat(why(Edit.without(S, "r2"), "h1", "h3")).isEqualTo("interface r2:eth0 of link r1:eth1 -- r2:eth0 is missing");
        assertThat(why(Edit.without(S, "h1"), "h1", "h2")).isEqualTo("node h1 is not there (no namespace doc-h1)");
        assertThat(why(Edit.iface(S, "s1", "s1-eth1", i -> Edit.master(i, null)), "h2", "h1"))
                .isEqualTo("s1:s1-eth1 is not a port of switch s1 (its master is none)");
        assertThat(why(Edit.iface(S, "s1", "s1", Edit::down), "h1", "h2"))
                .isEqualTo("switch s1 is down (bridge s1 is administratively down)");
    }
}
