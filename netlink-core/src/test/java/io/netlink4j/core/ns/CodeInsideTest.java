package io.netlink4j.core.ns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.netlink4j.core.testing.ThrowawayNamespaces;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The rules for code inside (NetNs, "What code inside may do"): it cannot start threads or
 * processes, so no thread of the JVM is ever born in the namespace; and {@code call} is
 * interruptible, waits for its task, and keeps the caller's interrupt status.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CodeInsideTest {
    @RegisterExtension
    static final ThrowawayNamespaces NS = new ThrowawayNamespaces("nlt-core-");

    @Test
    void codeInsideCannotStartAThreadOrAProcessAndLeavesNoThreadBehind() throws Exception {
        NetNs ns = NS.anonymous();
        Throwable thread = ns.call(() -> catchThrowable(() -> new Thread(() -> {}, "born-inside").start()));
        assertThat(thread).isInstanceOf(OutOfMemoryError.class).hasMessageContaining("unable to create native thread");
        Throwable process = ns.call(() -> catchThrowable(() -> new ProcessBuilder("true").start()));
        assertThat(process).isInstanceOf(IOException.class).hasMessageContaining("Operation not permitted");
        Throwable nested = ns.call(() -> catchThrowable(() -> ns.call(() -> 1)));
        assertThat(nested).isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot use NetNs");

        // A resident thread is under the same rule for its whole life.
        AtomicReference<Throwable> fromResident = new AtomicReference<>();
        ns.startThread("resident", () -> fromResident.set(catchThrowable(() -> new Thread(() -> {}).start()))).join();
        assertThat(fromResident.get()).isInstanceOf(OutOfMemoryError.class);

        assertThat(NamespaceThreads.settledIn(ns.inode())).as("threads of this JVM in the namespace").isEmpty();
    }

    @Test
    void interruptingTheCallerInterruptsTheTaskAndCallWaitsForIt() throws Exception {
        NetNs ns = NS.anonymous();
        for (boolean virtual : new boolean[] {false, true}) {
            CountDownLatch running = new CountDownLatch(1);
            AtomicLong taskEnded = new AtomicLong();
            AtomicReference<Object> outcome = new AtomicReference<>();
            AtomicBoolean interruptedAfter = new AtomicBoolean();
            AtomicLong returned = new AtomicLong();
            Runnable caller = () -> {
                try {
                    ns.run(() -> {
                        running.countDown();
                        try {
                            Thread.sleep(Duration.ofSeconds(30));
                        } finally {
                            taskEnded.set(System.nanoTime());
                        }
                    });
                    outcome.set("returned normally");
                } catch (Throwable e) {
                    outcome.set(e);
                }
                returned.set(System.nanoTime());
                interruptedAfter.set(Thread.currentThread().isInterrupted());
            };
            Thread t = virtual ? Thread.ofVirtual().start(caller) : Thread.ofPlatform().start(caller);
            running.await();
            long interruptedAt = System.nanoTime();
            t.interrupt();
            t.join(Duration.ofSeconds(10));
            assertThat(t.isAlive()).as("virtual=%s: the call still waits after 10 s", virtual).isFalse();
            assertThat(outcome.get()).as("virtual=%s", virtual).isInstanceOf(InterruptedException.class);
            assertThat(interruptedAfter.get()).as("caller's interrupt status after the call").isTrue();
            assertThat(taskEnded.get()).as("the task ended before call returned").isPositive()
                    .isLessThanOrEqualTo(returned.get());
            assertThat(TimeUnit.NANOSECONDS.toMillis(returned.get() - interruptedAt))
                    .as("virtual=%s: ms from interrupt to return, of a 30 s sleep", virtual).isLessThan(5_000);
        }
    }

    @Test
    void aCallerInterruptedBeforehandHandsTheStatusToTheTaskAndKeepsIt() throws Exception {
        NetNs ns = NS.anonymous();
        AtomicReference<Object> seen = new AtomicReference<>();
        Thread.ofPlatform().start(() -> {
            Thread.currentThread().interrupt();
            boolean taskSawIt = ns.call(() -> Thread.currentThread().isInterrupted());
            seen.set(java.util.List.of(taskSawIt, Thread.interrupted()));
        }).join();
        assertThat(seen.get()).isEqualTo(java.util.List.of(true, true));
    }

    @Test
    void aTaskThatIgnoresTheInterruptIsWaitedFor() throws Exception {
        NetNs ns = NS.anonymous();
        CountDownLatch running = new CountDownLatch(1);
        AtomicReference<Object> result = new AtomicReference<>();
        Thread caller = Thread.ofVirtual().start(() -> result.set(ns.call(() -> {
            running.countDown();
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
            int interrupts = 0;
            while (System.nanoTime() < until) {
                if (Thread.interrupted()) {
                    interrupts++;
                }
                Thread.onSpinWait();
            }
            return "finished after " + interrupts + " interrupt";
        })));
        running.await();
        caller.interrupt();
        caller.join();
        assertThat(result.get()).isEqualTo("finished after 1 interrupt");
    }

    @Test
    void aClosedHandleRefusesEveryUseAndTheFactoriesToo() {
        NetNs ns = NetNs.create();
        var sockets = ns.socketFactory();
        var servers = ns.serverSocketFactory();
        var channels = ns.selectorProvider();
        ns.close();
        assertThatThrownBy(() -> ns.call(() -> 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ns.startThread("x", () -> {})).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(sockets::createSocket).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(servers::createServerSocket).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(channels::openSocketChannel).isInstanceOf(IllegalStateException.class);
    }
}
