package io.netlink4j.benchmarks;

import io.netlink4j.core.ns.NetNs;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Named network namespaces created and deleted per second, iproute2-compatible (a bind mount
 * under {@code /run/netns}): the library against {@code ip netns add} + {@code ip netns del}
 * forked. One operation is one namespace, created and deleted.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class NamespaceBenchmark {
    private final String prefix = Sandbox.uniqueName() + "-";
    private int counter;
    private String current;

    /** {@code NetNs.create(name)} then {@code NetNs.delete(name)}. */
    @Benchmark
    public void namespaceCreate() {
        Measured.start();
        String name = next();
        NetNs.create(name).close();
        NetNs.delete(name);
        Measured.stop(1);
    }

    /** Baseline: {@code ip netns add NAME} then {@code ip netns del NAME}, two processes. */
    @Benchmark
    public void ipNetnsAddForked() {
        Measured.start();
        String name = next();
        Ip.run(null, "netns", "add", name);
        Ip.run(null, "netns", "del", name);
        Measured.stop(1);
    }

    private String next() {
        current = prefix + counter++;
        return current;
    }

    /** A failed benchmark may leave its last namespace behind; never more than that one. */
    @TearDown(Level.Iteration)
    public void removeLeftover() {
        if (current != null) {
            NetNs.deleteIfExists(current);
        }
    }
}
