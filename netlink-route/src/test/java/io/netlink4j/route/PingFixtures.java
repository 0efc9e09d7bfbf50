package io.netlink4j.route;

import static io.netlink4j.route.internal.IfLink.IFF_UP;
import static io.netlink4j.route.internal.Rtnetlink.RTM_NEWLINK;

import io.netlink4j.core.ns.NetNs;
import io.netlink4j.route.internal.Structs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Fixtures of the ping and sysctl tests: anonymous throwaway namespaces (nothing to leave behind
 * under {@code /run/netns}), with iproute2 and {@code cat} run inside them by {@code nsenter} as
 * fixture makers and independent witnesses.
 */
final class PingFixtures {
    private PingFixtures() {}

    /** Runs a command (iproute2 as fixture or witness) and returns its output; fails on a non-zero exit. */
    static String run(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + String.join(" ", cmd));
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new AssertionError(String.join(" ", cmd) + " exited " + p.exitValue() + ": " + out);
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Sets {@code lo} (index 1 in every namespace) up with a raw RTM_NEWLINK on the handle's socket. */
    static void loUp(RouteHandle h) {
        h.socket().execute(RTM_NEWLINK, 0, "RTM_NEWLINK", "lo", w -> Structs.ifinfomsg(w, 0, 1, IFF_UP, IFF_UP));
    }

    /** {@code Icmp: InEchos} (IPv4) or {@code Icmp6InEchos}, read by {@code cat} inside {@code ns}. */
    static long inEchos(NetNs ns, boolean v6) {
        if (v6) {
            for (String line : inside(ns, "cat", "/proc/net/snmp6").split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f[0].equals("Icmp6InEchos")) {
                    return Long.parseLong(f[1]);
                }
            }
            throw new AssertionError("no Icmp6InEchos in " + ns);
        }
        List<String[]> icmp = new ArrayList<>();
        for (String line : inside(ns, "cat", "/proc/net/snmp").split("\n")) {
            if (line.startsWith("Icmp:")) {
                icmp.add(line.split("\\s+"));
            }
        }
        String[] names = icmp.get(0);
        String[] values = icmp.get(1);
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals("InEchos")) {
                return Long.parseLong(values[i]);
            }
        }
        throw new AssertionError("no Icmp InEchos in " + ns);
    }

    /**
     * The namespace as a path other processes can open ({@code /proc/JVM/fd/N}): with it,
     * {@code nsenter --net=PATH} runs a witness inside an anonymous namespace, and iproute2 takes
     * it wherever it takes a namespace name ({@code ip link add ... netns PATH}).
     */
    static String path(NetNs ns) {
        return "/proc/" + ProcessHandle.current().pid() + "/fd/" + ns.fd();
    }

    /** Runs {@code cmd} inside {@code ns} through {@code nsenter}. */
    static String inside(NetNs ns, String... cmd) {
        String[] all = new String[cmd.length + 2];
        all[0] = "nsenter";
        all[1] = "--net=" + path(ns);
        System.arraycopy(cmd, 0, all, 2, cmd.length);
        return run(all);
    }
}
