package io.netlink4j.core.ns;

import static io.netlink4j.core.uapi.SysConst.O_RDONLY;

import io.netlink4j.core.sys.Sys;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Starts, once, from the JVM's own namespace, the JDK threads that are started on first use and
 * then live as long as the JVM: the {@code VirtualThread-unblocker} (started by the class
 * initializer of virtual threads) and the delay schedulers of the virtual-thread scheduler and of
 * the common pool (started by the first timed wait or delayed task).
 *
 * <p>Code inside a namespace runs under {@link ThreadFilter} and cannot start threads. Had it
 * been the first user of virtual threads, their class initializer would fail there and leave
 * virtual threads unusable for the life of the JVM; started here first, they work inside too.
 * Unlike pool workers, these threads never retire, so doing this once is enough: nothing here
 * depends on timing.
 */
final class HomeThreads {
    private static volatile boolean started;

    private HomeThreads() {}

    /** Makes sure the threads run; the first call waits for them (a few milliseconds). */
    static void ensureStarted() {
        if (started) {
            return;
        }
        synchronized (HomeThreads.class) {
            if (started) {
                return;
            }
            Throwable[] failure = new Throwable[1];
            // A fresh platform thread moved to the process's own namespace, so it does not matter
            // where the caller is (a virtual thread, or a thread a program moved elsewhere).
            Thread t = Thread.ofPlatform().name("netns-home-threads").daemon(true).unstarted(() -> {
                try {
                    goHome();
                    startOnce();
                } catch (Throwable e) {
                    failure[0] = e;
                }
            });
            t.start();
            InsideThread.joinUninterruptibly(t);
            if (failure[0] != null) {
                throw new IllegalStateException("could not start the JVM's shared threads from its own namespace",
                        failure[0]);
            }
            started = true;
        }
    }

    /** Moves the calling thread to the JVM's own namespace, the one of {@code /proc/self/ns/net}. */
    static void goHome() {
        int fd = Sys.open("/proc/self/ns/net", O_RDONLY, 0);
        try {
            Sys.setnsNet(fd, "the JVM's own namespace");
        } finally {
            Sys.close(fd);
        }
    }

    private static void startOnce() throws InterruptedException {
        // Loaded here, so a resident thread inside only commits its event (see InsideThread.Resident).
        new NamespaceSwitchEvent();
        CountDownLatch done = new CountDownLatch(2);
        Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(1); // a timed wait starts the scheduler's delay scheduler
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.countDown();
        });
        CompletableFuture.delayedExecutor(1, TimeUnit.MILLISECONDS).execute(done::countDown);
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JVM's delay schedulers did not run a 1 ms task within 30 s");
        }
    }
}
