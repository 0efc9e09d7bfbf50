package io.netlink4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** iproute2 (and nft) as the independent witness: the tests fork them, the examples never do. */
final class Ip {
    private Ip() {}

    /** Runs {@code ip ARGS} and returns its output; fails the test on a non-zero exit. */
    static String ip(String... args) {
        List<String> cmd = new ArrayList<>(List.of("ip"));
        cmd.addAll(List.of(args));
        Result r = exec(cmd);
        assertThat(r.code).as("exit status of %s: %s", cmd, r.output).isZero();
        return r.output;
    }

    /** Runs {@code tc ARGS} (or {@code bridge}, with {@code tool}) and returns its output; fails the test on a non-zero exit. */
    static String tool(String tool, String... args) {
        List<String> cmd = new ArrayList<>(List.of(tool));
        cmd.addAll(List.of(args));
        Result r = exec(cmd);
        assertThat(r.code).as("exit status of %s: %s", cmd, r.output).isZero();
        return r.output;
    }

    /** Runs a command, returning exit status and standard output. */
    static Result exec(List<String> cmd) {
        try {
            // stderr apart: ip netns list complains on stderr about other tests' half-deleted namespaces
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + cmd);
            }
            return new Result(p.exitValue(), out);
        } catch (IOException e) {
            throw new AssertionError("cannot run " + cmd + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The named namespaces as {@code ip netns list} prints them (names only). */
    static List<String> netnsList() {
        List<String> names = new ArrayList<>();
        for (String line : ip("netns", "list").split("\n")) {
            if (!line.isBlank()) {
                names.add(line.trim().split(" ")[0]);
            }
        }
        return names;
    }

    /** Whether {@code nft} is installed, for the NAT witness. */
    static boolean hasNft() {
        try {
            return exec(List.of("nft", "--version")).code == 0;
        } catch (AssertionError e) {
            return false;
        }
    }

    /** Exit status and output. */
    record Result(int code, String output) {}
}
