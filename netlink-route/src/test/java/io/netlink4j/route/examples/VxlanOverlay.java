package io.netlink4j.route.examples;

import io.netlink4j.core.Cidr;
import io.netlink4j.core.MacAddress;
import io.netlink4j.route.Rtnetlink;
import io.netlink4j.route.address.AddressSpec;
import io.netlink4j.route.bridge.FdbEntry;
import io.netlink4j.route.bridge.FdbFilter;
import io.netlink4j.route.bridge.FdbSpec;
import io.netlink4j.route.link.Bridge;
import io.netlink4j.route.link.Veth;
import io.netlink4j.route.link.Vxlan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The {@code vxlan-overlay} example (issue 13): three hosts {@code vx-h1}..{@code vx-h3} on an
 * underlay bridge {@code underlay} in the sandbox host, 192.0.2.1-3/24 on their {@code eth0}. On
 * each host, {@code vxlan100} (VNI 100, dstport 4789, local the host's underlay address, learning
 * off) and bridge {@code br100} with {@code vxlan100} and two pods ({@code vx-hN-p1},
 * {@code vx-hN-p2}, {@code eth0} 10.100.0.N1 and 10.100.0.N2/24). The control plane is the FDB,
 * as flannel's and Calico's VXLAN modes program it: an all-zero-MAC entry appended per other host
 * (head-end replication of broadcasts, so ARP finds remote pods) and a static entry per remote
 * pod's MAC (its host's VTEP). Pods get fixed MACs so the entries can be written up front.
 *
 * <p>Devices: in the sandbox host {@code underlay} and {@code vx-hN} (the hosts' underlay veths);
 * in each host {@code eth0}, {@code vxlan100}, {@code br100} and {@code veth-p1}/{@code veth-p2};
 * in each pod {@code eth0}. {@code names} maps namespace names (see {@link BridgeIsolation}).
 */
final class VxlanOverlay {
    static final int HOSTS = 3;
    static final int PODS = 2;
    static final int VNI = 100;
    static final int DSTPORT = 4789;
    /** 1500 on the underlay less VXLAN's 50 bytes of outer headers. */
    static final int OVERLAY_MTU = 1450;
    private static final Duration REPLY = Duration.ofSeconds(2);

    private VxlanOverlay() {}

    static String host(int n) {
        return "vx-h" + n;
    }

    static String pod(int n, int m) {
        return "vx-h" + n + "-p" + m;
    }

    static String underlayAddress(int n) {
        return "192.0.2." + n;
    }

    static String podAddress(int n, int m) {
        return "10.100.0." + n + m;
    }

    static MacAddress podMac(int n, int m) {
        return MacAddress.parse(String.format("02:64:00:00:%02x:%02x", n, m));
    }

    static List<String> namespaces() {
        List<String> out = new ArrayList<>();
        for (int n = 1; n <= HOSTS; n++) {
            out.add(host(n));
            for (int m = 1; m <= PODS; m++) {
                out.add(pod(n, m));
            }
        }
        return out;
    }

    static void up(Rtnetlink sandbox, UnaryOperator<String> names) {
        sandbox.links().add(Bridge.of("underlay").withUp());
        try (Handles ns = new Handles(names)) {
            for (int n = 1; n <= HOSTS; n++) {
                Rtnetlink h = ns.create(host(n));
                sandbox.links().add(Veth.of(host(n), "eth0").withPeerIn(h.namespace()).withMaster("underlay").withUp());
                h.links().setUp("lo");
                h.links().setUp("eth0");
                h.addresses().add(AddressSpec.of(underlayAddress(n) + "/24", "eth0"));
                // ip link add br100 up type bridge
                h.links().add(Bridge.of("br100").withUp());
                // ip link add vxlan100 master br100 up type vxlan id 100 dev eth0 local 192.0.2.N nolearning dstport 4789
                h.links().add(Vxlan.of("vxlan100", VNI).withDevice("eth0").withLocal(underlayAddress(n))
                        .withLearning(false).withPort(DSTPORT).withMaster("br100").withUp());
                for (int m = 1; m <= PODS; m++) {
                    Rtnetlink p = ns.create(pod(n, m));
                    h.links().add(Veth.of("veth-p" + m, "eth0").withPeerIn(p.namespace()).withMtu(OVERLAY_MTU)
                            .withPeerMtu(OVERLAY_MTU).withPeerMac(podMac(n, m)).withMaster("br100").withUp());
                    p.links().setUp("lo");
                    p.links().setUp("eth0");
                    p.addresses().add(AddressSpec.of(podAddress(n, m) + "/24", "eth0"));
                }
            }
            for (int n = 1; n <= HOSTS; n++) {
                ns.get(host(n)).fdb().appendAll(floodEntries(n)).throwIfFailed();
                ns.get(host(n)).fdb().addAll(podEntries(n)).throwIfFailed();
            }
        }
    }

    /** bridge fdb append 00:00:00:00:00:00 dev vxlan100 dst 192.0.2.K, for each other host K. */
    static List<FdbSpec> floodEntries(int n) {
        List<FdbSpec> out = new ArrayList<>();
        for (int k = 1; k <= HOSTS; k++) {
            if (k != n) {
                out.add(FdbSpec.of(MacAddress.ZERO, "vxlan100").withDst(underlayAddress(k)));
            }
        }
        return out;
    }

    /** bridge fdb add POD_MAC dev vxlan100 dst 192.0.2.K, for each pod of each other host K. */
    static List<FdbSpec> podEntries(int n) {
        List<FdbSpec> out = new ArrayList<>();
        for (int k = 1; k <= HOSTS; k++) {
            if (k == n) {
                continue;
            }
            for (int m = 1; m <= PODS; m++) {
                out.add(FdbSpec.of(podMac(k, m), "vxlan100").withDst(underlayAddress(k)));
            }
        }
        return out;
    }

    /** Each host's FDB holds exactly the expected VTEP entries, and every pod reaches every other. */
    static List<Check> verify(UnaryOperator<String> names) throws InterruptedException {
        List<Check> checks = new ArrayList<>();
        try (Handles ns = new Handles(names)) {
            for (int n = 1; n <= HOSTS; n++) {
                Set<String> expected = new TreeSet<>();
                for (FdbSpec s : floodEntries(n)) {
                    expected.add(s.mac() + " dst " + Cidr.format(s.dst()));
                }
                for (FdbSpec s : podEntries(n)) {
                    expected.add(s.mac() + " dst " + Cidr.format(s.dst()));
                }
                Set<String> got = new TreeSet<>();
                for (FdbEntry e : ns.get(host(n)).fdb().list(FdbFilter.port("vxlan100"))) {
                    if (e.dst() != null) {
                        got.add(e.mac() + " dst " + Cidr.format(e.dst()));
                    }
                }
                checks.add(Check.of(host(n) + "'s vxlan100 FDB: flooding to the other two hosts and their "
                        + (HOSTS - 1) * PODS + " pods' MACs", got.equals(expected), got));
            }
            for (int n = 1; n <= HOSTS; n++) {
                for (int m = 1; m <= PODS; m++) {
                    Rtnetlink from = ns.get(pod(n, m));
                    for (int k = 1; k <= HOSTS; k++) {
                        for (int j = 1; j <= PODS; j++) {
                            if (k == n && j == m) {
                                continue;
                            }
                            boolean ok = from.ping().ping(podAddress(k, j), 1, REPLY).ok();
                            checks.add(Check.of(pod(n, m) + " reaches " + pod(k, j) + " (" + podAddress(k, j) + ")"
                                    + (k == n ? "" : " across the overlay"), ok, "no answer"));
                        }
                    }
                }
            }
        }
        return checks;
    }

    /**
     * Deletes the hosts' underlay veths, every namespace and the underlay bridge; idempotent. The
     * veths go first: a namespace's devices are torn down after it is deleted, in the background.
     */
    static void down(Rtnetlink sandbox, UnaryOperator<String> names) {
        for (int n = 1; n <= HOSTS; n++) {
            sandbox.links().deleteIfExists(host(n));
        }
        try (Handles ns = new Handles(names)) {
            ns.deleteAll(namespaces());
        }
        sandbox.links().deleteIfExists("underlay");
    }
}
