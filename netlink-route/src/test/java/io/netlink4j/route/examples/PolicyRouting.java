package io.netlink4j.route.examples;

import io.netlink4j.route.Rtnetlink;
import io.netlink4j.route.address.AddressSpec;
import io.netlink4j.route.link.Veth;
import io.netlink4j.route.route.Route;
import io.netlink4j.route.route.RouteLookup;
import io.netlink4j.route.route.RouteSpec;
import io.netlink4j.route.route.RouteTable;
import io.netlink4j.route.rule.RuleSpec;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The {@code policy-routing} example (issue 13): a host {@code pr-host} with two uplinks, to
 * {@code pr-isp-a} over 100.64.1.0/30 and {@code pr-isp-b} over 100.64.2.0/30, each ISP with a
 * loopback address (198.18.1.1, 198.18.2.1), and two clients behind it, {@code pr-c1}
 * (10.1.0.2/24) and {@code pr-c2} (10.2.0.2/24). Table main's default goes via isp-a; the rule
 * {@code from 10.2.0.0/24 lookup 100} sends c2's traffic to table 100, whose default goes via
 * isp-b, and so does {@code fwmark 0x1 lookup 100}.
 *
 * <p>Devices: in pr-host {@code isp-a}, {@code isp-b}, {@code c1}, {@code c2}; in the others
 * {@code eth0}. Each ISP routes 10.0.0.0/8 back over its own link only and forwards nothing, so
 * it answers only what came along its own path. {@code names} maps namespace names (see
 * {@link BridgeIsolation}).
 */
final class PolicyRouting {
    static final String HOST = "pr-host";
    static final String ISP_A = "pr-isp-a";
    static final String ISP_B = "pr-isp-b";
    static final String C1 = "pr-c1";
    static final String C2 = "pr-c2";
    static final String LOOPBACK_A = "198.18.1.1";
    static final String LOOPBACK_B = "198.18.2.1";
    static final RouteTable TABLE = RouteTable.of(100);
    private static final Duration REPLY = Duration.ofSeconds(1);
    private static final Duration SILENCE = Duration.ofMillis(300);
    private static final int PINGS = 3;

    private PolicyRouting() {}

    static List<String> namespaces() {
        return List.of(HOST, ISP_A, ISP_B, C1, C2);
    }

    static void up(UnaryOperator<String> names) {
        try (Handles ns = new Handles(names)) {
            Rtnetlink host = ns.create(HOST);
            for (String n : List.of(ISP_A, ISP_B, C1, C2)) {
                ns.create(n).links().setUp("lo");
            }
            host.links().setUp("lo");
            // ip link add isp-a type veth peer name eth0 netns pr-isp-a ...
            link(host, ns.get(ISP_A), "isp-a", "100.64.1.1/30", "100.64.1.2/30");
            link(host, ns.get(ISP_B), "isp-b", "100.64.2.1/30", "100.64.2.2/30");
            link(host, ns.get(C1), "c1", "10.1.0.1/24", "10.1.0.2/24");
            link(host, ns.get(C2), "c2", "10.2.0.1/24", "10.2.0.2/24");
            ns.get(ISP_A).addresses().add(AddressSpec.of(LOOPBACK_A + "/32", "lo"));
            ns.get(ISP_B).addresses().add(AddressSpec.of(LOOPBACK_B + "/32", "lo"));
            ns.get(ISP_A).routes().add(RouteSpec.to("10.0.0.0/8").withVia("100.64.1.1"));
            ns.get(ISP_B).routes().add(RouteSpec.to("10.0.0.0/8").withVia("100.64.2.1"));
            ns.get(C1).routes().add(RouteSpec.to("default").withVia("10.1.0.1"));
            ns.get(C2).routes().add(RouteSpec.to("default").withVia("10.2.0.1"));

            host.sysctl().setIpForwarding(true);
            host.routes().add(RouteSpec.to("default").withVia("100.64.1.2"));                        // main: isp-a
            host.routes().add(RouteSpec.to("default").withVia("100.64.2.2").withDev("isp-b").withTable(TABLE));
            host.rules().add(RuleSpec.from("10.2.0.0/24").withTable(TABLE));                         // ip rule add from 10.2.0.0/24 lookup 100
            host.rules().add(RuleSpec.all().withFwmark(0x1).withTable(TABLE));                       // ip rule add fwmark 0x1 lookup 100
        }
    }

    private static void link(Rtnetlink host, Rtnetlink other, String dev, String here, String there) {
        host.links().add(Veth.of(dev, "eth0").withPeerIn(other.namespace()).withUp());
        host.addresses().add(AddressSpec.of(here, dev));
        other.links().setUp("eth0");
        other.addresses().add(AddressSpec.of(there, "eth0"));
    }

