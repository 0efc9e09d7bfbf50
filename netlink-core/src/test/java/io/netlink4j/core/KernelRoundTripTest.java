package io.netlink4j.core;

import static io.netlink4j.core.message.Netlink.*;
import static io.netlink4j.core.testing.RtConst.*;
import static io.netlink4j.core.testing.RtRequests.veth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.testing.Ip;
import io.netlink4j.core.testing.ThrowawayNamespaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Requests, errors, dumps and pipelines against the real kernel, each in a throwaway namespace. */
class KernelRoundTripTest {
    @RegisterExtension
    static final ThrowawayNamespaces NS = new ThrowawayNamespaces("nlt-core-");


    static String ifname(Message m) {
        Attributes a = m.attributes(IFINFOMSG_LEN);
        while (a.next()) {
            if (a.type() == IFLA_IFNAME) {
                return a.string();
            }
        }
        return null;
    }

    static List<String> linkNames(NetlinkSocket s) {
        return s.dump(RTM_GETLINK, "RTM_GETLINK", w -> w.reserve(IFINFOMSG_LEN), KernelRoundTripTest::ifname);
    }

    @Test
    void requestSucceedsAndIpSeesTheResult() {
        NetNs ns = NS.namedHandle();
        try (NetlinkSocket s = NetlinkSocket.open(NETLINK_ROUTE, ns)) {
            s.execute(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWLINK", "veth-a", w -> veth(w, "veth-a", "veth-b"));
            Map<String, Integer> seen = Ip.links(ns.name());
            assertThat(seen.keySet()).containsExactlyInAnyOrder("lo", "veth-a", "veth-b");
            Integer index = s.query(RTM_GETLINK, 0, "RTM_GETLINK", "veth-a", w -> {
                w.reserve(IFINFOMSG_LEN);
                w.putString(IFLA_IFNAME, "veth-a");
            }, m -> m.u32(4));
            assertThat(index).isEqualTo(seen.get("veth-a"));
        }
    }

    @Test
    void getReadsTheReplyWithoutWaitingForAnAck() {
        NetNs ns = NS.anonymous();
        try (NetlinkSocket s = NetlinkSocket.open(NETLINK_ROUTE, ns)) {
            s.execute(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWLINK", "veth-a", w -> veth(w, "veth-a", "veth-b"));
            Integer viaQuery = s.query(RTM_GETLINK, 0, "RTM_GETLINK", "veth-b", w -> byName(w, "veth-b"), m -> m.u32(4));
            Integer viaGet = s.get(RTM_GETLINK, 0, "RTM_GETLINK", "veth-b", w -> byName(w, "veth-b"), m -> m.u32(4));
            assertThat(viaGet).isEqualTo(viaQuery).isGreaterThan(1);
            NetlinkException e = catchThrowableOfType(NetlinkException.class,
                    () -> s.get(RTM_GETLINK, 0, "RTM_GETLINK", "nope", w -> byName(w, "nope"), m -> m.u32(4)));
            assertThat(e.errno()).isEqualTo(Errno.ENODEV);
            assertThat(e.operation()).isEqualTo("RTM_GETLINK nope");
            // Nothing is left over on the socket: the next request reads its own answer.
            Integer lo = s.get(RTM_GETLINK, 0, "RTM_GETLINK", "lo", w -> byName(w, "lo"), m -> m.u32(4));
            assertThat(lo).isEqualTo(1);
        }
    }

    private static void byName(MessageWriter w, String name) {
        w.reserve(IFINFOMSG_LEN);
        w.putString(IFLA_IFNAME, name);
    }

    @Test
    void existingDeviceFailsWithEexistNamingTheRequest() {
        NetNs ns = NS.anonymous();
        try (NetlinkSocket s = NetlinkSocket.open(NETLINK_ROUTE, ns)) {
            s.execute(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWLINK", "veth-a", w -> veth(w, "veth-a", "veth-b"));
            NetlinkException e = catchThrowableOfType(NetlinkException.class, () -> s.execute(RTM_NEWLINK,
                    NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWLINK", "veth-a", w -> veth(w, "veth-a", "veth-c")));
            assertThat(e.errno()).isEqualTo(Errno.EEXIST);
            assertThat(e.operation()).isEqualTo("RTM_NEWLINK veth-a");
            // This kernel sends no ext-ACK text for an existing device; the message says so when one does.
            String expected = "RTM_NEWLINK veth-a: File exists (EEXIST)"
                    + (e.extAck() == null ? "" : ": " + e.extAck());
            assertThat(e.getMessage()).isEqualTo(expected);
            // The socket is usable after the error.
            assertThat(linkNames(s)).containsExactlyInAnyOrder("lo", "veth-a", "veth-b");
        }
    }

    /**
     * A 2-byte {@code IFLA_MTU} breaks the attribute policy (u32): the kernel answers with the
     * ext-ACK text and the offset of the attribute in the request, counted from its nlmsghdr.
     */
    @Test
    void policyViolationCarriesExtAckTextAndOffset() {
        NetNs ns = NS.anonymous();
        try (NetlinkSocket s = NetlinkSocket.open(NETLINK_ROUTE, ns)) {
            NetlinkException e = catchThrowableOfType(NetlinkException.class, () -> s.execute(RTM_NEWLINK, 0,
                    "RTM_NEWLINK", "lo", w -> {
                        w.reserve(IFINFOMSG_LEN);
                        w.putString(IFLA_IFNAME, "lo");   // 16 + 16 + 8: IFLA_MTU starts at byte 40
                        w.putU16(IFLA_MTU, 1400);
                    }));
            assertThat(e.errno()).isEqualTo(Errno.ERANGE);
            assertThat(e.extAck()).isEqualTo("Attribute failed policy validation");
            assertThat(e.extAckOffset()).isEqualTo(40);
            assertThat(e.getMessage()).isEqualTo("RTM_NEWLINK lo: Numerical result out of range (ERANGE): "
                    + "Attribute failed policy validation");
        }
    }

    /** Under NETLINK_GET_STRICT_CHK, a link dump filtered by ifindex is refused with a reason. */
    @Test
    void strictDumpRefusalCarriesExtAckText() {
        NetNs ns = NS.anonymous();
        try (NetlinkSocket s = NetlinkSocket.open(NETLINK_ROUTE, ns)) {
            NetlinkException e = catchThrowableOfType(NetlinkException.class, () -> s.dump(RTM_GETLINK,
                    "RTM_GETLINK", w -> w.setU32(w.reserve(IFINFOMSG_LEN) + 4, 1), m -> m));
            assertThat(e.errno()).isEqualTo(Errno.EINVAL);
            assertThat(e.operation()).isEqualTo("RTM_GETLINK dump");
            assertThat(e.extAck()).isEqualTo("Filter by device index not supported for link dumps");
            assertThat(linkNames(s)).containsExactly("lo");
        }
    }

    @Test
    void dumpListsEveryLinkAsIpDoes() {
        NetNs ns = NS.namedHandle();
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            pairs.add("d" + i);
        }
        try (NetlinkSocket s = NetlinkSocket.open(NETLINK_ROUTE, ns)) {
            s.executeAll(pairs, (n, w) -> {
                w.begin(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL);
                veth(w, n, n + "p");
            }, n -> "RTM_NEWLINK " + n).throwIfFailed();
            List<String> names = linkNames(s);
            assertThat(names).hasSize(81).doesNotHaveDuplicates();
            assertThat(names).containsExactlyInAnyOrderElementsOf(Ip.links(ns.name()).keySet());
        }
    }

    /** 150 pipelined requests (three sendmsg chunks); the duplicates fail alone, with their own names. */
    @Test
    void pipelinedRequestsReportEachOutcome() {
        NetNs ns = NS.namedHandle();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            names.add(i % 37 == 5 ? "p" + (i - 1) : "p" + i);
        }
        try (NetlinkSocket s = NetlinkSocket.open(NETLINK_ROUTE, ns)) {
            BatchResult r = s.executeAll(names, (n, w) -> {
                w.begin(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL);
                veth(w, n, n + "x");
            }, n -> "RTM_NEWLINK " + n);
            List<Integer> dup = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                if (i % 37 == 5) {
                    dup.add(i);
                }
            }
            assertThat(r.size()).isEqualTo(150);
            assertThat(r.failedIndices()).isEqualTo(dup);
            for (int i : dup) {
                assertThat(r.error(i).errno()).isEqualTo(Errno.EEXIST);
                assertThat(r.error(i).operation()).isEqualTo("RTM_NEWLINK p" + (i - 1));
            }
            assertThatThrownBy(r::throwIfFailed).isInstanceOf(NetlinkException.class)
                    .hasMessageStartingWith(dup.size() + " of 150 requests failed, first RTM_NEWLINK p4");
            assertThat(Ip.links(ns.name())).hasSize(1 + 2 * (150 - dup.size()));
        }
    }

    /** close() from another thread wakes a thread waiting in receive(timeout) instead of hanging. */
    @Test
    void closeWakesAWaitingReceiver() throws Exception {
        NetNs ns = NS.anonymous();
        NetlinkSocket s = NetlinkSocket.open(NETLINK_ROUTE, ns);
        CompletableFuture<Throwable> waiter = new CompletableFuture<>();
        CompletableFuture<Void> waiting = new CompletableFuture<>();
        Thread t = Thread.ofPlatform().start(() -> {
            try {
                s.exclusive(x -> {
                    waiting.complete(null);
                    return x.receive(-1);
                });
                waiter.complete(null);
            } catch (Throwable e) {
                waiter.complete(e);
            }
        });
        waiting.get(10, TimeUnit.SECONDS);
        s.close();
        assertThat(waiter.get(10, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        t.join();
        assertThatThrownBy(() -> linkNames(s)).isInstanceOf(IllegalStateException.class);
        s.close(); // idempotent
    }

    @Test
    void receiveTimesOutWithZero() {
        try (NetlinkSocket s = NetlinkSocket.open(NETLINK_ROUTE, NS.anonymous())) {
            int none = s.exclusive(x -> x.receive(0));
            int stillNone = s.exclusive(x -> x.receive(150));
            assertThat(none).isZero();
            assertThat(stillNone).isZero();
        }
    }

    @Test
    void lowLevelCallsNeedTheLock() {
        try (NetlinkSocket s = NetlinkSocket.open(NETLINK_ROUTE, NS.anonymous())) {
            assertThatThrownBy(s::writer).isInstanceOf(IllegalStateException.class).hasMessageContaining("exclusive");
            assertThatThrownBy(s::receive).isInstanceOf(IllegalStateException.class);
        }
    }
}
