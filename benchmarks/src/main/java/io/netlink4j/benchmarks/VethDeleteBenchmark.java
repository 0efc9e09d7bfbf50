package io.netlink4j.benchmarks;

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
 * Veth pairs deleted per second: one {@code RTM_DELLINK} at a time (each waits for an RCU grace
 * period in the kernel) against one request deleting the whole interface group.
 *
 * <p>Each invocation gets a fresh named namespace holding {@code pairs} pairs, the last
 * {@value #BATCH} of them in their own group, and deletes those {@value #BATCH}; one operation
 * is one pair. Teardown checks that exactly the batch went.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class VethDeleteBenchmark {
    /** Pairs deleted per invocation. */
    static final int BATCH = 100;

    /** Pairs in the namespace before the batch is deleted. */
    @Param({"100", "1000"})
    public int pairs;

    private final String[] names = Names.of("a", BATCH);
    private final String[] peers = Names.of("b", BATCH);
    private final java.util.List<Integer> indices = Names.indices(BATCH);
    private Sandbox sandbox;

    @Setup(Level.Invocation)
    public void makeNamespace() {
        sandbox = Sandbox.create(s -> {
            s.fill(pairs - BATCH);
            RawVeth.createAll(s.socket, indices, names, peers, Sandbox.BATCH_GROUP).throwIfFailed();
        });
    }

    @TearDown(Level.Invocation)
    public void checkAndDropNamespace() {
        sandbox.expectLinksAndClose(1 + 2 * (pairs - BATCH));
    }

    /** {@code Links.delete}: one {@code RTM_DELLINK} by name per pair (the peer goes with it), each waiting for its ACK. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void vethDelete() {
        Measured.start();
        var links = sandbox.links();
        for (int i = 0; i < BATCH; i++) {
            links.delete(names[i]);
        }
        Measured.stop(BATCH);
    }

    /** {@code Links.deleteGroup}: one {@code RTM_DELLINK} for the batch's interface group. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void vethDeleteBulk() {
        Measured.start();
        sandbox.links().deleteGroup(Sandbox.BATCH_GROUP);
        Measured.stop(BATCH);
    }
}
