package io.netlink4j.core.ns;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Scenarios that need a JVM of their own (fresh pools, a shortened keep-alive), run by
 * {@link SharedThreadsStayHomeTest}; each prints {@code key=value} lines for the test to check.
 *
 * <p>The pools' keep-alive (30 s for virtual-thread carriers, 60 s for the common pool) has no
 * system property, so these scenarios shorten it by reflection ({@code --add-opens}), which
 * lets the 45-second reproduction run in a second.
 */
public final class SharedPoolScenarios {
    private static final long KEEP_ALIVE_MILLIS = 150;
    private static ForkJoinPool carriers;

    private SharedPoolScenarios() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "resident" -> outlivingTheKeepAlive(true);
            case "call" -> outlivingTheKeepAlive(false);
            case "virtual-caller" -> virtualCaller();
            case "process" -> processesInside();
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.out.flush();
        System.exit(0);
    }

    private static String where() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/thread-self/ns/net")).toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void shortenKeepAlive() throws Exception {
        Field keepAlive = ForkJoinPool.class.getDeclaredField("keepAlive");
        keepAlive.setAccessible(true);
        Field scheduler = Class.forName("java.lang.VirtualThread").getDeclaredField("DEFAULT_SCHEDULER");
        scheduler.setAccessible(true);
        carriers = (ForkJoinPool) scheduler.get(null);
        keepAlive.setLong(carriers, KEEP_ALIVE_MILLIS);
        keepAlive.setLong(ForkJoinPool.commonPool(), KEEP_ALIVE_MILLIS);
    }

    /** Waits until every idle carrier and common-pool worker has retired. */
    private static void awaitRetired() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (carriers.getPoolSize() > 0 || ForkJoinPool.commonPool().getPoolSize() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("pools did not shrink: " + carriers + " " + ForkJoinPool.commonPool());
            }
            Thread.sleep(20);
        }
    }

    private static String attempt(String what, Callable task) {
        try {
            return what + " ran at " + task.call();
        } catch (Throwable e) {
            return what + " failed: " + e.getClass().getSimpleName();
        }
    }

    private interface Callable {
        String call() throws Exception;
    }

    /**
     * The reproduction: code inside (a resident thread, or a call) outlives the pools'
     * keep-alive, then starts a virtual thread and uses the common pool; afterwards count where
     * main's virtual threads, async tasks, parallel stream and delayed tasks ran.
     */
    private static void outlivingTheKeepAlive(boolean resident) throws Exception {
        shortenKeepAlive();
        String home = where();
        // Pools with workers, all born here.
        for (int i = 0; i < 4; i++) {
            Thread.ofVirtual().start(() -> {}).join();
        }
        CompletableFuture.supplyAsync(SharedPoolScenarios::where).get();
        try (NetNs ns = NetNs.create()) {
            String inside = "net:[" + ns.inode() + "]";
            List<String> attempts = new ArrayList<>();
            Runnable body = () -> {
                try {
                    awaitRetired();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                attempts.add(attempt("virtual", () -> {
                    String[] w = new String[1];
                    Thread.ofVirtual().start(() -> w[0] = where()).join();
                    return w[0];
                }));
                attempts.add(attempt("supplyAsync", () -> CompletableFuture.supplyAsync(SharedPoolScenarios::where)
                        .get(5, TimeUnit.SECONDS)));
            };
            if (resident) {
                ns.startThread("srv", body).join();
            } else {
                ns.run(body::run);
            }
            System.out.println("inside.attempts=" + String.join("; ", attempts).replace(inside, "INSIDE")
                    .replace(home, "HOME"));

            Map<String, Integer> ranIn = new TreeMap<>();
            List<Thread> vts = new ArrayList<>();
            Set<String> vtWhere = ConcurrentHashMap.newKeySet();
            AtomicLong foreignVirtual = new AtomicLong();
            for (int i = 0; i < 200; i++) {
                vts.add(Thread.ofVirtual().start(() -> {
                    if (!where().equals(home)) {
                        foreignVirtual.incrementAndGet();
                    }
                    vtWhere.add(where());
                }));
            }
            for (Thread t : vts) {
                t.join();
            }
            ranIn.put("virtual", (int) foreignVirtual.get());
            int async = 0;
            for (int i = 0; i < 50; i++) {
                if (!CompletableFuture.supplyAsync(SharedPoolScenarios::where).get().equals(home)) {
                    async++;
                }
            }
            ranIn.put("supplyAsync", async);
            ranIn.put("parallel", (int) IntStream.range(0, 200).parallel()
                    .filter(x -> !where().equals(home)).count());
            int delayed = 0;
            for (int i = 0; i < 20; i++) {
                CompletableFuture<String> f = new CompletableFuture<>();
                CompletableFuture.delayedExecutor(1, TimeUnit.MILLISECONDS).execute(() -> f.complete(where()));
                if (!f.get(5, TimeUnit.SECONDS).equals(home)) {
                    delayed++;
                }
            }
            ranIn.put("delayed", delayed);
            System.out.println("foreign.counts=" + ranIn);
            System.out.println("threads.inside=" + NamespaceThreads.in(ns.inode()));
        }
    }

    /**
     * A virtual thread makes the JVM's first {@code call} while other virtual threads tick every
     * millisecond; prints the longest gap between ticks before the call (baseline) and during it.
     */
    private static void virtualCaller() throws Exception {
        try (NetNs ns = NetNs.create()) {
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong maxGap = new AtomicLong();
            List<Thread> tickers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                tickers.add(Thread.ofVirtual().start(() -> {
                    long last = System.nanoTime();
                    while (!stop.get()) {
                        try {
                            Thread.sleep(1);
                        } catch (InterruptedException e) {
                            return;
                        }
                        long now = System.nanoTime();
                        maxGap.accumulateAndGet(now - last, Math::max);
                        last = now;
                    }
                }));
            }
            Thread.sleep(300); // tickers settle
            maxGap.set(0);
            Thread.sleep(1_000);
            long baseline = maxGap.getAndSet(0);
            long[] callNanos = new long[1];
            Thread caller = Thread.ofVirtual().start(() -> {
                long start = System.nanoTime();
                ns.call(NetNs::currentInode);
                callNanos[0] = System.nanoTime() - start;
            });
            caller.join();
            Thread.sleep(20); // a stalled ticker records its gap when it runs again
            long during = maxGap.get();
            stop.set(true);
            for (Thread t : tickers) {
                t.join();
            }
            System.out.println("baseline.gap.micros=" + baseline / 1_000);
            System.out.println("call.gap.micros=" + during / 1_000);
            System.out.println("call.micros=" + callNanos[0] / 1_000);
        }
    }

    /**
     * Children started inside with every pool retired: the first async work after their exit
     * ({@code onExit} callbacks) makes the pools' new workers, from the library's reaper, which
     * must be home; then main's own work and the JDK's own process reaper run home too.
     */
    private static void processesInside() throws Exception {
        shortenKeepAlive();
        String home = where();
        Thread.ofVirtual().start(() -> {}).join();
        CompletableFuture.supplyAsync(SharedPoolScenarios::where).get();
        awaitRetired();
        try (NetNs ns = NetNs.create()) {
            String inside = "net:[" + ns.inode() + "]";
            Set<String> onExit = ConcurrentHashMap.newKeySet();
            List<String> children = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Process p = ns.start(new ProcessBuilder("readlink", "/proc/self/ns/net"));
                CompletableFuture<?> f = p.onExit().thenRun(() -> onExit.add(where()));
                children.add(new String(p.getInputStream().readAllBytes()).trim());
                f.get(10, TimeUnit.SECONDS);
            }
            Process sleeper = ns.start(new ProcessBuilder("sleep", "30"));
            System.out.println("threads.inside.while.running=" + NamespaceThreads.in(ns.inode()));
            sleeper.destroy();
            sleeper.waitFor();
            System.out.println("children.ran.in=" + new java.util.TreeSet<>(children).toString()
                    .replace(inside, "INSIDE").replace(home, "HOME"));
            System.out.println("onExit.ran.in=" + onExit.toString().replace(inside, "INSIDE").replace(home, "HOME"));

            Map<String, Integer> ranIn = new TreeMap<>();
            int virtual = 0;
            for (int i = 0; i < 50; i++) {
                String[] w = new String[1];
                Thread.ofVirtual().start(() -> w[0] = where()).join();
                virtual += w[0].equals(home) ? 0 : 1;
            }
            ranIn.put("virtual", virtual);
            int async = 0;
            for (int i = 0; i < 50; i++) {
                async += CompletableFuture.supplyAsync(SharedPoolScenarios::where).get().equals(home) ? 0 : 1;
            }
            ranIn.put("supplyAsync", async);
            new ProcessBuilder("true").start().waitFor(); // the JDK's own reaper, started from main
            System.out.println("foreign.counts=" + ranIn);
            System.out.println("reapers.ran.in=" + new java.util.TreeSet<>(NamespaceThreads.named("netns-reaper"))
                    .toString().replace(inside, "INSIDE").replace(home, "HOME")
                    + " " + new java.util.TreeSet<>(NamespaceThreads.named("process reaper")).toString()
                    .replace(inside, "INSIDE").replace(home, "HOME"));
            System.out.println("threads.inside=" + NamespaceThreads.in(ns.inode()));
        }
    }
}
