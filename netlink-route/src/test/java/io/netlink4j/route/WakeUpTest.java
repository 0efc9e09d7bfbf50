package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.route.link.Bridge;
import io.netlink4j.route.testing.TestNs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10, item 5: the waits the library does for the caller end promptly — well under a second
 * — when the thread is interrupted, on platform and virtual threads alike; closing a stream from
 * another thread wakes its reader, which gets {@code null} (an iteration, a stream, a
 * subscription end), never an exception.
 */
class WakeUpTest {
    /** How long after the interrupt or close the waiting call must have returned. */
    private static final long PROMPT_MILLIS = 500;

    /** Runs {@code wait} on a new thread, interrupts it after 300 ms; returns what it threw and how fast. */
    private static Outcome interrupted(boolean virtual, Waiting wait) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicLong returnedAt = new AtomicLong();
        Thread.Builder b = virtual ? Thread.ofVirtual() : Thread.ofPlatform();
        Thread t = b.start(() -> {
            try {
                wait.run();
            } catch (Throwable e) {
                thrown.set(e);
            }
            returnedAt.set(System.nanoTime());
        });
        Thread.sleep(300);
        long interruptedAt = System.nanoTime();
        t.interrupt();
        assertThat(t.join(Duration.ofSeconds(10))).as("the waiting thread ended").isTrue();
        return new Outcome(thrown.get(), TimeUnit.NANOSECONDS.toMillis(returnedAt.get() - interruptedAt));
    }

    private record Outcome(Throwable thrown, long millisAfter) {}

    @FunctionalInterface
    private interface Waiting {
        void run() throws Exception;

        /** A wait with a result. */
        @FunctionalInterface
        interface Valued {
            Object get() throws Exception;
        }
    }

    @ParameterizedTest(name = "virtual thread: {0}")
    @ValueSource(booleans = {false, true})
    void nextEndsPromptlyWhenInterrupted(boolean virtual) throws InterruptedException {
        try (TestNs t = new TestNs(); EventStream events = t.handle.events().open(EventGroup.LINK)) {
            Outcome o = interrupted(virtual, () -> events.next(Duration.ofSeconds(30)));
            assertThat(o.thrown()).isInstanceOf(InterruptedException.class);
            assertThat(o.millisAfter()).isLessThan(PROMPT_MILLIS);
            t.links().add(Bridge.of("br0"));
            assertThat(events.next(Duration.ofSeconds(5))).as("the stream still works").isInstanceOf(LinkEvent.class);
        }
    }

    @ParameterizedTest(name = "virtual thread: {0}")
    @ValueSource(booleans = {false, true})
    void waitForEndsPromptlyWhenInterrupted(boolean virtual) throws InterruptedException {
        try (TestNs t = new TestNs()) {
            Outcome o = interrupted(virtual, () -> t.links().waitFor("never0", l -> true, Duration.ofSeconds(30)));
            assertThat(o.thrown()).isInstanceOf(InterruptedException.class);
            assertThat(o.millisAfter()).isLessThan(PROMPT_MILLIS);
        }
    }

    @ParameterizedTest(name = "virtual thread: {0}")
    @ValueSource(booleans = {false, true})
    void iterationEndsPromptlyWhenInterruptedWithTheStatusSet(boolean virtual) throws InterruptedException {
        try (TestNs t = new TestNs(); EventStream events = t.handle.events().open(EventGroup.LINK)) {
            AtomicReference<Boolean> flag = new AtomicReference<>();
            Outcome o = interrupted(virtual, () -> {
                for (RtnetlinkEvent e : events) {
                    throw new AssertionError("no event expected: " + e);
                }
                flag.set(Thread.currentThread().isInterrupted());
            });
            assertThat(o.thrown()).isNull();
            assertThat(flag.get()).isTrue();
            assertThat(o.millisAfter()).isLessThan(PROMPT_MILLIS);
        }
    }

    @ParameterizedTest(name = "virtual thread: {0}")
    @ValueSource(booleans = {false, true})
    void pingEndsPromptlyWhenInterrupted(boolean virtual) throws InterruptedException {
        try (TestNs t = new TestNs()) {
            t.veth("vp0", "vp1"); // both up; 10.3.3.9 would be on vp0's link, where nobody answers ARP
            t.ip("addr", "add", "10.3.3.1/24", "dev", "vp0");
            Outcome o = interrupted(virtual, () -> t.handle.ping().ping("10.3.3.9", 5, Duration.ofSeconds(10)));
            assertThat(o.thrown()).isInstanceOf(InterruptedException.class);
            assertThat(o.millisAfter()).isLessThan(PROMPT_MILLIS);
        }
    }

    /** Closing from another thread wakes next (it returns null), an iteration, a stream and a subscription. */
    @ParameterizedTest(name = "virtual thread: {0}")
    @ValueSource(booleans = {false, true})
    void closeFromAnotherThreadWakesEveryKindOfReader(boolean virtual) throws Exception {
        try (TestNs t = new TestNs()) {
            Thread.Builder b = virtual ? Thread.ofVirtual() : Thread.ofPlatform();
            List<Object> results = Collections.synchronizedList(new ArrayList<>());
            EventStream a = t.handle.events().open(EventGroup.LINK);
            EventStream c = t.handle.events().open(EventGroup.LINK);
            EventStream d = t.handle.events().open(EventGroup.LINK);
            EventStream s = t.handle.events().open(EventGroup.LINK);
            AtomicLong ended = new AtomicLong();
            List<Thread> readers = List.of(
                    b.start(() -> results.add(call(() -> a.next(Duration.ofSeconds(30)), "next returned", ended))),
                    b.start(() -> results.add(call(() -> {
                        int n = 0;
                        for (RtnetlinkEvent e : c) {
                            n++;
                        }
                        return n;
                    }, "iteration ended", ended))),
                    b.start(() -> results.add(call(() -> d.stream().count(), "stream ended", ended))));
            CountDownLatch subscriptionEnded = new CountDownLatch(1);
            ExecutorService executor = virtual ? Executors.newVirtualThreadPerTaskExecutor()
                    : Executors.newSingleThreadExecutor();
            s.subscribe(r -> executor.execute(() -> {
                r.run();
                subscriptionEnded.countDown();
            }), e -> results.add(e));
            Thread.sleep(300);
            long closedAt = System.nanoTime();
            for (EventStream e : List.of(a, c, d, s)) {
                Thread.ofPlatform().start(e::close);
            }
            for (Thread r : readers) {
                assertThat(r.join(Duration.ofSeconds(5))).isTrue();
            }
            assertThat(subscriptionEnded.await(5, TimeUnit.SECONDS)).isTrue();
            executor.shutdown();
            assertThat(results).containsExactlyInAnyOrder("next returned null", "iteration ended 0", "stream ended 0");
            assertThat(TimeUnit.NANOSECONDS.toMillis(ended.get() - closedAt)).isLessThan(PROMPT_MILLIS);
            assertThat(a.next(Duration.ofSeconds(1))).as("a closed stream answers at once").isNull();
            assertThat(a.iterator().hasNext()).isFalse();
            assertThat(a.isClosed()).isTrue();
            a.close();
        }
    }

    private static String call(Waiting.Valued v, String what, AtomicLong ended) {
        try {
            Object r = v.get();
            return what + " " + r;
        } catch (Throwable e) {
            return what + " with " + e;
        } finally {
            ended.accumulateAndGet(System.nanoTime(), Math::max);
        }
    }
}
