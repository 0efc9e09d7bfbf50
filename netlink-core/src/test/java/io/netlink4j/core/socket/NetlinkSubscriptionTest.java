package io.netlink4j.core.socket;

import static io.netlink4j.core.testing.RtConst.*;
import static io.netlink4j.core.testing.RtRequests.veth;
import static io.netlink4j.core.uapi.Netlink.NLM_F_CREATE;
import static io.netlink4j.core.uapi.Netlink.NLM_F_EXCL;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.NetlinkProtocol;
import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.socket.NetlinkSubscription.Status;
import io.netlink4j.core.testing.ThrowawayNamespaces;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Waiting for notifications: woken by close, ended by interrupt, honest about overruns. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NetlinkSubscriptionTest {
    @RegisterExtension
    static final ThrowawayNamespaces NS = new ThrowawayNamespaces("nlt-core-");

    private static final int RTNLGRP_LINK = 1;
    private static final Duration LONG = Duration.ofSeconds(30);

    /** Starts {@code poll(timeout)} on a thread of the given kind; its outcome (status or exception) completes the future. */
    private static CompletableFuture<Object> pollOn(boolean virtual, NetlinkSubscription s, Duration timeout) {
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Runnable r = () -> {
            try {
                outcome.complete(s.poll(timeout, m -> {}));
            } catch (Throwable e) {
                outcome.complete(e);
            }
        };
        if (virtual) {
            Thread.ofVirtual().start(r);
        } else {
            Thread.ofPlatform().start(r);
        }
        return outcome;
    }

    /** Lets a poll that has just been started get into its wait. */
    private static void letItWait() throws InterruptedException {
        Thread.sleep(200);
    }

    @Test
    void closeFromAnotherThreadWakesAWaitingPoll() throws Exception {
        NetNs ns = NS.anonymous();
        for (boolean virtual : new boolean[] {false, true}) {
            NetlinkSubscription s = NetlinkSubscription.open(NetlinkProtocol.ROUTE, ns, RTNLGRP_LINK);
            CompletableFuture<Object> outcome = pollOn(virtual, s, LONG);
            letItWait();
            assertThat(outcome).as("still waiting before the close").isNotDone();
            long closedAt = System.nanoTime();
            s.close();
            Object result = outcome.get(5, TimeUnit.SECONDS);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - closedAt);
            assertThat(result).as("virtual=%s", virtual).isEqualTo(Status.CLOSED);
            assertThat(millis).as("virtual=%s: ms from close to return", virtual).isLessThan(1_000);
            assertThat(s.isClosed()).isTrue();
            assertThat(s.poll(Duration.ZERO, m -> {})).isEqualTo(Status.CLOSED);
        }
    }

    @Test
    void anInterruptEndsAWaitingPoll() throws Exception {
        NetNs ns = NS.anonymous();
        for (boolean virtual : new boolean[] {false, true}) {
            try (NetlinkSubscription s = NetlinkSubscription.open(NetlinkProtocol.ROUTE, ns, RTNLGRP_LINK)) {
                CompletableFuture<Object> outcome = new CompletableFuture<>();
                Runnable r = () -> {
                    try {
                        outcome.complete(s.poll(LONG, m -> {}));
                    } catch (Throwable e) {
                        outcome.complete(e);
                    }
                };
                Thread t = virtual ? Thread.ofVirtual().start(r) : Thread.ofPlatform().start(r);
                letItWait();
                long interruptedAt = System.nanoTime();
                t.interrupt();
                Object result = outcome.get(5, TimeUnit.SECONDS);
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - interruptedAt);
                assertThat(result).as("virtual=%s", virtual).isInstanceOf(InterruptedException.class);
                assertThat(millis).as("virtual=%s: ms from interrupt to return", virtual).isLessThan(1_000);
                // Still usable afterwards.
                assertThat(s.poll(Duration.ofMillis(10), m -> {})).isEqualTo(Status.TIMEOUT);
            }
        }
    }

    @Test
    void theLongestTimeoutIsAccepted() throws Exception {
        NetNs ns = NS.anonymous();
        NetlinkSubscription s = NetlinkSubscription.open(NetlinkProtocol.ROUTE, ns, RTNLGRP_LINK);
        CompletableFuture<Object> outcome = pollOn(true, s, Duration.ofMillis(Long.MAX_VALUE));
        CompletableFuture<Object> longer = pollOn(false, s, Duration.ofSeconds(Long.MAX_VALUE));
        letItWait();
        assertThat(outcome).as("waiting, not failed").isNotDone();
        assertThat(longer).as("waiting, not failed").isNotDone();
        s.close();
        assertThat(outcome.get(5, TimeUnit.SECONDS)).isEqualTo(Status.CLOSED);
        assertThat(longer.get(5, TimeUnit.SECONDS)).isEqualTo(Status.CLOSED);
    }

    private static List<Request> veths(String prefix, int n) {
        List<Request> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String a = prefix + i;
            out.add(Request.of(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWLINK", a, w -> veth(w, a, a + "p")));
        }
        return out;
    }

    private static String linkName(Message m) {
        Attributes a = m.attributes(IFINFOMSG_LEN);
        while (a.next()) {
            if (a.type() == IFLA_IFNAME) {
                return a.string();
            }
        }
        return null;
    }

    @Test
    void anOverrunDiscardsTheOlderQueuedNotifications() throws Exception {
        NetNs ns = NS.anonymous();
        try (NetlinkSubscription s = NetlinkSubscription.open(NetlinkProtocol.ROUTE, ns, RTNLGRP_LINK);
             NetlinkSocket rt = NetlinkSocket.open(NetlinkProtocol.ROUTE, ns)) {
            s.setReceiveBufferSize(4096);
            // 300 pairs (600 devices, more notifications than 8 KiB can hold), nothing read meanwhile.
            assertThat(rt.executeAll(veths("burst", 300)).failedCount()).isZero();

            List<String> seen = new ArrayList<>();
            assertThat(s.poll(LONG, m -> seen.add(linkName(m)))).isEqualTo(Status.OVERRUN);
            assertThat(seen).isEmpty();
            assertThat(s.poll(Duration.ofMillis(100), m -> seen.add(linkName(m))))
                    .as("everything queued before the loss was discarded").isEqualTo(Status.TIMEOUT);

            // What happens after the overrun is delivered, and only that.
            assertThat(rt.executeAll(veths("late", 1)).failedCount()).isZero();
            Status st;
            while ((st = s.poll(Duration.ofMillis(500), m -> seen.add(linkName(m)))) == Status.MESSAGES) {
                // collect
            }
            assertThat(st).isEqualTo(Status.TIMEOUT);
            assertThat(seen).isNotEmpty().allSatisfy(n -> assertThat(n).startsWith("late0"));
            assertThat(seen).contains("late0", "late0p");
        }
    }
}
