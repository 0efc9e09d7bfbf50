package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.route.testing.TestNs;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ICMP echo from inside namespaces, counted by the receiving kernel. */
class PingTest {
    private static final Duration SHORT = Duration.ofMillis(300);
    private static final Duration GENEROUS = Duration.ofSeconds(3);

    /** Article a2: ping 127.0.0.1 in a fresh namespace fails while lo is down and works once it is up. */
    @Test
    void loopbackAnswersOnlyAfterLoIsUp() throws Exception {
        try (TestNs ns = TestNs.withIpv6()) {
            Rtnetlink h = ns.handle;
            PingResult down = h.ping().ping("127.0.0.1", 2, SHORT);
            assertThat(down.ok()).isFalse();
            assertThat(down.sent()).isEqualTo(2);
            assertThat(down.received()).isZero();
            assertThat(down.lost()).isEqualTo(2);
            assertThat(down.roundTrips()).isEmpty();
            assertThat(down.min()).isEmpty();
            assertThat(down.errors()).hasSize(2).allSatisfy(e -> assertThat(e).contains("ENETUNREACH"));

            ns.ip("link", "set", "lo", "up");

            PingResult up = h.ping().ping("127.0.0.1", 3, GENEROUS);
            assertThat(up.ok()).isTrue();
            assertThat(up.target()).isEqualTo(InetAddress.getByName("127.0.0.1"));
            assertThat(up.sent()).isEqualTo(3);
            assertThat(up.received()).isEqualTo(3);
            assertThat(up.lost()).isZero();
            assertThat(up.errors()).isEmpty();
            assertThat(up.roundTrips()).hasSize(3).allSatisfy(d -> assertThat(d).isPositive());
            assertThat(up.min().orElseThrow()).isLessThanOrEqualTo(up.avg().orElseThrow());
            assertThat(up.avg().orElseThrow()).isLessThanOrEqualTo(up.max().orElseThrow());
            assertThat(up.summary()).startsWith("127.0.0.1: 3 sent, 3 received, 0% loss, rtt min/avg/max ");

            PingResult v6 = h.ping().ping("::1", 2, GENEROUS);
            assertThat(v6.received()).isEqualTo(2);
            assertThat(v6.target()).isEqualTo(InetAddress.getByName("::1"));
            // The kernel counted the echo requests it answered: the pings really went through ICMP.
            assertThat(inEchos(ns, false)).isGreaterThanOrEqualTo(3);
            assertThat(inEchos(ns, true)).isGreaterThanOrEqualTo(2);
        }
    }

    /** Article a2's ping from ns1 to ns2 over a veth pair, IPv4 and IPv6, counted by the receiver. */
    @Test
    void pingsAcrossAVethPairBetweenNamespaces() throws Exception {
        try (TestNs a = TestNs.withIpv6(); TestNs b = TestNs.withIpv6()) {
            Rtnetlink ha = a.handle;
            Rtnetlink hb = b.handle;
            vethPair(a, b);
            long echosBefore = inEchos(b, false);

            PingResult r = ha.ping().ping("10.0.0.2", 3, GENEROUS);

            assertThat(r.received()).as(r.summary()).isEqualTo(3);
            assertThat(r.roundTrips()).hasSize(3);
            assertThat(inEchos(b, false) - echosBefore).isEqualTo(3);
            assertThat(hb.ping().ping(InetAddress.ofLiteral("10.0.0.1"), 1, GENEROUS).received()).isEqualTo(1);

            long echos6Before = inEchos(b, true);
            PingResult r6 = ha.ping().ping("fd00:10::2", 2, GENEROUS);
            assertThat(r6.received()).as(r6.summary()).isEqualTo(2);
            assertThat(inEchos(b, true) - echos6Before).isEqualTo(2);

            // Link-local needs its zone: the interface name is resolved inside the pinging namespace.
            PingResult zoned = ha.ping().ping("fe80::2%va", 1, GENEROUS);
            assertThat(zoned.received()).as(zoned.summary()).isEqualTo(1);
            assertThat(zoned.target()).isEqualTo(InetAddress.ofLiteral("fe80::2"));
        }
    }

