package io.netlink4j.examples.catalog;

import static io.netlink4j.examples.catalog.Dsl.*;

import io.netlink4j.examples.model.Article;
import io.netlink4j.examples.model.Check;
import io.netlink4j.examples.model.Example;
import io.netlink4j.examples.model.Op;
import io.netlink4j.examples.model.Place;
import io.netlink4j.examples.model.Section;
import io.netlink4j.examples.model.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * Beyond the articles (issue 13): a VXLAN overlay across three hosts, policy routing over two
 * uplinks, and a bridge whose ports are isolated. Names and addresses as in the issue; the
 * devices it leaves unnamed are named as the library's own kernel tests of these topologies name
 * them (host ends of veths after the namespace or pod they lead to).
 */
final class Multi {
    private static final int HOSTS = 3;
    private static final int PODS = 2;
    private static final int OVERLAY_MTU = 1450;

    private Multi() {}

    private static String host(int n) {
        return "vx-h" + n;
    }

    private static String pod(int n, int m) {
        return "vx-h" + n + "-p" + m;
    }

    private static String underlay(int n) {
        return "192.0.2." + n;
    }

    private static String podAddress(int n, int m) {
        return "10.100.0." + n + m;
    }

    /** Fixed pod MACs, so every host's FDB can name the remote pods up front. */
    private static String podMac(int n, int m) {
        return String.format("02:64:00:00:%02x:%02x", n, m);
    }

    static Example vxlan() {
        List<Step> under = new ArrayList<>(List.of(
                Step.of("ip link add underlay up type bridge", new Op.AddBridge(HOST, "underlay", true))));
        List<Step> hosts = new ArrayList<>();
        List<Step> fdb = new ArrayList<>();
        List<Check> c = new ArrayList<>(List.of(new Check.LinkUp(HOST, "underlay")));
        List<Check> pings = new ArrayList<>();
        for (int n = 1; n <= HOSTS; n++) {
            Place h = ns(host(n));
            under.add(netnsAdd(host(n)));
            under.add(Step.of("ip link add " + host(n) + " master underlay up type veth peer name eth0 netns " + host(n),
                    new Op.AddVeth(HOST, host(n), "eth0", host(n), 0, null, "underlay", true)));
            under.add(up(h, "lo"));
            under.add(up(h, "eth0"));
            under.add(addr(h, underlay(n) + "/24", "eth0"));
            c.add(new Check.NsExists(host(n)));
            c.add(new Check.Master(HOST, host(n), "underlay"));
            c.add(new Check.HasAddress(h, "eth0", underlay(n) + "/24"));

            hosts.add(Step.of(in(h, "ip link add br100 up type bridge"), new Op.AddBridge(h, "br100", true)));
            hosts.add(Step.of(in(h, "ip link add vxlan100 master br100 up type vxlan id 100 dev eth0 local "
                    + underlay(n) + " nolearning dstport 4789"),
                    new Op.AddVxlan(h, "vxlan100", 100, "eth0", underlay(n), 4789, "br100")));
            c.add(new Check.LinkUp(h, "br100"));
            c.add(new Check.LinkUp(h, "vxlan100"));
            c.add(new Check.Master(h, "vxlan100", "br100"));
            for (int m = 1; m <= PODS; m++) {
                Place p = ns(pod(n, m));
                hosts.add(netnsAdd(pod(n, m)));
                hosts.add(Step.of(in(h, "ip link add veth-p" + m + " mtu " + OVERLAY_MTU + " master br100 up type veth"
                                + " peer name eth0 netns " + pod(n, m) + " mtu " + OVERLAY_MTU + " address " + podMac(n, m)),
                        new Op.AddVeth(h, "veth-p" + m, "eth0", pod(n, m), OVERLAY_MTU, podMac(n, m), "br100", true)));
                hosts.add(up(p, "lo"));
                hosts.add(up(p, "eth0"));
                hosts.add(addr(p, podAddress(n, m) + "/24", "eth0"));
                c.add(new Check.HasAddress(p, "eth0", podAddress(n, m) + "/24"));
            }
            for (int k = 1; k <= HOSTS; k++) {
                if (k == n) {
                    continue;
                }
                Op.AddFdb flood = new Op.AddFdb(h, "00:00:00:00:00:00", "vxlan100", underlay(k), true, false);
                fdb.add(Step.of(in(h, "bridge fdb append 00:00:00:00:00:00 dev vxlan100 dst " + underlay(k)), flood));
                c.add(new Check.Has(flood));
            }
            for (int k = 1; k <= HOSTS; k++) {
                for (int m = 1; m <= PODS; m++) {
                    if (k == n) {
                        continue;
                    }
                    Op.AddFdb entry = new Op.AddFdb(h, podMac(k, m), "vxlan100", underlay(k), false, true);
                    fdb.add(Step.of(in(h, "bridge fdb add " + podMac(k, m) + " dev vxlan100 dst " + underlay(k)
                            + " static"), entry));
                    c.add(new Check.Has(entry));
                }
            }
        }
        for (int n = 1; n <= HOSTS; n++) {
            for (int m = 1; m <= PODS; m++) {
                for (int k = 1; k <= HOSTS; k++) {
                    for (int j = 1; j <= PODS; j++) {
                        if (k != n || j != m) {
                            pings.add(new Check.Ping(ns(pod(n, m)), podAddress(k, j)));
                        }
                    }
                }
            }
        }
        c.addAll(pings);
        return new Example("vxlan-overlay", Article.MULTI,
                "vx-h1..3 on bridge underlay (192.0.2.1-3), vxlan100 VNI 100 + br100 + two pods each (10.100.0.N1-N2),"
                        + " FDB head-end replication",
                List.of(new Section("The underlay: three hosts on bridge underlay in the sandbox host", under, List.of()),
                        new Section("On each host: vxlan100 (VNI 100, no learning) on bridge br100, and two pods", hosts,
                                List.of("pods get fixed MACs (02:64:00:00:0N:0M) so that every host's FDB can name"
                                        + " the remote pods up front; their MTU leaves room for VXLAN's 50 bytes")),
                        new Section("The control plane: each host's FDB", fdb, List.of(
                                "the all-zero MAC appended once per other host is head-end replication: broadcasts"
                                        + " (ARP) go to every other VTEP; the static entries send each remote pod's"
                                        + " MAC to its host, as flannel's and Calico's VXLAN modes program it"))),
                c);
    }

