package io.netlink4j.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The baseline of {@link LabBenchmark}: Debian's Mininet ({@code mn}, installed by
 * {@code benchmarks/mininet.sh}) with Linux bridges and no controller, forked as
 * {@code ip netns exec NS mn --switch lxbr --controller none --topo ...} inside a throwaway
 * namespace made before each operation and deleted after it (not measured): Mininet puts its
 * switches in the namespace it starts in, and nothing may change the machine's own. A run that
 * fails or drops a ping fails the benchmark.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class MininetBenchmark {
    private String ns;

    /** A fresh namespace with {@code lo} up, and a check that Mininet is installed. */
    @Setup(Level.Invocation)
    public void sandbox() {
        if (!Files.isExecutable(Path.of("/usr/bin/mn"))) {
            throw new IllegalStateException("Mininet is not installed: run benchmarks/mininet.sh install (as root)");
        }
        ns = Sandbox.PREFIX + "mn-" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
        run(List.of("ip", "netns", "add", ns));
        run(List.of("ip", "-n", ns, "link", "set", "lo", "up"));
    }

    /** Deletes the namespace, and with it whatever Mininet left. */
    @TearDown(Level.Invocation)
    public void removeSandbox() {
        run(List.of("ip", "netns", "del", ns));
    }

    /** {@code mn --switch lxbr --controller none --topo linear,50 --test none}: up and down. */
    @Benchmark
    public void mininetLinear50UpDown() {
        Measured.start();
        mn("--topo", "linear,50", "--test", "none");
        Measured.stop(1);
    }

    /** {@code mn --switch lxbr --controller none --topo single,20 --test pingall}: up, pingall, down. */
    @Benchmark
    public void mininetSingle20Pingall() {
        Measured.start();
        String out = mn("--topo", "single,20", "--test", "pingall");
        Measured.stop(1);
        if (!out.contains("Results: 0% dropped (380/380 received)")) {
            throw new IllegalStateException("Mininet's pingall dropped pings:\n" + out);
        }
    }

    private String mn(String... args) {
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", ns, "mn", "--switch", "lxbr", "--controller",
                "none"));
        cmd.addAll(List.of(args));
        return run(cmd);
    }

    private static String run(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", cmd) + " exited with " + p.exitValue() + ":\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(String.join(" ", cmd), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", cmd), e);
        }
    }
}