    /** An address nobody answers is lost within the timeout; one without a route fails at once. */
    @Test
    void silentAndUnroutableAddressesAreLostWithoutHanging() throws Exception {
        try (TestNs a = TestNs.withIpv6(); TestNs b = TestNs.withIpv6()) {
            Rtnetlink ha = a.handle;
            vethPair(a, b);

            PingResult silent = ha.ping().ping("10.0.0.99", 2, SHORT);
            assertThat(silent.sent()).isEqualTo(2);
            assertThat(silent.received()).isZero();
            assertThat(silent.lost()).isEqualTo(2);
            assertThat(silent.summary()).startsWith("10.0.0.99: 2 sent, 0 received, 100% loss");

            PingResult silent6 = ha.ping().ping("fd00:10::99", 1, SHORT);
            assertThat(silent6.received()).isZero();
            assertThat(silent6.lost()).isEqualTo(1);

            PingResult noRoute = ha.ping().ping("192.0.2.1", 2, SHORT);
            assertThat(noRoute.received()).isZero();
            assertThat(noRoute.errors()).hasSize(2).allSatisfy(e -> assertThat(e).contains("ENETUNREACH"));
        }
    }

    /** A router's ICMP error about our probe is reported with its source, and the probe is lost. */
    @Test
    void icmpErrorsFromARouterAreReportedAsLost() throws Exception {
        try (TestNs a = TestNs.withIpv6(); TestNs b = TestNs.withIpv6()) {
            Rtnetlink ha = a.handle;
            Rtnetlink hb = b.handle;
            vethPair(a, b);
            a.ip("route", "add", "10.9.0.0/24", "via", "10.0.0.2");
            a.ip("-6", "route", "add", "fd00:99::/64", "via", "fd00:10::2");
            b.ip("route", "add", "prohibit", "10.9.0.0/24");
            b.ip("-6", "route", "add", "prohibit", "fd00:99::/64");
            hb.sysctl().setIpForwarding(true);
            hb.sysctl().setIpv6Forwarding(true);

            PingResult r = ha.ping().ping("10.9.0.1", 1, GENEROUS);
            assertThat(r.received()).isZero();
            assertThat(r.errors()).singleElement().asString()
                    .isEqualTo("icmp_seq=1: Packet filtered from 10.0.0.2");

            PingResult r6 = ha.ping().ping("fd00:99::1", 1, GENEROUS);
            assertThat(r6.received()).isZero();
            assertThat(r6.errors()).singleElement().asString()
                    .isEqualTo("icmp_seq=1: Destination unreachable: Administratively prohibited from fd00:10::2");
        }
    }

