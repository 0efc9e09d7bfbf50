package io.netlink4j.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs iproute2 as an independent witness in tests (the library itself never forks {@code ip}).
 */
public final class Ip {
    private static final Pattern INDEX = Pattern.compile("\"ifindex\":(\\d+)");
    private static final Pattern NAME = Pattern.compile("\"ifname\":\"([^\"]+)\"");

    private Ip() {}

    /** Runs {@code ip ARGS}, returns its standard output; fails with its error output on a non-zero exit. */
    public static String run(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("ip");
        cmd.addAll(List.of(args));
        return exec(cmd);
    }

    /** Runs a command, returns its standard output; fails with its error output on a non-zero exit. */
    public static String exec(List<String> cmd) {
        return exec(cmd, null);
    }

    /** {@link #exec(List)} with {@code stdin} (UTF-8) as the command's standard input, none if {@code null}. */
    public static String exec(List<String> cmd, String stdin) {
        Result r = tryExec(cmd, stdin);
        if (r.exit() != 0) {
            throw new AssertionError(cmd + " exited " + r.exit() + ": " + r.err().trim());
        }
        return r.out();
    }

    /** What a command printed and how it exited, for tests that expect it may fail. */
    public record Result(int exit, String out, String err) {}

    /** Runs a command and returns its exit code and output, whatever the exit code. */
    public static Result tryExec(List<String> cmd) {
        return tryExec(cmd, null);
    }

    /** {@link #tryExec(List)} with {@code stdin} (UTF-8) as the command's standard input, none if {@code null}. */
    public static Result tryExec(List<String> cmd, String stdin) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
            // stdin is written on its own thread too: a command that prints before reading all of it
            // could otherwise fill its stdout pipe while we still block writing.
            CompletableFuture<Void> in = CompletableFuture.runAsync(() -> write(p, stdin));
            // stderr is drained on its own thread so a chatty command cannot block on a full pipe.
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(cmd + " did not finish");
            }
            in.join();
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8),
                    new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted running " + cmd, e);
        }
    }

    private static void write(Process p, String stdin) {
        try (var in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // the command exited without reading all of it: its exit code and output tell why
        }
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The links of a named namespace as {@code ip -n NS -j link} sees them: name to ifindex, in its order. */
    public static Map<String, Integer> links(String ns) {
        return parseLinks(run("-n", ns, "-j", "link"));
    }

    /** Name to ifindex from the JSON array {@code ip -j link} prints (each object starts with its ifindex). */
    public static Map<String, Integer> parseLinks(String json) {
        Map<String, Integer> out = new LinkedHashMap<>();
        Matcher idx = INDEX.matcher(json);
        Matcher name = NAME.matcher(json);
        int from = 0;
        while (idx.find(from)) {
            if (!name.find(idx.end())) {
                throw new AssertionError("no ifname after ifindex at " + idx.start() + " in " + json);
            }
            out.put(name.group(1), Integer.parseInt(idx.group(1)));
            from = name.end();
        }
        return out;
    }

    /** Whether {@code nft} is installed, for the tests that take it as a witness. */
    public static boolean hasNft() {
        try {
            return tryExec(List.of("nft", "--version")).exit() == 0;
        } catch (UncheckedIOException e) {
            return false; // not on the PATH
        }
    }

    /** The names {@code ip netns list} prints, without the "(id: N)" suffix. */
    public static List<String> netnsList() {
        List<String> out = new ArrayList<>();
        for (String line : run("netns", "list").split("\n")) {
            if (!line.isBlank()) {
                out.add(line.trim().split("\\s+")[0]);
            }
        }
        return out;
    }
}
