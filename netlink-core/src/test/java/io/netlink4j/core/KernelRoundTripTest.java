package io.netlink4j.core;

import static io.netlink4j.core.uapi.Netlink.*;
import static io.netlink4j.core.testing.RtConst.*;
import static io.netlink4j.core.testing.RtRequests.veth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.socket.BatchResult;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.socket.Request;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.testing.Ip;
import io.netlink4j.core.testing.ThrowawayNamespaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        return s.dump(Request.of(RTM_GETLINK, 0, "RTM_GETLINK", null, w -> w.reserve(IFINFOMSG_LEN)), KernelRoundTripTest::ifname);
    }

    @Test
    void requestSucceedsAndIpSeesTheResult() {
        NetNs ns = NS.namedHandle();
        try (NetlinkSocket s = NetlinkSocket.open(NetlinkProtocol.ROUTE, ns)) {
            s.execute(Request.of(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWLINK", "veth-a", w -> veth(w, "veth-a", "veth-b")));
            Map<String, Integer> seen = Ip.links(ns.name());
            assertThat(seen.keySet()).containsExactlyInAnyOrder("lo", "veth-a", "veth-b");
            Integer index = s.execute(Request.of(RTM_GETLINK, 0, "RTM_GETLINK", "veth-a", w -> {
                w.reserve(IFINFOMSG_LEN);
                w.putString(IFLA_IFNAME, "veth-a");
            }), m -> m.u32(4));
            assertThat(index).isEqualTo(seen.get("veth-a"));
        }
    }

    @Test
    void getReadsTheReplyWithoutWaitingForAnAck() {
        NetNs ns = NS.anonymous();
        try (NetlinkSocket s = NetlinkSocket.open(NetlinkProtocol.ROUTE, ns)) {
            s.execute(Request.of(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWLINK", "veth-a", w -> veth(w, "veth-a", "veth-b")));
            Integer viaQuery = s.execute(Request.of(RTM_GETLINK, 0, "RTM_GETLINK", "veth-b", w -> byName(w, "veth-b")), m -> m.u32(4));
            Integer viaGet = s.get(Request.of(RTM_GETLINK, 0, "RTM_GETLINK", "veth-b", w -> byName(w, "veth-b")), m -> m.u32(4)).orElse(null);
            assertThat(viaGet).isEqualTo(viaQuery).isGreaterThan(1);
            KernelException e = catchThrowableOfType(KernelException.class,
                    () -> s.get(Request.of(RTM_GETLINK, 0, "RTM_GETLINK", "nope", w -> byName(w, "nope")), m -> m.u32(4)).orElse(null));
            assertThat(e).isInstanceOf(NotFoundException.class);
            assertThat(e.errno()).isEqualTo(Errno.ENODEV);
            assertThat(e.operation()).isEqualTo("RTM_GETLINK nope");
            // Nothing is left over on the socket: the next request reads its own answer.
            Integer lo = s.get(Request.of(RTM_GETLINK, 0, "RTM_GETLINK", "lo", w -> byName(w, "lo")), m -> m.u32(4)).orElse(null);
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
        try (NetlinkSocket s = NetlinkSocket.open(NetlinkProtocol.ROUTE, ns)) {
            s.execute(Request.of(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWLINK", "veth-a", w -> veth(w, "veth-a", "veth-b")));
            KernelException e = catchThrowableOfType(KernelException.class, () -> s.execute(Request.of(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWLINK", "veth-a", w -> veth(w, "veth-a", "veth-c"))));
            assertThat(e).isInstanceOf(AlreadyExistsException.class);
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
        try (NetlinkSocket s = NetlinkSocket.open(NetlinkProtocol.ROUTE, ns)) {
            KernelException e = catchThrowableOfType(KernelException.class, () -> s.execute(Request.of(RTM_NEWLINK, 0, "RTM_NEWLINK", "lo", w -> {
                        w.reserve(IFINFOMSG_LEN);
                        w.putString(IFLA_IFNAME, "lo");   // 16 + 16 + 8: IFLA_MTU starts at byte 40
                        w.putU16(IFLA_MTU, 1400);
                    })));
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
        try (NetlinkSocket s = NetlinkSocket.open(NetlinkProtocol.ROUTE, ns)) {
            KernelException e = catchThrowableOfType(KernelException.class, () -> s.dump(Request.of(RTM_GETLINK, 0, "RTM_GETLINK", null, w -> w.setU32(w.reserve(IFINFOMSG_LEN) + 4, 1)), m -> m));
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
        try (NetlinkSocket s = NetlinkSocket.open(NetlinkProtocol.ROUTE, ns)) {
            s.executeAll(pairs.stream().map(n -> newVeth(n, n + "p")).toList()).throwIfFailed();
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
        try (NetlinkSocket s = NetlinkSocket.open(NetlinkProtocol.ROUTE, ns)) {
            BatchResult r = s.executeAll(names.stream().map(n -> newVeth(n, n + "x")).toList());
            List<Integer> dup = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                if (i % 37 == 5) {
                    dup.add(i);
                }
            }
            assertThat(r.size()).isEqualTo(150);
            assertThat(r.failedIndices()).isEqualTo(dup);
            for (int i : dup) {
                assertThat(r.error(i).orElseThrow()).isInstanceOf(AlreadyExistsException.class);
                assertThat(r.error(i).orElseThrow().operation()).isEqualTo("RTM_NEWLINK p" + (i - 1));
            }
            assertThatThrownBy(r::throwIfFailed).isInstanceOf(AlreadyExistsException.class)
                    .hasMessageStartingWith(dup.size() + " of 150 requests failed, first RTM_NEWLINK p4");
            assertThat(Ip.links(ns.name())).hasSize(1 + 2 * (150 - dup.size()));
        }
    }

    /** Encoding happens before the first send: a body that throws leaves the kernel untouched. */
    @Test
    void pipelineWithABadItemSendsNothing() {
        NetNs ns = NS.namedHandle();
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            requests.add(i == 70 ? Request.of(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWLINK", "bad", w -> {
                throw new IllegalArgumentException("item 70 cannot be encoded");
            }) : newVeth("q" + i, "q" + i + "x"));
        }
        try (NetlinkSocket s = NetlinkSocket.open(NetlinkProtocol.ROUTE, ns)) {
            assertThatThrownBy(() -> s.executeAll(requests)).hasMessage("item 70 cannot be encoded");
            assertThat(Ip.links(ns.name())).containsOnlyKeys("lo");
            assertThat(linkNames(s)).containsExactly("lo");
        }
    }

    /** A request from inside a dump's callback would read the dump's replies: it is refused. */
    @Test
    void requestsFromADumpCallbackAreRefused() {
        try (NetlinkSocket s = NetlinkSocket.open(NetlinkProtocol.ROUTE, NS.anonymous())) {
            assertThatThrownBy(() -> s.dump(Request.of(RTM_GETLINK, 0, "RTM_GETLINK", null,
                    w -> w.reserve(IFINFOMSG_LEN)), KernelRoundTripTest::ifname, name -> linkNames(s)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("dump callback");
            assertThat(linkNames(s)).containsExactly("lo");
        }
    }

    /** The streaming dump hands over every object, in the kernel's order, as the list form collects them. */
    @Test
    void streamingDumpSeesWhatTheListSees() {
        try (NetlinkSocket s = NetlinkSocket.open(NetlinkProtocol.ROUTE, NS.anonymous())) {
            s.executeAll(List.of(newVeth("s1", "s2"), newVeth("s3", "s4"))).throwIfFailed();
            List<String> streamed = new ArrayList<>();
            s.dump(Request.of(RTM_GETLINK, 0, "RTM_GETLINK", null, w -> w.reserve(IFINFOMSG_LEN)),
                    KernelRoundTripTest::ifname, streamed::add);
            assertThat(streamed).isEqualTo(linkNames(s)).containsExactlyInAnyOrder("lo", "s1", "s2", "s3", "s4");
        }
    }

    static Request newVeth(String a, String b) {
        return Request.of(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWLINK", a, w -> veth(w, a, b));
    }

    /** close() waits for nothing and makes later requests fail; it is idempotent. */
    @Test
    void closedSocketRefusesRequests() {
        NetlinkSocket s = NetlinkSocket.open(NetlinkProtocol.ROUTE, NS.anonymous());
        assertThat(linkNames(s)).containsExactly("lo");
        s.close();
        assertThatThrownBy(() -> linkNames(s)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        s.close();
    }
}
