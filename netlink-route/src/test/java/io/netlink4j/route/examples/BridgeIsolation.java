package io.netlink4j.route.examples;

import io.netlink4j.route.Rtnetlink;
import io.netlink4j.route.address.AddressSpec;
import io.netlink4j.route.bridge.BridgePortSpec;
import io.netlink4j.route.link.Bridge;
import io.netlink4j.route.link.Veth;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The {@code bridge-isolation} example (issue 13): in the host, bridge {@code brv} with
 * 10.50.0.254/24 and four pods {@code bv-p1}..{@code bv-p4} on its ports ({@code eth0} in each,
 * 10.50.0.1-4/24); the ports of p1, p2 and p3 isolated, p4's not (a shared service). Isolated
 * pods cannot reach each other but reach p4 and the bridge's address.
 *
 * <p>{@code names} maps the example's namespace names to real ones (the identity for the example
 * itself; a unique prefix in tests). Device names live inside the namespaces and stay exact.
 */
final class BridgeIsolation {
    static final String BRIDGE = "brv";
    static final String BRIDGE_ADDRESS = "10.50.0.254";
    static final List<String> PODS = List.of("bv-p1", "bv-p2", "bv-p3", "bv-p4");
    private static final Duration REPLY = Duration.ofSeconds(1);
    /** How long an isolated pod waits for an answer that must not come. */
    private static final Duration SILENCE = Duration.ofMillis(300);

    private BridgeIsolation() {}

    static boolean isolated(String pod) {
        return !pod.equals("bv-p4");
    }

    static String address(String pod) {
        return "10.50.0." + (PODS.indexOf(pod) + 1);
    }

    /** ip link add brv type bridge; ip addr add 10.50.0.254/24 dev brv; a veth per pod; bridge link set ... isolated on. */
    static void up(Rtnetlink host, UnaryOperator<String> names) {
        host.links().add(Bridge.of(BRIDGE).withUp());
        host.addresses().add(AddressSpec.of(BRIDGE_ADDRESS + "/24", BRIDGE));
        try (Handles pods = new Handles(names)) {
            for (String pod : PODS) {
                Rtnetlink in = pods.create(pod);
                host.links().add(Veth.of(pod, "eth0").withPeerIn(in.namespace()).withMaster(BRIDGE).withUp());
                in.links().setUp("lo");
                in.links().setUp("eth0");
                in.addresses().add(AddressSpec.of(address(pod) + "/24", "eth0"));
                if (isolated(pod)) {
                    host.bridgePorts().change(BridgePortSpec.of(pod).withIsolated(true));
                }
            }
        }
    }

    /** The example's verify: port isolation as set, pings between every two pods, and to the bridge. */
    static List<Check> verify(Rtnetlink host, UnaryOperator<String> names) throws InterruptedException {
        List<Check> checks = new ArrayList<>();
        for (String pod : PODS) {
            boolean is = host.bridgePorts().get(pod).isolated();
            checks.add(Check.of("port " + pod + " of " + BRIDGE + (isolated(pod) ? " is isolated" : " is not isolated"),
                    is == isolated(pod), "isolated " + is));
        }
        try (Handles pods = new Handles(names)) {
            for (String from : PODS) {
                Rtnetlink in = pods.get(from);
                for (String to : PODS) {
                    if (to.equals(from)) {
                        continue;
                    }
                    boolean expect = !(isolated(from) && isolated(to));
                    boolean got = in.ping().ping(address(to), 1, expect ? REPLY : SILENCE).ok();
                    checks.add(Check.of(from + (expect ? " reaches " : " cannot reach ") + to + " (" + address(to) + ")",
                            got == expect, got ? "it answered" : "no answer"));
                }
                boolean bridge = in.ping().ping(BRIDGE_ADDRESS, 1, REPLY).ok();
                checks.add(Check.of(from + " reaches the bridge (" + BRIDGE_ADDRESS + ")", bridge, "no answer"));
            }
        }
        return checks;
    }

    /**
     * Deletes the pods' veths, their namespaces and the bridge; idempotent. The veths go first: a
     * namespace's devices are torn down after it is deleted, in the background.
     */
    static void down(Rtnetlink host, UnaryOperator<String> names) {
        for (String pod : PODS) {
            host.links().deleteIfExists(pod);
        }
        try (Handles pods = new Handles(names)) {
            pods.deleteAll(PODS);
        }
        host.links().deleteIfExists(BRIDGE);
    }

    /** The namespaces the example makes, by their example names. */
    static List<String> namespaces() {
        return PODS;
    }
}
