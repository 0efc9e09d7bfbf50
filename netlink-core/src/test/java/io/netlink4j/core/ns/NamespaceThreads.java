package io.netlink4j.core.ns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What the kernel says about this process's threads: which of them are in a given namespace. */
final class NamespaceThreads {
    private NamespaceThreads() {}

    /** "tid comm" of every live thread of this process whose network namespace has {@code inode}. */
    static List<String> in(long inode) throws IOException {
        String want = "net:[" + inode + "]";
        List<String> out = new ArrayList<>();
        List<Path> tasks;
        try (Stream<Path> s = Files.list(Path.of("/proc/self/task"))) {
            tasks = s.toList();
        }
        for (Path t : tasks) {
            try {
                if (Files.readSymbolicLink(t.resolve("ns/net")).toString().equals(want)) {
                    out.add(t.getFileName() + " " + Files.readString(t.resolve("comm")).trim());
                }
            } catch (IOException ended) {
                // the thread ended while we looked
            }
        }
        return out;
    }

    /**
     * {@link #in}, once threads that have already ended for Java have left the kernel's list: a
     * thread whose {@code join} returned still unwinds as a kernel task for a moment, and a check
     * right after would see it. Waits at most two seconds for the list to empty, then returns
     * what is left, so a thread that stays inside still fails the check.
     */
    static List<String> settledIn(long inode) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 2_000_000_000L;
        List<String> now = in(inode);
        while (!now.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
            now = in(inode);
        }
        return now;
    }

    /** The network namespace ("net:[inode]") of every live thread of this process named {@code comm}. */
    static List<String> named(String comm) throws IOException {
        List<String> out = new ArrayList<>();
        List<Path> tasks;
        try (Stream<Path> s = Files.list(Path.of("/proc/self/task"))) {
            tasks = s.toList();
        }
        for (Path t : tasks) {
            try {
                if (Files.readString(t.resolve("comm")).trim().equals(comm)) {
                    out.add(Files.readSymbolicLink(t.resolve("ns/net")).toString());
                }
            } catch (IOException ended) {
                // the thread ended while we looked
            }
        }
        return out;
    }
}
