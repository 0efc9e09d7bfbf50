package io.netlink4j.lab.testing;

import io.netlink4j.lab.Lab;
import io.netlink4j.lab.model.Topologies;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A program that uses the lab's Java API, for the rootless tests: started through the launcher
 * ({@code netlink-lab rootless -- java ... RootlessProbe NAME}) by a user without privileges, it
 * brings a lab up, pings, starts a process in a node, and prints what it saw, one fact a line.
 */
public final class RootlessProbe {
    private RootlessProbe() {}

    public static void main(String[] args) throws Exception {
        System.out.println("uid_map " + Files.readString(Path.of("/proc/self/uid_map")).trim().replaceAll("\\s+", " "));
        try (Lab lab = Lab.up(Topologies.single(args[0], 3))) {
            System.out.println("namespaces " + io.netlink4j.core.ns.NetNs.list());
            System.out.println(lab.pingAll().summary());
            Process p = lab.node("h2").start(new ProcessBuilder("ip", "-4", "-o", "addr", "show", "dev", "eth0")
                    .redirectErrorStream(true));
            System.out.println("h2 " + new String(p.getInputStream().readAllBytes()).trim().replaceAll("\\s+", " "));
            System.out.println("exit " + p.waitFor());
        }
        System.out.println("after " + io.netlink4j.core.ns.NetNs.list());
    }
}