    /**
     * Route lookups on pr-host (as {@code ip route get} asks them) and real pings from the
     * clients: c1's packets leave via isp-a, c2's via isp-b, told by which ISP's link counted
     * them and by which loopback answers (an ISP answers only what reached it along its own link).
     */
    static List<Check> verify(UnaryOperator<String> names) throws InterruptedException {
        List<Check> checks = new ArrayList<>();
        try (Handles ns = new Handles(names)) {
            Rtnetlink host = ns.get(HOST);
            checks.add(lookup(host, RouteLookup.to(LOOPBACK_A).withFrom("10.1.0.2").withIif("c1"), "isp-a",
                    "c1's traffic to " + LOOPBACK_A));
            checks.add(lookup(host, RouteLookup.to(LOOPBACK_B).withFrom("10.1.0.2").withIif("c1"), "isp-a",
                    "c1's traffic to " + LOOPBACK_B));
            checks.add(lookup(host, RouteLookup.to(LOOPBACK_B).withFrom("10.2.0.2").withIif("c2"), "isp-b",
                    "c2's traffic to " + LOOPBACK_B));
            checks.add(lookup(host, RouteLookup.to(LOOPBACK_A).withFrom("10.2.0.2").withIif("c2"), "isp-b",
                    "c2's traffic to " + LOOPBACK_A + " (rule from 10.2.0.0/24 lookup 100)"));
            checks.add(lookup(host, RouteLookup.to(LOOPBACK_A), "isp-a", "the host's own traffic"));
            checks.add(lookup(host, RouteLookup.to(LOOPBACK_A).withMark(0x1), "isp-b",
                    "traffic marked 0x1 (rule fwmark 0x1 lookup 100)"));

            Rtnetlink ispA = ns.get(ISP_A);
            Rtnetlink ispB = ns.get(ISP_B);
            checks.addAll(leaves(ns.get(C1), "pr-c1", LOOPBACK_A, LOOPBACK_B, ispA, ispB, "isp-a"));
            checks.addAll(leaves(ns.get(C2), "pr-c2", LOOPBACK_B, LOOPBACK_A, ispB, ispA, "isp-b"));
        }
        return checks;
    }

    private static Check lookup(Rtnetlink host, RouteLookup l, String dev, String what) {
        String expectVia = dev.equals("isp-a") ? "100.64.1.2" : "100.64.2.2";
        Route r = host.routes().lookup(l);
        boolean ok = dev.equals(r.dev()) && r.gateway() != null && r.gateway().getHostAddress().equals(expectVia);
        return Check.of(what + " goes via " + expectVia + " dev " + dev + " (ip route get " + l + ")", ok,
                "via " + (r.gateway() == null ? "-" : r.gateway().getHostAddress()) + " dev " + r.dev());
    }

    /**
     * A client's pings to its own ISP's loopback are answered and counted on that ISP's link only;
     * its pings to the other ISP's loopback go to its own ISP too, which cannot answer them.
     */
    private static List<Check> leaves(Rtnetlink client, String name, String own, String other, Rtnetlink ownIsp,
                                      Rtnetlink otherIsp, String via) throws InterruptedException {
        List<Check> checks = new ArrayList<>();
        long ownBefore = received(ownIsp);
        long otherBefore = received(otherIsp);
        int answered = client.ping().ping(own, PINGS, REPLY).received();
        long ownGot = received(ownIsp) - ownBefore;
        long otherGot = received(otherIsp) - otherBefore;
        checks.add(Check.of(name + " pings " + own + " (" + PINGS + " answered)", answered == PINGS,
                answered + " answered"));
        // Misrouted pings would add PINGS packets to the other link; a stray ARP probe there
        // (seen once in CI: "+1") adds one, as netlink-examples' policy-routing check allows too.
        checks.add(Check.of(name + "'s pings reach " + via + "'s link (" + PINGS + " packets more) and not the other's",
                ownGot >= PINGS && otherGot < PINGS, via + " +" + ownGot + ", the other +" + otherGot));
        boolean strayAnswered = client.ping().ping(InetAddress.ofLiteral(other), 1, SILENCE).ok();
        checks.add(Check.of(name + "'s ping to " + other + " leaves via " + via + " too, which does not answer it",
                !strayAnswered, "it was answered"));
        return checks;
    }

    /** Packets the ISP received on its link to the host. */
    private static long received(Rtnetlink isp) {
        return isp.links().get("eth0").stats().rxPackets();
    }

    static void down(UnaryOperator<String> names) {
        try (Handles ns = new Handles(names)) {
            ns.deleteAll(namespaces());
        }
    }
}
