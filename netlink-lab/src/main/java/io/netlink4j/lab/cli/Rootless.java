package io.netlink4j.lab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Running without root. A process may create a user namespace in which it is root, and with it a
 * network namespace it may fill with veths, bridges and nftables tables, as an unprivileged user
 * on a kernel that allows it. A multithreaded program such as the JVM cannot move itself into a
 * new user namespace ({@code unshare(CLONE_NEWUSER)} refuses), so the command starts a new
 * process inside one: util-linux's {@code unshare --user --map-root-user --net --mount} (part of
 * every Debian base system; not one of the tools the library itself never forks — it is only the
 * launcher) runs a tiny shell that mounts a private tmpfs on {@code /run/netns} (or on {@code /run}
 * when there is no {@code /run/netns} to cover) and then {@code exec}s the command. The lab then
 * lives in the user's own namespaces and goes away with the command.
 */
final class Rootless {
    /** Set in the environment of a command run by {@link #run}, so it knows it is inside. */
    static final String ENV = "NETLINK_LAB_ROOTLESS";
    private static final int CAP_NET_ADMIN = 12;
    private static final int CAP_SYS_ADMIN = 21;
    private static final String SCRIPT = "set -e; if [ -d /run/netns ]; then mount -t tmpfs -o mode=0755 netlink-lab "
            + "/run/netns; else mount -t tmpfs -o mode=0755 netlink-lab /run; mkdir /run/netns; fi; exec \"$@\"";

    private Rootless() {}

    /** Whether this process may make namespaces and devices itself ({@code CAP_SYS_ADMIN} and {@code CAP_NET_ADMIN}). */
    static boolean privileged() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("CapEff:")) {
                    long caps = Long.parseUnsignedLong(line.substring(7).trim(), 16);
                    return (caps >>> CAP_NET_ADMIN & 1) == 1 && (caps >>> CAP_SYS_ADMIN & 1) == 1;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return false;
        }
        return false;
    }

    /** Whether this process runs inside {@link #run}'s namespaces. */
    static boolean inside() {
        return "1".equals(System.getenv(ENV));
    }

    /** Why the kernel will not let an unprivileged user make a user namespace, or {@code null} if it will. */
    static String forbidden() {
        for (String[] knob : new String[][] {{"/proc/sys/kernel/unprivileged_userns_clone", "0"},
                {"/proc/sys/user/max_user_namespaces", "0"}}) {
            try {
                Path p = Path.of(knob[0]);
                if (Files.exists(p) && Files.readString(p).trim().equals(knob[1])) {
                    return "this kernel forbids unprivileged user namespaces (" + knob[0].substring(10).replace('/', '.')
                            + " = " + knob[1] + "): run as root";
                }
            } catch (IOException e) {
                // unreadable: let unshare tell
            }
        }
        return null;
    }

    /**
     * Runs {@code command} inside a new user, network and mount namespace with a private
     * {@code /run/netns}, its input and output the caller's, and returns its exit code.
     */
    static int run(List<String> command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("unshare", "--user", "--map-root-user", "--net", "--mount",
                "--propagation", "private", "--", "/bin/sh", "-c", SCRIPT, "sh"));
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().put(ENV, "1");
        return pb.start().waitFor();
    }

    /** This program again with {@code args}: this JVM's java binary, the class path, the main class. */
    static List<String> javaCommand(List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(args);
        return cmd;
    }
}
