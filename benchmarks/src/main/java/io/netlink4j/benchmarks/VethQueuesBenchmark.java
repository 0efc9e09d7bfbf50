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
 * Veth pairs created per second when both ends ask for one TX and one RX queue
 * ({@code Veth.withQueues(1)}; iproute2's {@code numtxqueues 1 numrxqueues 1}), with the
 * library and with {@code ip -batch}, {@value #BATCH} pairs per invocation into an empty
 * namespace. Without it the kernel gives a veth one queue per possible CPU and then reduces
 * the real count to 1 on the registered device, waiting for an expedited RCU grace period for
 * each end; this measures what that costs, for the library and for iproute2 alike.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class VethQueuesBenchmark {
    static final int BATCH = 100;

    /** Pairs in the namespace once the batch is made; always {@value #BATCH}, a parameter so that it lines up with the other sizes. */
    @Param({"100"})
    public int pairs;

    private final String[] names = Names.of("a", BATCH);
    private final String[] peers = Names.of("b", BATCH);
    private Path batchFile;
    private Sandbox sandbox;

    @Setup(Level.Trial)
    public void writeBatchFile() throws IOException {
        if (pairs != BATCH) {
            throw new IllegalArgumentException("pairs " + pairs + " must be " + BATCH + " (an empty namespace)");
        }
        batchFile = Ip.vethBatchFile(names, peers, Sandbox.BATCH_GROUP, " numtxqueues 1 numrxqueues 1");
        Ip.warmUp();
    }

    @TearDown(Level.Trial)
    public void removeBatchFile() throws IOException {
        Files.deleteIfExists(batchFile);
    }

    @Setup(Level.Invocation)
    public void makeNamespace() {
        sandbox = Sandbox.create();
    }

    @TearDown(Level.Invocation)
    public void checkAndDropNamespace() {
        sandbox.expectLinksAndClose(1 + 2 * BATCH);
    }

    /** {@code Links.add} with {@code withQueues(1)}, one request per pair. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void vethCreateOneQueue() {
        Measured.start();
        var links = sandbox.links();
        for (int i = 0; i < BATCH; i++) {
            links.add(Veth.of(names[i], peers[i]).withGroup(Sandbox.BATCH_GROUP).withQueues(1));
        }
        Measured.stop(BATCH);
    }

    /** {@code Links.addAll} with {@code withQueues(1)}, pipelined. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void vethCreatePipelinedOneQueue() {
        Measured.start();
        List<Veth> specs = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            specs.add(Veth.of(names[i], peers[i]).withGroup(Sandbox.BATCH_GROUP).withQueues(1));
        }
        sandbox.links().addAll(specs).throwIfFailed();
        Measured.stop(BATCH);
    }

    /** Baseline: one {@code ip -batch} process, {@code numtxqueues 1 numrxqueues 1} on both ends. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void ipBatchOneQueue() {
        Measured.start();
        Ip.run(sandbox.ns, "-batch", batchFile.toString());
        Measured.stop(BATCH);
    }
}