    /** Raw sockets see every ICMP message: two pings at once must each count only their own replies. */
    @Test
    void concurrentPingsInOneNamespaceCountOnlyTheirOwnReplies() throws Exception {
        try (TestNs a = TestNs.withIpv6(); TestNs b = TestNs.withIpv6()) {
            Rtnetlink ha = a.handle;
            vethPair(a, b);
            PingResult[] other = new PingResult[1];
            Thread t = Thread.ofPlatform().start(() -> {
                try {
                    other[0] = ha.ping().ping("10.0.0.2", 20, GENEROUS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            PingResult mine = ha.ping().ping("10.0.0.2", 20, GENEROUS);
            t.join();
            assertThat(mine.received()).as(mine.summary()).isEqualTo(20);
            assertThat(other[0].received()).as(other[0].summary()).isEqualTo(20);
            assertThat(mine.roundTrips()).hasSize(20);
        }
    }

    @Test
    void resultsReadAsPingSummarisesThem() throws Exception {
        PingResult r = new PingResult(InetAddress.ofLiteral("fd00:10::2"), 3, 2,
                List.of(Duration.ofNanos(41_000), Duration.ofNanos(70_000)), List.of("icmp_seq=2: Destination unreachable: No route from fd00:10::1"));
        assertThat(r).hasToString("fd00:10::2: 3 sent, 2 received, 33% loss, rtt min/avg/max 0.041/0.056/0.070 ms"
                + " (icmp_seq=2: Destination unreachable: No route from fd00:10::1)");
        assertThat(r.lost()).isEqualTo(1);
        assertThat(new PingResult(InetAddress.ofLiteral("1:0:0:2:0:0:0:3"), 1, 0, List.of()))
                .hasToString("1:0:0:2::3: 1 sent, 0 received, 100% loss");
        assertThatThrownBy(() -> new PingResult(InetAddress.ofLiteral("10.0.0.1"), 1, 2, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("impossible");
    }

    @Test
    void badArgumentsAreRejectedBeforeAnythingIsSent() throws Exception {
        try (TestNs ns = TestNs.withIpv6()) {
            Rtnetlink h = ns.handle;
            Ping p = h.ping();
            assertThatThrownBy(() -> p.ping("localhost", 1, SHORT))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'localhost'");
            assertThatThrownBy(() -> p.ping("10.0.0.256", 1, SHORT))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10.0.0.256");
            assertThatThrownBy(() -> p.ping("", 1, SHORT))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
            assertThatThrownBy(() -> p.ping((String) null, 1, SHORT)).isInstanceOf(NullPointerException.class).hasMessage("address");
            assertThatThrownBy(() -> p.ping("127.0.0.1", 1, null)).isInstanceOf(NullPointerException.class).hasMessage("timeout");
            assertThatThrownBy(() -> p.ping("010.0.0.1", 1, SHORT)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("010.0.0.1");
            assertThatThrownBy(() -> p.ping("10.0.0.1%lo", 1, SHORT))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("IPv6");
            assertThatThrownBy(() -> p.ping("127.0.0.1", 0, SHORT))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count 0");
            assertThatThrownBy(() -> p.ping("127.0.0.1", 1, Duration.ZERO))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout PT0S");
            assertThatThrownBy(() -> p.ping("127.0.0.1", 1, Duration.ofHours(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout PT1H");
            assertThatThrownBy(() -> p.ping("fe80::1%nosuchdev", 1, SHORT))
                    .hasMessageContaining("nosuchdev");
        }
    }

    /** va (10.0.0.1, fd00:10::1, fe80::1) in a, vb (10.0.0.2, fd00:10::2, fe80::2) in b, both up. */
    private static void vethPair(TestNs a, TestNs b) {
        a.ip("link", "add", "va", "type", "veth", "peer", "name", "vb", "netns", b.name);
        side(a, "va", 1);
        side(b, "vb", 2);
    }

    private static void side(TestNs ns, String dev, int host) {
        // nodad: the addresses are usable at once instead of after duplicate address detection.
        ns.ip("addr", "add", "10.0.0." + host + "/24", "dev", dev);
        ns.ip("-6", "addr", "add", "fd00:10::" + host + "/64", "dev", dev, "nodad");
        ns.ip("-6", "addr", "add", "fe80::" + host + "/64", "dev", dev, "nodad");
        ns.ip("link", "set", dev, "up");
        ns.ip("link", "set", "lo", "up");
    }

    /** {@code Icmp: InEchos} (IPv4) or {@code Icmp6InEchos}, read by {@code cat} inside {@code ns}. */
    private static long inEchos(TestNs ns, boolean v6) {
        if (v6) {
            for (String line : ns.exec("cat", "/proc/net/snmp6").split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f[0].equals("Icmp6InEchos")) {
                    return Long.parseLong(f[1]);
                }
            }
            throw new AssertionError("no Icmp6InEchos in " + ns.name);
        }
        List<String[]> icmp = new ArrayList<>();
        for (String line : ns.exec("cat", "/proc/net/snmp").split("\n")) {
            if (line.startsWith("Icmp:")) {
                icmp.add(line.split("\\s+"));
            }
        }
        String[] names = icmp.get(0);
        String[] values = icmp.get(1);
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals("InEchos")) {
                return Long.parseLong(values[i]);
            }
        }
        throw new AssertionError("no Icmp InEchos in " + ns.name);
    }
}
