package io.netlink4j.benchmarks;

import io.netlink4j.core.ns.NetNs;
import io.netlink4j.route.Rtnetlink;
import io.netlink4j.route.address.AddressSpec;
import io.netlink4j.route.link.Bridge;
import io.netlink4j.route.link.Link;
import io.netlink4j.route.link.Links;
import io.netlink4j.route.link.Veth;
import io.netlink4j.route.route.RouteSpec;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pods attached per second, the whole CNI-style step: a new network namespace, a veth pair
 * with its {@code eth0} end created directly inside it and the other end enslaved to the
 * node's bridge and up, loopback and {@code eth0} up, an address, and a default route via the
 * bridge. One operation is one pod.
 *
 * <p>Each invocation gets a fresh named namespace playing the node, with bridge {@code cni0}
 * 10.88.0.1/16 up, and attaches {@value #PODS} pods. Teardown checks the last pod end to end
 * (its default route, and an ICMP echo from it to the bridge), then deletes the pods' veths in
 * one request, the pods' namespaces, and the node.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PodAttachBenchmark {
    /** Pods attached per invocation. */
    static final int PODS = 10;
    private static final String BRIDGE = "cni0";
    private static final String GATEWAY = "10.88.0.1";

    private final String[] hostEnds = Names.of("veth", PODS);
    private final String[] podAddresses = new String[PODS];
    private final NetNs[] pods = new NetNs[PODS];
    private Sandbox node;
    private Rtnetlink nodeHandle;

    public PodAttachBenchmark() {
        for (int i = 0; i < PODS; i++) {
            podAddresses[i] = "10.88.0." + (i + 2) + "/16";
        }
    }

    @Setup(Level.Invocation)
    public void makeNode() {
        node = Sandbox.create();
        try {
            nodeHandle = Rtnetlink.open(node.ns);
            nodeHandle.links().add(Bridge.of(BRIDGE).withGroup(Sandbox.GROUP).withUp());
            nodeHandle.addresses().add(AddressSpec.of(GATEWAY + "/16", BRIDGE));
        } catch (RuntimeException e) {
            dropAll();
            throw e;
        }
    }

    @Benchmark
    @OperationsPerInvocation(PODS)
    public void podAttach() {
        Measured.start();
        Links links = nodeHandle.links();
        for (int i = 0; i < PODS; i++) {
            NetNs pod = NetNs.create();
            pods[i] = pod;
            links.add(Veth.of(hostEnds[i], "eth0").withPeerIn(pod).withGroup(Sandbox.BATCH_GROUP)
                    .withMaster(BRIDGE).withUp());
            try (Rtnetlink inPod = Rtnetlink.open(pod)) {
                inPod.links().setUp("lo");
                inPod.addresses().add(AddressSpec.of(podAddresses[i], "eth0"));
                inPod.links().setUp("eth0");
                inPod.routes().add(RouteSpec.to("default").withVia(GATEWAY));
            }
        }
        Measured.stop(PODS);
    }

    @TearDown(Level.Invocation)
    public void checkAndDrop() {
        try {
            check();
        } finally {
            dropAll();
        }
    }

    private void check() {
        for (String end : hostEnds) {
            Link l = nodeHandle.links().get(end);
            if (!BRIDGE.equals(l.master()) || !l.isUp()) {
                throw new IllegalStateException(end + " is not up on " + BRIDGE + ": " + l);
            }
        }
        try (Rtnetlink inPod = Rtnetlink.open(pods[PODS - 1])) {
            boolean viaBridge = inPod.routes().list().stream().anyMatch(
                    r -> r.isDefault() && r.gateway() != null
                            && r.gateway().getHostAddress().equals(GATEWAY));
            if (!viaBridge) {
                throw new IllegalStateException("last pod has no default route via " + GATEWAY);
            }
            if (!inPod.ping().ping(GATEWAY, 1, Duration.ofSeconds(3)).ok()) {
                throw new IllegalStateException("last pod cannot ping " + GATEWAY);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the last pod pinged " + GATEWAY, e);
        }
    }

    private void dropAll() {
        try {
            if (nodeHandle != null) {
                nodeHandle.close();
            }
            node.close();
        } finally {
            for (int i = 0; i < PODS; i++) {
                if (pods[i] != null) {
                    pods[i].close();
                    pods[i] = null;
                }
            }
            nodeHandle = null;
        }
    }
}
