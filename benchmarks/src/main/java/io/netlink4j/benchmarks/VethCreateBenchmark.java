package io.netlink4j.benchmarks;

import io.netlink4j.route.link.Veth;
import java.io.IOException;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Veth pairs created per second: the library one request at a time and pipelined, against
 * {@code ip link add} forked per pair and one {@code ip -batch} for all pairs, in the same run.
 *
 * <p>Each invocation gets a fresh named namespace already holding {@code pairs - 100} pairs
 * (made in setup, not measured) and creates the last {@value #BATCH}; one operation is one pair.
 * So {@code pairs} = 100 measures an empty namespace, 1000 one with 900 pairs in it already,
 * which shows whether the cost grows with the number of devices. Teardown checks that the
 * namespace holds exactly {@code 2 * pairs} veths plus loopback, then deletes everything.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class VethCreateBenchmark {
    /** Pairs created per invocation. */
    static final int BATCH = 100;

    /** Pairs in the namespace once the batch is made. */
    @Param({"100", "1000"})
    public int pairs;

    private final String[] names = Names.of("a", BATCH);
    private final String[] peers = Names.of("b", BATCH);
    private Path batchFile;
    private Sandbox sandbox;

    @Setup(Level.Trial)
    public void writeBatchFile() throws IOException {
        if (pairs < BATCH) {
            throw new IllegalArgumentException("pairs " + pairs + " must be at least the batch of " + BATCH);
        }
        batchFile = Ip.vethBatchFile(names, peers, Sandbox.BATCH_GROUP, "");
        Ip.warmUp();
    }

    @TearDown(Level.Trial)
    public void removeBatchFile() throws IOException {
        Files.deleteIfExists(batchFile);
    }

    @Setup(Level.Invocation)
    public void makeNamespace() {
        sandbox = Sandbox.create(s -> s.fill(pairs - BATCH));
    }

    @TearDown(Level.Invocation)
    public void checkAndDropNamespace() {
        sandbox.expectLinksAndClose(1 + 2 * pairs);
    }

    /** {@code Links.add}: one {@code RTM_NEWLINK} per pair, each waiting for its ACK. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void vethCreate() {
        Measured.start();
        var links = sandbox.links();
        for (int i = 0; i < BATCH; i++) {
            links.add(Veth.of(names[i], peers[i]).withGroup(Sandbox.BATCH_GROUP));
        }
        Measured.stop(BATCH);
    }

    /** {@code Links.addAll}: the same requests, up to 64 per {@code sendto}, ACKs collected after. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void vethCreatePipelined() {
        Measured.start();
        List<Veth> specs = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            specs.add(Veth.of(names[i], peers[i]).withGroup(Sandbox.BATCH_GROUP));
        }
        sandbox.links().addAll(specs).throwIfFailed();
        Measured.stop(BATCH);
    }

    /**
     * Baseline: {@code ip link add aI group G type veth peer name bI}, one process per pair,
     * started inside the namespace ({@code NetNs.start}). Not {@code ip -n NS}: that makes every process
     * unshare a mount namespace and remount {@code /sys} first, which would slow the baseline
     * down with work the library does not have to match.
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void ipLinkAddForked() {
        Measured.start();
        String group = Integer.toString(Sandbox.BATCH_GROUP);
        for (int i = 0; i < BATCH; i++) {
            Ip.run(sandbox.ns, "link", "add", names[i], "group", group, "type", "veth", "peer", "name", peers[i]);
        }
        Measured.stop(BATCH);
    }

    /** Baseline: one {@code ip -batch FILE} process creating all pairs, started inside the namespace. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void ipBatch() {
        Measured.start();
        Ip.run(sandbox.ns, "-batch", batchFile.toString());
        Measured.stop(BATCH);
    }
}
