package io.netlink4j.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Veth pairs deleted per second when one {@code Links.deleteGroup} takes every pair of the
 * namespace: {@code pairs} pairs, all in one interface group, one request. A bulk deletion pays a
 * fixed cost (the RCU grace periods of one unregistration) plus CPU work per device, so its
 * cost per pair falls as the group grows; {@link VethDeleteBenchmark#vethDeleteBulk} deletes
 * batches of 100. One operation is one pair; teardown checks that only loopback is left.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class VethBulkDeleteBenchmark {
    /** Pairs in the namespace, all deleted by one request. */
    static final int ALL = 1000;

    /** Pairs in the namespace; always {@value #ALL}, a parameter so that it lines up with the other sizes. */
    @Param({"1000"})
    public int pairs;

    private final String[] names = Names.of("a", ALL);
    private final String[] peers = Names.of("b", ALL);
    private final List<Integer> indices = Names.indices(ALL);
    private Sandbox sandbox;

    @Setup(Level.Invocation)
    public void makeNamespace() {
        if (pairs != ALL) {
            throw new IllegalArgumentException("pairs " + pairs + " must be " + ALL
                    + " (the operations per invocation are fixed at compile time)");
        }
        sandbox = Sandbox.create(s ->
                RawVeth.createAll(s.socket, indices, names, peers, Sandbox.BATCH_GROUP).throwIfFailed());
    }

    @TearDown(Level.Invocation)
    public void checkAndDropNamespace() {
        sandbox.expectLinksAndClose(1);
    }

    /** {@code Links.deleteGroup}: one {@code RTM_DELLINK} for all the namespace's pairs. */
    @Benchmark
    @OperationsPerInvocation(ALL)
    public void vethDeleteBulkAll() {
        Measured.start();
        sandbox.links().deleteGroup(Sandbox.BATCH_GROUP);
        Measured.stop(ALL);
    }
}
