package io.netlink4j.netfilter;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.ns.NetNs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway named namespace ({@code nlt-nft-<random>}) for a test, deleted on close (also when
 * the test failed, through try-with-resources), with the
 * witnesses the tests compare against: {@code nft} and {@code ip} run inside it through
 * {@code ip netns exec} / {@code ip -n}. The library itself never forks these.
 */
final class TestNs implements AutoCloseable {
    final String name;
    final NetNs ns;

    private TestNs(String name) {
        this.name = name;
        this.ns = NetNs.create(name);
    }

    static TestNs create() {
        byte[] r = new byte[4];
        ThreadLocalRandom.current().nextBytes(r);
        return new TestNs("nlt-nft-" + HexFormat.of().formatHex(r));
    }

    /** {@code nft -j list ruleset} inside, the independent reader of what the library wrote. */
    String rulesetJson() {
        return nft("-j", "list", "ruleset");
    }

    /** Runs {@code nft ARGS} inside; fails the test on a non-zero exit. */
    String nft(String... args) {
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", name, "nft"));
        cmd.addAll(List.of(args));
        return run(cmd, null);
    }

    /** Feeds {@code script} to {@code nft -f -} inside. */
    String nftScript(String script) {
        return run(List.of("ip", "netns", "exec", name, "nft", "-f", "-"), script);
    }

    /** Runs {@code ip -n NAME ARGS}, for topology set-up (netlink-netfilter does not depend on netlink-route). */
    void ip(String... args) {
        List<String> cmd = new ArrayList<>(List.of("ip", "-n", name));
        cmd.addAll(List.of(args));
        run(cmd, null);
    }

    static String run(List<String> cmd, String stdin) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            if (stdin != null) {
                p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("%s finished", cmd).isTrue();
            assertThat(p.exitValue()).as("%s: %s", cmd, out).isZero();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        ns.close();
        NetNs.deleteIfExists(name);
    }
}
