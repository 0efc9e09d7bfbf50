package io.netlink4j.route;

import io.netlink4j.core.ns.NetNs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A throwaway anonymous namespace with a {@link RouteHandle} on it, and iproute2 as an independent
 * witness, run inside it by {@code nsenter --net=/proc/PID/fd/FD ip ...} (no name needed, so
 * parallel test runs never collide). Closing the last descriptor frees the namespace and
 * everything in it.
 */
final class ScratchNs implements AutoCloseable {
    final NetNs ns;
    final RouteHandle h;
    private final String nsPath;

    ScratchNs() {
        this.ns = NetNs.create();
        this.nsPath = "/proc/" + ProcessHandle.current().pid() + "/fd/" + ns.fd();
        RouteHandle handle;
        try {
            handle = RouteHandle.open(ns);
        } catch (RuntimeException e) {
            ns.close();
            throw e;
        }
        this.h = handle;
    }

    /** A veth pair {@code a}/{@code b}, both up, made by iproute2 (the links API lives elsewhere). */
    ScratchNs veth(String a, String b) {
        ip("link", "add", a, "type", "veth", "peer", "name", b);
        ip("link", "set", a, "up");
        ip("link", "set", b, "up");
        return this;
    }

    /** Runs {@code ip ARGS} inside the namespace, returning stdout; fails the test on a non-zero exit. */
    String ip(String... args) {
        Result r = tryIp(args);
        if (r.exit != 0) {
            throw new AssertionError("ip " + String.join(" ", args) + " failed (" + r.exit + "): " + r.err);
        }
        return r.out;
    }

    record Result(int exit, String out, String err) {}

    Result tryIp(String... args) {
        List<String> cmd = new ArrayList<>(List.of("nsenter", "--net=" + nsPath, "ip"));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(p.waitFor(), out, err);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** {@code ip -j ARGS} inside the namespace, parsed. */
    List<Map<String, Object>> json(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "-j";
        System.arraycopy(args, 0, all, 1, args.length);
        return MiniJson.array(ip(all));
    }

    @Override
    public void close() {
        try {
            h.close();
        } finally {
            ns.close();
        }
    }
}
