package io.netlink4j.core.ns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The carrier trap (DESIGN.md, "Threads born inside a namespace stay there"): code run inside
 * a namespace starts a platform thread, a virtual thread, and uses the common pool, parallel
 * streams and CompletableFuture; afterwards every thread of the JVM except the platform thread
 * deliberately started inside is still in the JVM's namespace.
 *
 * <p>Runs in a JVM of its own (surefire execution {@code carrier-trap}): in a JVM where other
 * tests already started the shared pools the trap could not spring, and the test would prove
 * nothing.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CarrierTrapTest {
    private static String netOf(Path task) {
        try {
            return Files.readSymbolicLink(task.resolve("ns/net")).toString();
        } catch (IOException e) {
            return null; // the thread ended meanwhile
        }
    }

    private static long currentTid() throws IOException {
        // /proc/thread-self -> "PID/task/TID"
        return Long.parseLong(Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString());
    }

    /** Every live thread of this process as "tid comm" to its network namespace. */
    private static Map<String, String> threads() throws IOException {
        Map<String, String> out = new TreeMap<>();
        List<Path> tasks;
        try (var s = Files.list(Path.of("/proc/self/task"))) {
            tasks = s.toList();
        }
        for (Path t : tasks) {
            String ns = netOf(t);
            String comm;
            try {
                comm = Files.readString(t.resolve("comm")).trim();
            } catch (IOException e) {
                continue;
            }
            if (ns != null) {
                out.put(t.getFileName() + " " + comm, ns);
            }
        }
        return out;
    }

    @Test
    void sharedThreadsStayHomeWhenCodeInsideStartsThreads() throws Exception {
        String home = Files.readSymbolicLink(Path.of("/proc/thread-self/ns/net")).toString();
        assertThat(threads()).as("threads before the test").allSatisfy((t, ns) -> assertThat(ns).isEqualTo(home));

        try (NetNs ns = NetNs.create()) {
            String inside = "net:[" + ns.inode() + "]";
            CountDownLatch release = new CountDownLatch(1);
            long[] deliberate = new long[1];
            List<String> seenInside = new ArrayList<>();
            Thread platform = ns.call(() -> {
                CountDownLatch started = new CountDownLatch(1);
                Thread p = new Thread(() -> {
                    try {
                        deliberate[0] = currentTid();
                        started.countDown();
                        release.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, "started-inside");
                p.start();
                started.await();
                Thread v = Thread.ofVirtual().start(() -> seenInside.add("virtual " + netOf(Path.of("/proc/thread-self"))));
                v.join();
                seenInside.add("common " + ForkJoinPool.commonPool()
                        .submit(() -> netOf(Path.of("/proc/thread-self"))).get());
                seenInside.add("parallel " + IntStream.range(0, 10_000).parallel().map(x -> x % 7).sum());
                seenInside.add("async " + CompletableFuture.supplyAsync(() -> netOf(Path.of("/proc/thread-self")))
                        .get(10, TimeUnit.SECONDS));
                CompletableFuture<String> delayed = new CompletableFuture<>();
                CompletableFuture.delayedExecutor(5, TimeUnit.MILLISECONDS)
                        .execute(() -> delayed.complete(netOf(Path.of("/proc/thread-self"))));
                seenInside.add("delayed " + delayed.get(10, TimeUnit.SECONDS));
                Thread sleeper = Thread.ofVirtual().start(() -> {
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                sleeper.join();
                return p;
            });

            // What the work inside saw: the shared threads ran it at home, not inside.
            assertThat(seenInside).containsExactly("virtual " + home, "common " + home,
                    "parallel " + IntStream.range(0, 10_000).map(x -> x % 7).sum(), "async " + home,
                    "delayed " + home);

            Map<String, String> after = threads();
            String deliberateKey = after.keySet().stream()
                    .filter(k -> k.startsWith(deliberate[0] + " ")).findFirst().orElseThrow();
            assertThat(after.get(deliberateKey)).as("the platform thread started inside").isEqualTo(inside);
            after.remove(deliberateKey);
            assertThat(after).as("every other thread of the JVM")
                    .allSatisfy((t, n) -> assertThat(n).as(t).isEqualTo(home));

            // Virtual threads started later from here run at home.
            for (int i = 0; i < 20; i++) {
                String[] where = new String[1];
                Thread.ofVirtual().start(() -> where[0] = netOf(Path.of("/proc/thread-self"))).join();
                assertThat(where[0]).isEqualTo(home);
            }
            release.countDown();
            platform.join();

            // Control: the check does catch a thread born inside. A pool created outside but
            // first used inside gets its worker there, which is why shared pools are warmed.
            ForkJoinPool cold = new ForkJoinPool(1);
            try {
                long workerTid = ns.call(() -> cold.submit(CarrierTrapTest::currentTid).get());
                String worker = threads().entrySet().stream()
                        .filter(e -> e.getKey().startsWith(workerTid + " ")).map(Map.Entry::getValue)
                        .findFirst().orElseThrow();
                assertThat(worker).isEqualTo(inside);
            } finally {
                cold.shutdownNow();
            }
        }
    }
}
