package io.netlink4j.core.ns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The carrier trap (DESIGN.md, "Code inside a namespace") in a JVM whose shared pools nobody has
 * used yet: code run inside starts a platform thread, a virtual thread, and uses the common pool,
 * parallel streams and CompletableFuture. Each either runs outside, in the JVM's namespace, or is
 * refused; afterwards no thread of the JVM is in the namespace, and virtual threads started from
 * here run at home.
 *
 * <p>Runs in a JVM of its own (surefire execution {@code carrier-trap}): in a JVM where other
 * tests already started the shared pools the trap could not spring.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CarrierTrapTest {
    private static String where() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/thread-self/ns/net")).toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Work {
        Object run() throws Exception;
    }

    /** "ran at X" or "refused" (the thread a pool needed could not be born inside). */
    private static String attempt(Work w) {
        try {
            return "ran at " + w.run();
        } catch (OutOfMemoryError e) {
            assertThat(e).hasMessageContaining("unable to create native thread");
            return "refused";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void sharedThreadsStayHomeWhenCodeInsideStartsThreads() throws Exception {
        String home = where();
        try (NetNs ns = NetNs.create()) {
            String inside = "net:[" + ns.inode() + "]";
            List<String> seen = ns.call(() -> {
                List<String> out = new ArrayList<>();
                out.add("platform " + attempt(() -> {
                    Thread t = new Thread(() -> {});
                    t.start();
                    return where();
                }));
                out.add("virtual " + attempt(() -> {
                    String[] w = new String[1];
                    Thread.ofVirtual().start(() -> w[0] = where()).join();
                    return w[0];
                }));
                out.add("common " + attempt(() -> ForkJoinPool.commonPool().submit(CarrierTrapTest::where).get()));
                out.add("parallel " + attempt(() -> IntStream.range(0, 10_000).parallel().map(x -> x % 7).sum()));
                out.add("async " + attempt(() -> CompletableFuture.supplyAsync(CarrierTrapTest::where)
                        .get(10, TimeUnit.SECONDS)));
                out.add("delayed " + attempt(() -> {
                    CompletableFuture<String> d = new CompletableFuture<>();
                    CompletableFuture.delayedExecutor(5, TimeUnit.MILLISECONDS).execute(() -> d.complete(where()));
                    return d.get(10, TimeUnit.SECONDS);
                }));
                return out;
            });
            assertThat(seen).as("inside is %s", inside).hasSize(6)
                    .allSatisfy(s -> assertThat(s).doesNotContain(inside))
                    .allSatisfy(s -> assertThat(s).matches(".* (ran at .*|refused)"));
            assertThat(seen.get(0)).isEqualTo("platform refused");

            assertThat(NamespaceThreads.settledIn(ns.inode())).as("threads of the JVM in the namespace").isEmpty();
            for (int i = 0; i < 20; i++) {
                String[] w = new String[1];
                Thread.ofVirtual().start(() -> w[0] = where()).join();
                assertThat(w[0]).isEqualTo(home);
            }

            // Control: a pool made outside but first used inside would get its worker there;
            // that worker is refused instead, and the pool works once used from outside.
            ForkJoinPool cold = new ForkJoinPool(1);
            try {
                assertThat(ns.call(() -> attempt(() -> cold.submit(CarrierTrapTest::where).get())))
                        .isEqualTo("refused");
                assertThat(cold.submit(CarrierTrapTest::where).get()).isEqualTo(home);
                assertThat(NamespaceThreads.settledIn(ns.inode())).isEmpty();
            } finally {
                cold.shutdownNow();
            }
        }
    }
}
