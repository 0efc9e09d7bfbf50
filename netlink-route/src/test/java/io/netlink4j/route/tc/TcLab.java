package io.netlink4j.route.tc;

import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.testing.Ip;
import io.netlink4j.core.testing.ThrowawayNamespaces;
import io.netlink4j.route.Rtnetlink;
import io.netlink4j.route.address.AddressSpec;
import io.netlink4j.route.link.OperState;
import io.netlink4j.route.link.Veth;
import io.netlink4j.core.testing.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Throwaway namespaces for the tc kernel tests ({@code nlt-tc-XXXX}), with a handle on each, and
 * {@code tc}/{@code ip} run inside them as witnesses. Closing deletes them, also when a test
 * fails. IPv6 is off in each, so no router solicitation moves a counter between two reads.
 */
final class TcLab implements AutoCloseable {
    /** How long a new veth pair may take to report its carrier. */
    private static final Duration CARRIER = Duration.ofSeconds(5);
    private final ThrowawayNamespaces spaces = new ThrowawayNamespaces("nlt-tc-");
    private final List<Rtnetlink> handles = new ArrayList<>();

    /** A namespace and its handle. */
    record Ns(String name, NetNs ns, Rtnetlink rt) {}

    /** A fresh named namespace with IPv6 off and {@code lo} up. */
    Ns namespace() {
        try {
            String name = spaces.named();
            NetNs ns = spaces.track(NetNs.named(name));
            Rtnetlink rt = Rtnetlink.open(ns);
            handles.add(rt);
            rt.sysctl().set("net.ipv6.conf.all.disable_ipv6", "1");
            rt.sysctl().set("net.ipv6.conf.default.disable_ipv6", "1");
            rt.links().setUp("lo");
            return new Ns(name, ns, rt);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** A veth pair {@code devA} in {@code a} (address {@code cidrA}) and {@code devB} in {@code b}, both up, built with the library. */
    static void veth(Ns a, String devA, String cidrA, Ns b, String devB, String cidrB) {
        a.rt().links().add(Veth.of(devA, devB).withPeerIn(b.ns()));
        if (cidrA != null) {
            a.rt().addresses().add(AddressSpec.of(cidrA, devA));
        }
        if (cidrB != null) {
            b.rt().addresses().add(AddressSpec.of(cidrB, devB));
        }
        a.rt().links().setUp(devA);
        b.rt().links().setUp(devB);
        // Until the kernel's link watch has seen the carrier (it may wait up to a second), the
        // device still has its no-op qdisc and drops what is sent: a first ping could be lost.
        try {
            a.rt().links().waitFor(devA, l -> l.operState() == OperState.UP, CARRIER);
            b.rt().links().waitFor(devB, l -> l.operState() == OperState.UP, CARRIER);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + devA + " and " + devB, e);
        }
    }

    /** {@code tc -n NS ARGS}: stdout, failing the test on a non-zero exit. */
    static String tc(Ns ns, String... args) {
        List<String> cmd = new ArrayList<>(List.of("tc", "-n", ns.name()));
        cmd.addAll(List.of(args));
        return Ip.exec(cmd);
    }

    /** {@code tc -n NS -j -s ARGS}, parsed. */
    static List<Map<String, Object>> tcJson(Ns ns, String... args) {
        List<String> cmd = new ArrayList<>(List.of("tc", "-n", ns.name(), "-j", "-s"));
        cmd.addAll(List.of(args));
        return Json.array(Ip.exec(cmd));
    }

    /** {@code ip -n NS -j -s link show DEV}: the device's counters, as ip reads them. */
    static Map<String, Object> ipLink(Ns ns, String dev) {
        return Json.array(Ip.exec(List.of("ip", "-n", ns.name(), "-j", "-s", "link", "show", dev))).getFirst();
    }

    @Override
    public void close() {
        for (Rtnetlink h : handles) {
            try {
                h.close();
            } catch (RuntimeException ignored) {
                // the namespaces go next either way
            }
        }
        handles.clear();
        spaces.cleanUp();
    }
}