    static Example policy() {
        String hostNs = "pr-host";
        Place h = ns(hostNs);
        Place ispA = ns("pr-isp-a");
        Place ispB = ns("pr-isp-b");
        Place c1 = ns("pr-c1");
        Place c2 = ns("pr-c2");
        List<Step> wiring = new ArrayList<>();
        for (String n : List.of(hostNs, "pr-isp-a", "pr-isp-b", "pr-c1", "pr-c2")) {
            wiring.add(netnsAdd(n));
            wiring.add(up(ns(n), "lo"));
            if (!n.startsWith("pr-c")) {
                wiring.add(Step.support(in(ns(n), "sysctl -w net.ipv6.conf.default.disable_ipv6=1"),
                        new Op.Sysctl(ns(n), "net.ipv6.conf.default.disable_ipv6", "1")));
            }
        }
        wiring.addAll(uplink(h, "isp-a", "100.64.1.1/30", ispA, "100.64.1.2/30"));
        wiring.addAll(uplink(h, "isp-b", "100.64.2.1/30", ispB, "100.64.2.2/30"));
        wiring.addAll(uplink(h, "c1", "10.1.0.1/24", c1, "10.1.0.2/24"));
        wiring.addAll(uplink(h, "c2", "10.2.0.1/24", c2, "10.2.0.2/24"));
        Section net = new Section("pr-host between two ISPs and two clients", wiring, List.of(
                "not in the issue: the uplinks carry no IPv6, so that no router solicitation or MLD report moves"
                        + " the ISP links' packet counters that verify reads to tell which way a ping left"));
        Op.AddRoute backA = new Op.AddRoute(ispA, "10.0.0.0/8", "100.64.1.1", null);
        Op.AddRoute backB = new Op.AddRoute(ispB, "10.0.0.0/8", "100.64.2.1", null);
        Section isps = Section.of("The ISPs and the clients",
                        addr(ispA, "198.18.1.1/32", "lo"),
                        addr(ispB, "198.18.2.1/32", "lo"),
                        Step.of(in(ispA, "ip route add 10.0.0.0/8 via 100.64.1.1"), backA),
                        Step.of(in(ispB, "ip route add 10.0.0.0/8 via 100.64.2.1"), backB),
                        defaultVia(c1, "10.1.0.1"),
                        defaultVia(c2, "10.2.0.1"))
                .note("each ISP has its server address on lo and routes the clients' 10.0.0.0/8 back over its own"
                        + " link; it forwards nothing, so it answers only what reached it along its own path");
        Op.AddRoute table100 = new Op.AddRoute(h, "default", "100.64.2.2", "isp-b", 100L);
        Op.AddRule fromC2 = new Op.AddRule(h, "10.2.0.0/24", null, 100);
        Op.AddRule marked = new Op.AddRule(h, null, 0x1L, 100);
        Section policy = Section.of("Policy: main goes via isp-a, c2's subnet and mark 0x1 via isp-b",
                Step.of(in(h, "sysctl -w net.ipv4.ip_forward=1"), new Op.IpForward(h)),
                defaultVia(h, "100.64.1.2"),
                Step.of(in(h, "ip route add default via 100.64.2.2 dev isp-b table 100"), table100),
                Step.of(in(h, "ip rule add from 10.2.0.0/24 lookup 100"), fromC2),
                Step.of(in(h, "ip rule add fwmark 0x1 lookup 100"), marked));
        List<Check> c = new ArrayList<>();
        for (String n : List.of(hostNs, "pr-isp-a", "pr-isp-b", "pr-c1", "pr-c2")) {
            c.add(new Check.NsExists(n));
        }
        c.add(new Check.Forwarding(h));
        c.add(new Check.HasRoute(h, null, "100.64.1.2", null));
        c.add(new Check.Has(table100));
        c.add(new Check.Has(fromC2));
        c.add(new Check.Has(marked));
        c.add(new Check.RouteGet(h, "198.18.1.1", "10.1.0.2", "c1", 0, "100.64.1.2", "isp-a"));
        c.add(new Check.RouteGet(h, "198.18.2.1", "10.1.0.2", "c1", 0, "100.64.1.2", "isp-a"));
        c.add(new Check.RouteGet(h, "198.18.2.1", "10.2.0.2", "c2", 0, "100.64.2.2", "isp-b"));
        c.add(new Check.RouteGet(h, "198.18.1.1", "10.2.0.2", "c2", 0, "100.64.2.2", "isp-b"));
        c.add(new Check.RouteGet(h, "198.18.1.1", null, null, 0, "100.64.1.2", "isp-a"));
        c.add(new Check.RouteGet(h, "198.18.1.1", null, null, 0x1, "100.64.2.2", "isp-b"));
        c.add(new Check.PathVia(c1, "198.18.1.1", true, ispA, "eth0", ispB, "eth0"));
        c.add(new Check.PathVia(c1, "198.18.2.1", false, ispA, "eth0", ispB, "eth0"));
        c.add(new Check.PathVia(c2, "198.18.2.1", true, ispB, "eth0", ispA, "eth0"));
        c.add(new Check.PathVia(c2, "198.18.1.1", false, ispB, "eth0", ispA, "eth0"));
        return new Example("policy-routing", Article.MULTI,
                "pr-host with uplinks to pr-isp-a/pr-isp-b, clients pr-c1/pr-c2; rule from 10.2.0.0/24 and fwmark 0x1"
                        + " lookup 100 (default via isp-b)",
                List.of(net, isps, policy), c);
    }

