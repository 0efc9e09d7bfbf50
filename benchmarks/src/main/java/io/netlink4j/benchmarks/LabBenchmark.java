package io.netlink4j.benchmarks;

import io.netlink4j.core.ns.NetNs;
import io.netlink4j.lab.Lab;
import io.netlink4j.lab.model.Reachability;
import io.netlink4j.lab.model.Topologies;
import io.netlink4j.lab.model.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * netlink-lab against Mininet ({@link MininetBenchmark}, same run): Mininet's own topologies
 * brought up and taken down, from nothing to nothing, one per operation (single-shot: the time
 * of each). Each lab has a fresh name ({@code nlblab...}: namespaces {@code nlblab...} and
 * {@code nlblab...-hN}), so a lab never waits for the last one's namespaces.
 *
 * <ul>
 *   <li>{@code linear50UpDown}: {@code linear,50} (50 switches in a chain, a host on each) up and down;</li>
 *   <li>{@code single20UpPingallDown}: {@code single,20} up, every host pings every other once (380 pings,
 *       all must be answered), down;</li>
 *   <li>each of those two both on a quiet kernel (the last lab's clean-up finished, waited for
 *       outside the measured time: the time a program sees) and {@code BackToBack} (that clean-up
 *       competing with the next lab: the rate a loop of labs sustains);</li>
 *   <li>{@code tree1000UpDown}: {@code tree,3,10} — 1,000 hosts under 111 switches — up and down, with the
 *       time of each half and the memory the JVM holds while it is up.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class LabBenchmark {
    private final String prefix = "nlblab" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36).substring(0, 6);
    private int counter;

    private Topology linear50;
    private Topology single20;
    private Topology tree1000;

    /** The topologies are built and checked before measuring; each operation only renames one. */
    @Setup(Level.Trial)
    public void topologies() {
        linear50 = Topologies.linear("x", 50);
        single20 = Topologies.single("x", 20);
        tree1000 = Topologies.tree("x", 3, 10);
    }

    private String next() {
        return prefix + "x" + counter++;
    }

    /**
     * Before each operation of the quiet benchmarks: waits until the kernel has finished the
     * last lab's clean-up (the bridges of a deleted namespace go in a kernel worker that holds
     * the RTNL lock, about 20 ms each: see the README), probing with a namespace made and
     * deleted until that takes no more than 20 ms three times in a row. Not measured.
     */
    @State(Scope.Thread)
    public static class Quiet {
        private int probes;

        @Setup(Level.Invocation)
        public void waitForTheKernel() throws InterruptedException {
            // The kernel starts the clean-up a moment after the namespace goes, and takes the
            // lock only after an RCU grace period: wait for that, then for three quick probes.
            Thread.sleep(200);
            long deadline = System.nanoTime() + 20_000_000_000L;
            int quick = 0;
            while (quick < 3 && System.nanoTime() < deadline) {
                long t0 = System.nanoTime();
                String name = "nlblabprobe" + probes++;
                NetNs.create(name).close();
                NetNs.delete(name);
                quick = System.nanoTime() - t0 < 20_000_000L ? quick + 1 : 0;
                Thread.sleep(50);
            }
        }
    }

    /** The two halves of each operation, reported next to its score. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Halves {
        /** Milliseconds to bring the lab up. */
        public double upMs;
        /** Milliseconds to take it down. */
        public double downMs;
    }

    private Lab timedUp(Topology t, Halves h) {
        long t0 = System.nanoTime();
        Lab lab = Lab.up(t.withName(next()));
        h.upMs = (System.nanoTime() - t0) / 1e6;
        return lab;
    }

    private static void timedDown(Lab lab, Halves h) {
        long t0 = System.nanoTime();
        lab.down();
        h.downMs = (System.nanoTime() - t0) / 1e6;
    }

    /** {@code mn --topo linear,50}, up and down, on a kernel done with the last lab. */
    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 15)
    public void linear50UpDown(Quiet q, Halves h) {
        Measured.start();
        timedDown(timedUp(linear50, h), h);
        Measured.stop(1);
    }

    /** {@code mn --topo linear,50}, up and down, back to back: the kernel's clean-up of the last lab included. */
    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 15)
    public void linear50UpDownBackToBack(Halves h) {
        Measured.start();
        timedDown(timedUp(linear50, h), h);
        Measured.stop(1);
    }

    /** {@code mn --topo single,20 --test pingall}: up, pingall (all answered, or the run fails), down. */
    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 15)
    public Reachability single20UpPingallDown(Quiet q) throws InterruptedException {
        return single20();
    }

    /** {@link #single20UpPingallDown} back to back. */
    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 15)
    public Reachability single20UpPingallDownBackToBack() throws InterruptedException {
        return single20();
    }

    private Reachability single20() throws InterruptedException {
        Measured.start();
        Reachability r;
        try (Lab lab = Lab.up(single20.withName(next()))) {
            r = lab.pingAll().assertAllReachable();
        }
        Measured.stop(1);
        return r;
    }

    /** Times and memory of the 1,000-host lab, reported next to its score. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Large {
        /** Milliseconds to bring it up. */
        public double upMs;
        /** Milliseconds to take it down. */
        public double downMs;
        /** The JVM's resident memory while it is up, in MiB. */
        public double rssMiB;
        /** Heap in use while it is up (live objects and garbage not yet collected), in MiB. */
        public double heapMiB;
    }

    /** {@code tree,3,10}: 1,000 hosts and 111 switches, up and down, on a kernel done with the last lab. */
    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public void tree1000UpDown(Quiet q, Large large) {
        Measured.start();
        long t0 = System.nanoTime();
        Lab lab = Lab.up(tree1000.withName(next()));
        long t1 = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        large.heapMiB = (rt.totalMemory() - rt.freeMemory()) / 1048576.0;
        large.rssMiB = rssKiB() / 1024.0;
        lab.down();
        long t2 = System.nanoTime();
        large.upMs = (t1 - t0) / 1e6;
        large.downMs = (t2 - t1) / 1e6;
        Measured.stop(1);
    }

    /** {@code VmRSS} of {@code /proc/self/status}, in KiB. */
    private static long rssKiB() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmRSS:")) {
                    return Long.parseLong(l.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }
}
