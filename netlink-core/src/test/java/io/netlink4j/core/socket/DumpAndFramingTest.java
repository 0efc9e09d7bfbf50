package io.netlink4j.core.socket;

import static io.netlink4j.core.uapi.Netlink.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.Errno;
import io.netlink4j.core.KernelException;
import io.netlink4j.core.NetlinkException;
import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.message.MessageWriter;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Dump and receive logic the kernel will not produce on demand ({@code NLM_F_DUMP_INTR},
 * oversized datagrams, parser failures mid-dump), against a scripted peer.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DumpAndFramingTest {
    private static final int ITEM = 0x10;

    /** One datagram: items with the given values, then NLMSG_DONE; all flagged {@code extraFlags}. */
    private static void dumpReply(MessageWriter w, int seq, int extraFlags, int... values) {
        for (int v : values) {
            w.nextSeq(seq);
            w.begin(ITEM, NLM_F_MULTI | extraFlags);
            w.u32(v);
        }
        w.nextSeq(seq);
        w.begin(NLMSG_DONE, NLM_F_MULTI | extraFlags);
        w.u32(0);
    }

    private static <T> CompletableFuture<T> async(java.util.concurrent.Callable<T> c) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Thread.ofPlatform().start(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f;
    }

    @Test
    void interruptedDumpIsRestartedAndOnlyTheCleanAttemptCounts() throws Exception {
        try (FakeKernel k = new FakeKernel()) {
            CompletableFuture<List<Integer>> dump = async(() ->
                    k.client().dump(Request.of(ITEM, 0, "TEST_GET", null, w -> w.u32(0)), m -> m.u32(0)));
            // Attempt 1: the first datagram is clean, the second is marked interrupted.
            int[] req = k.request();
            assertThat(req[2] & NLM_F_DUMP).isEqualTo(NLM_F_DUMP);
            k.reply(w -> {
                w.nextSeq(req[0]);
                w.begin(ITEM, NLM_F_MULTI);
                w.u32(1);
            });
            k.reply(w -> dumpReply(w, req[0], NLM_F_DUMP_INTR, 2));
            // Attempt 2: clean.
            int[] again = k.request();
            assertThat(again[0]).isNotEqualTo(req[0]);
            k.reply(w -> dumpReply(w, again[0], 0, 10, 20, 30));
            assertThat(dump.get(10, TimeUnit.SECONDS)).containsExactly(10, 20, 30);
        }
    }

    /** The streaming form cannot take back what it handed over: it reports the interruption after the dump. */
    @Test
    void interruptedStreamingDumpIsReportedNotRetried() throws Exception {
        try (FakeKernel k = new FakeKernel()) {
            List<Integer> seen = new ArrayList<>();
            CompletableFuture<Void> dump = async(() -> {
                k.client().dump(Request.of(ITEM, 0, "TEST_GET", null, w -> w.u32(0)), m -> m.u32(0), seen::add);
                return null;
            });
            int[] req = k.request();
            k.reply(w -> {
                w.nextSeq(req[0]);
                w.begin(ITEM, NLM_F_MULTI);
                w.u32(1);
            });
            k.reply(w -> dumpReply(w, req[0], NLM_F_DUMP_INTR, 2));
            ExecutionException e = org.assertj.core.api.Assertions.catchThrowableOfType(ExecutionException.class,
                    () -> dump.get(10, TimeUnit.SECONDS));
            assertThat(e.getCause()).isInstanceOf(KernelException.class)
                    .hasMessageStartingWith("TEST_GET dump: Interrupted system call (EINTR)");
            assertThat(seen).containsExactly(1, 2);
        }
    }

    @Test
    void dumpInterruptedEveryTimeIsReportedAsEintr() throws Exception {
        try (FakeKernel k = new FakeKernel()) {
            CompletableFuture<List<Integer>> dump = async(() ->
                    k.client().dump(Request.of(ITEM, 0, "TEST_GET", null, w -> w.u32(0)), m -> m.u32(0)));
            for (int i = 0; i < 8; i++) {
                int[] req = k.request();
                k.reply(w -> dumpReply(w, req[0], NLM_F_DUMP_INTR, 1, 2));
            }
            ExecutionException e = org.assertj.core.api.Assertions.catchThrowableOfType(ExecutionException.class,
                    () -> dump.get(10, TimeUnit.SECONDS));
            NetlinkException cause = (NetlinkException) e.getCause();
            assertThat(cause.errno()).isEqualTo(Errno.EINTR);
            assertThat(cause.getMessage()).isEqualTo(
                    "TEST_GET dump: Interrupted system call (EINTR): interrupted by concurrent changes 8 times");
        }
    }

    @Test
    void staleRepliesAreSkippedAndDoneCarriesTheError() throws Exception {
        try (FakeKernel k = new FakeKernel()) {
            CompletableFuture<List<Integer>> dump = async(() ->
                    k.client().dump(Request.of(ITEM, 0, "TEST_GET", null, w -> w.u32(0)), m -> m.u32(0)));
            int[] req = k.request();
            k.reply(w -> dumpReply(w, req[0] - 1, 0, 99)); // an old request's answer
            k.reply(w -> {
                w.nextSeq(req[0]);
                w.begin(ITEM, NLM_F_MULTI);
                w.u32(5);
                w.nextSeq(req[0]);
                w.begin(NLMSG_DONE, NLM_F_MULTI | NLM_F_ACK_TLVS);
                w.u32(-Errno.EINVAL.number());
                w.putString(NLMSGERR_ATTR_MSG, "no such filter");
            });
            ExecutionException e = org.assertj.core.api.Assertions.catchThrowableOfType(ExecutionException.class,
                    () -> dump.get(10, TimeUnit.SECONDS));
            assertThat(e.getCause()).isInstanceOf(NetlinkException.class)
                    .hasMessage("TEST_GET dump: Invalid argument (EINVAL): no such filter");
        }
    }

    /** A parser that throws mid-dump: the rest is drained, so the next dump on the socket works. */
    @Test
    void parserFailureDrainsTheDump() throws Exception {
        try (FakeKernel k = new FakeKernel()) {
            CompletableFuture<List<Integer>> bad = async(() -> k.client().dump(Request.of(ITEM, 0, "TEST_GET", null, w -> w.u32(0)), m -> {
                if (m.u32(0) == 2) {
                    throw new IllegalStateException("parser broke on 2");
                }
                return m.u32(0);
            }));
            int[] req = k.request();
            k.reply(w -> {
                w.nextSeq(req[0]);
                w.begin(ITEM, NLM_F_MULTI);
                w.u32(1);
                w.nextSeq(req[0]);
                w.begin(ITEM, NLM_F_MULTI);
                w.u32(2);
            });
            k.reply(w -> dumpReply(w, req[0], 0, 3, 4));
            ExecutionException e = org.assertj.core.api.Assertions.catchThrowableOfType(ExecutionException.class,
                    () -> bad.get(10, TimeUnit.SECONDS));
            assertThat(e.getCause()).isInstanceOf(IllegalStateException.class).hasMessage("parser broke on 2");

            CompletableFuture<List<Integer>> good = async(() ->
                    k.client().dump(Request.of(ITEM, 0, "TEST_GET", null, w -> w.u32(0)), m -> m.u32(0)));
            int[] next = k.request();
            k.reply(w -> dumpReply(w, next[0], 0, 7));
            assertThat(good.get(10, TimeUnit.SECONDS)).containsExactly(7);
        }
    }

    /** A datagram larger than the receive buffer is a ProtocolException naming both sizes, not a silent cut. */
    @Test
    void oversizedDatagramIsReported() throws Exception {
        try (FakeKernel k = new FakeKernel(); Arena a = Arena.ofConfined()) {
            CompletableFuture<Void> q = async(() -> {
                k.client().execute(Request.of(ITEM, 0, "TEST_SET", null, w -> w.u32(0)));
                return null;
            });
            int[] req = k.request();
            MemorySegment big = a.allocate(100_000).fill((byte) 0);
            big.set(ValueLayout.JAVA_INT, 0, 100_000);
            big.set(ValueLayout.JAVA_SHORT, 4, (short) ITEM);
            big.set(ValueLayout.JAVA_INT, 8, req[0]);
            big.set(ValueLayout.JAVA_INT, 12, k.client().portId());
            k.send(big);
            ExecutionException e = org.assertj.core.api.Assertions.catchThrowableOfType(ExecutionException.class,
                    () -> q.get(10, TimeUnit.SECONDS));
            assertThat(e.getCause()).isInstanceOf(ProtocolException.class)
                    .hasMessageContaining("datagram of 100000 bytes exceeds the 65536-byte receive buffer");
        }
    }

    /** execute(request, parser) returns the reply and still consumes the ACK behind it, in another datagram. */
    @Test
    void executeReturnsTheReplyAndConsumesItsAck() throws Exception {
        try (FakeKernel k = new FakeKernel()) {
            CompletableFuture<Integer> q = async(() ->
                    k.client().execute(Request.of(ITEM, 0, "TEST_GET", "x", w -> w.u32(0)), m -> m.u32(0)));
            int[] req = k.request();
            assertThat(req[2] & (NLM_F_REQUEST | NLM_F_ACK)).isEqualTo(NLM_F_REQUEST | NLM_F_ACK);
            k.reply(w -> {
                w.nextSeq(req[0]);
                w.begin(ITEM, 0);
                w.u32(42);
            });
            k.reply(w -> {
                w.nextSeq(req[0]);
                w.begin(NLMSG_ERROR, NLM_F_CAPPED);
                w.u32(0);
                w.u32(16).u16(ITEM).u16(NLM_F_REQUEST | NLM_F_ACK).u32(req[0]).u32(0);
            });
            assertThat(q.get(10, TimeUnit.SECONDS)).isEqualTo(42);
        }
    }
}