    /** A veth from pr-host to another namespace, both ends up and addressed. */
    private static List<Step> uplink(Place h, String dev, String here, Place other, String there) {
        return List.of(
                Step.of(in(h, "ip link add " + dev + " up type veth peer name eth0 netns " + other.namespace()),
                        new Op.AddVeth(h, dev, "eth0", other.namespace(), 0, null, null, true)),
                addr(h, here, dev),
                up(other, "eth0"),
                addr(other, there, "eth0"));
    }

    static Example isolation() {
        List<String> pods = List.of("bv-p1", "bv-p2", "bv-p3", "bv-p4");
        List<Step> steps = new ArrayList<>(List.of(
                Step.of("ip link add brv up type bridge", new Op.AddBridge(HOST, "brv", true)),
                addr(HOST, "10.50.0.254/24", "brv")));
        List<Step> isolate = new ArrayList<>();
        List<Check> c = new ArrayList<>(List.of(new Check.LinkUp(HOST, "brv"),
                new Check.HasAddress(HOST, "brv", "10.50.0.254/24")));
        for (int i = 0; i < pods.size(); i++) {
            String p = pods.get(i);
            steps.add(netnsAdd(p));
            steps.add(Step.of("ip link add " + p + " master brv up type veth peer name eth0 netns " + p,
                    new Op.AddVeth(HOST, p, "eth0", p, 0, null, "brv", true)));
            steps.add(up(ns(p), "lo"));
            steps.add(up(ns(p), "eth0"));
            steps.add(addr(ns(p), "10.50.0." + (i + 1) + "/24", "eth0"));
            c.add(new Check.NsExists(p));
            c.add(new Check.Master(HOST, p, "brv"));
            Op.SetPortIsolated iso = new Op.SetPortIsolated(HOST, p, i < 3);
            if (i < 3) {
                isolate.add(Step.of("bridge link set dev " + p + " isolated on", iso));
            }
            c.add(new Check.Has(iso));
        }
        for (int i = 0; i < pods.size(); i++) {
            for (int j = 0; j < pods.size(); j++) {
                if (i == j) {
                    continue;
                }
                String to = "10.50.0." + (j + 1);
                c.add(i < 3 && j < 3 ? new Check.NoPing(ns(pods.get(i)), to) : new Check.Ping(ns(pods.get(i)), to));
            }
            c.add(new Check.Ping(ns(pods.get(i)), "10.50.0.254"));
        }
        return new Example("bridge-isolation", Article.MULTI,
                "brv 10.50.0.254/24 with pods bv-p1..bv-p4 (10.50.0.1-4/24); ports of p1-p3 isolated, p4 shared",
                List.of(new Section("Bridge brv and four pods on it", steps, List.of()),
                        new Section("Isolate the ports of p1, p2 and p3", isolate, List.of(
                                "isolated ports forward only to ports that are not isolated: p1-p3 reach p4 (a shared"
                                        + " service) and the bridge's own address, never each other"))),
                c);
    }
}
