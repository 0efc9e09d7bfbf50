package io.netlink4j.core.ns;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.testing.ThrowawayNamespaces;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Many children started inside leave nothing behind: no descriptor (pipes, pidfds), no zombie,
 * no JVM thread in the namespace, whether the program reads and closes the streams or never
 * touches them.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ProcessHygieneTest {
    @RegisterExtension
    static final ThrowawayNamespaces NS = new ThrowawayNamespaces("nlt-proc-");

    @Test
    void twoHundredChildrenLeakNoDescriptorNoZombieAndNoThread() throws Exception {
        NetNs ns = NS.anonymous();
        for (int i = 0; i < 5; i++) { // warm up: the reaper's eventfd, classes, the JIT
            ns.start(new ProcessBuilder("true")).waitFor();
        }
        List<String> fdsBefore = ProcessHygiene.openDescriptors();

        List<Process> all = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Process p = ns.start(new ProcessBuilder("sh", "-c", "echo out " + i + "; echo err >&2; exit " + (i % 4)));
            if (i % 2 == 0) {
                // Half are read and closed as careful programs do...
                p.getOutputStream().close();
                assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo("out " + i + "\n");
                p.getInputStream().close();
                p.getErrorStream().close();
            }
            // ...the other half are never touched: their pipes close when they exit.
            all.add(p);
        }
        for (int i = 0; i < all.size(); i++) {
            assertThat(all.get(i).waitFor()).isEqualTo(i % 4);
        }
        Process untouched = all.get(1);
        assertThat(new String(untouched.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .as("what an untouched child wrote is kept after its pipe was closed").isEqualTo("out 1\n");

        assertThat(ProcessHygiene.openDescriptors()).isEqualTo(fdsBefore);
        assertThat(ProcessHygiene.zombieChildren()).isEmpty();
        for (Process p : all) {
            assertThat(Files.exists(Path.of("/proc", Long.toString(p.pid()), "stat"))
                    && p.toHandle().isAlive()).as("pid %d still there", p.pid()).isFalse();
        }
        assertThat(NamespaceThreads.settledIn(ns.inode())).as("threads of this JVM in the namespace").isEmpty();
    }

    @Test
    void aReaderStillBlockedWhenTheChildExitsClosesThePipeWithoutBeingToldTo() throws Exception {
        NetNs ns = NS.anonymous();
        ns.start(new ProcessBuilder("true")).waitFor();
        List<String> fdsBefore = ProcessHygiene.openDescriptors();
        for (int i = 0; i < 5; i++) {
            // sh exits at once; its background child keeps the pipe open, so the reader is
            // blocked in read() when the reaper reports the exit.
            Process p = ns.start(new ProcessBuilder("sh", "-c", "(sleep 0.3; echo late) & echo early")
                    .redirectErrorStream(true));
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(out).startsWith("early\n");
            assertThat(p.waitFor()).isZero();
        }
        assertThat(ProcessHygiene.openDescriptors()).as("no stream was closed by the test")
                .isEqualTo(fdsBefore);
    }

    @Test
    void concurrentStartsFromVirtualThreadsInTwoNamespacesNeverCross() throws Exception {
        NetNs a = NS.anonymous();
        NetNs b = NS.anonymous();
        a.start(new ProcessBuilder("true")).waitFor();
        List<String> fdsBefore = ProcessHygiene.openDescriptors();
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> callers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            NetNs ns = t % 2 == 0 ? a : b;
            String want = "net:[" + ns.inode() + "]";
            callers.add(Thread.ofVirtual().start(() -> {
                for (int i = 0; i < 20; i++) {
                    try {
                        // cat ends only when its stdin closes: a copy of the pipe held by a
                        // sibling started meanwhile would hang it.
                        Process p = ns.start(new ProcessBuilder("sh", "-c", "readlink /proc/self/ns/net; cat"));
                        p.getOutputStream().write("bye\n".getBytes(StandardCharsets.UTF_8));
                        p.getOutputStream().close();
                        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                        if (!out.equals(want + "\nbye\n") || p.waitFor() != 0) {
                            wrong.add(out);
                        }
                    } catch (Exception e) {
                        wrong.add(e.toString());
                    }
                }
            }));
        }
        for (Thread t : callers) {
            assertThat(t.join(java.time.Duration.ofSeconds(60))).as("a caller hangs").isTrue();
        }
        assertThat(wrong).isEmpty();
        assertThat(ProcessHygiene.openDescriptors()).isEqualTo(fdsBefore);
        assertThat(ProcessHygiene.zombieChildren()).isEmpty();
    }

    @Test
    void noJvmThreadIsInsideWhileAChildRunsThere() throws Exception {
        NetNs ns = NS.anonymous();
        Process p = ns.start(new ProcessBuilder("sleep", "30"));
        try {
            assertThat(Files.readSymbolicLink(Path.of("/proc", Long.toString(p.pid()), "ns", "net")).toString())
                    .isEqualTo("net:[" + ns.inode() + "]");
            assertThat(NamespaceThreads.settledIn(ns.inode())).isEmpty();
            // The reaper is home, in the namespace of the JVM's main thread.
            long home = Long.parseLong(Files.readSymbolicLink(Path.of("/proc/self/ns/net")).toString()
                    .replaceAll("\\D", ""));
            assertThat(NamespaceThreads.named("netns-reaper")).containsExactly("net:[" + home + "]");
        } finally {
            p.destroyForcibly().waitFor();
        }
    }
}
