package io.netlink4j.route;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** iproute2 as an independent witness: runs {@code ip -n NS ...} and parses {@code -j} output. */
final class Ip {
    private Ip() {}

    /** Runs {@code ip -n ns ARGS}; returns stdout, or throws with stderr if it fails. */
    static String run(String ns, String... args) {
        List<String> cmd = new ArrayList<>(List.of("ip", "-n", ns));
        cmd.addAll(List.of(args));
        Result r = exec(cmd);
        if (r.code != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed (" + r.code + "): " + r.err);
        }
        return r.out;
    }

    /** Runs {@code ip -n ns ARGS}; returns exit code, stdout and stderr. */
    static Result tryRun(String ns, String... args) {
        List<String> cmd = new ArrayList<>(List.of("ip", "-n", ns));
        cmd.addAll(List.of(args));
        return exec(cmd);
    }

    record Result(int code, String out, String err) {}

    private static Result exec(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).start();
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            return new Result(p.waitFor(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code ip -n ns -j -d -s link show}, as one map per device. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> links(String ns) {
        return (List<Map<String, Object>>) (List<?>) Json.parse(run(ns, "-j", "-d", "-s", "link", "show"));
    }

    /** The device {@code name} from {@link #links}. */
    static Map<String, Object> link(String ns, String name) {
        return links(ns).stream().filter(l -> name.equals(l.get("ifname"))).findFirst()
                .orElseThrow(() -> new AssertionError("ip does not show " + name + " in " + ns));
    }

    /** {@code map.get(k1).get(k2)...}, or {@code null} when a step is missing. */
    @SuppressWarnings("unchecked")
    static Object at(Map<String, Object> map, String... path) {
        Object cur = map;
        for (String k : path) {
            if (!(cur instanceof Map)) {
                return null;
            }
            cur = ((Map<String, Object>) cur).get(k);
        }
        return cur;
    }
}
