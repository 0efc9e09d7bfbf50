package io.netlink4j.core.ns;

import static io.netlink4j.core.uapi.Netlink.*;
import static io.netlink4j.core.testing.RtConst.*;
import static io.netlink4j.core.testing.RtRequests.veth;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.Errno;
import io.netlink4j.core.NetlinkException;
import io.netlink4j.core.NetlinkProtocol;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.socket.Request;
import io.netlink4j.core.testing.Ip;
import io.netlink4j.core.testing.ThrowawayNamespaces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Many threads in many namespaces at once, and no descriptor leaks over many requests. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConcurrentNamespacesTest {
    @RegisterExtension
    static final ThrowawayNamespaces NS = new ThrowawayNamespaces("nlt-core-");


    /**
     * 4 platform and 4 virtual threads, each in its own named namespace, each creating devices
     * by a socket opened for its namespace and by code run inside it; {@code ip -n} finds every
     * device where its thread meant it and nowhere else.
     */
    @Test
    void eightThreadsInEightNamespacesNeverCrossOver() throws Exception {
        int threads = 8;
        int pairs = 10;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            names.add(NS.named());
        }
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> all = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int t = i;
            Runnable work = () -> {
                try (NetNs ns = NetNs.named(names.get(t));
                     NetlinkSocket s = NetlinkSocket.open(NetlinkProtocol.ROUTE, ns)) {
                    start.await(10, TimeUnit.SECONDS);
                    for (int k = 0; k < pairs; k++) {
                        String a = "w" + t + "s" + k;
                        s.execute(Request.of(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWLINK", a, w -> veth(w, a, a + "p")));
                        String b = "w" + t + "i" + k;
                        ns.run(() -> {
                            try (NetlinkSocket inside = NetlinkSocket.open(NetlinkProtocol.ROUTE)) {
                                inside.execute(Request.of(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWLINK", b, w -> veth(w, b, b + "p")));
                            }
                        });
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            };
            all.add(t < 4 ? Thread.ofPlatform().start(work) : Thread.ofVirtual().start(work));
        }
        for (Thread th : all) {
            th.join();
        }
        assertThat(failures).isEmpty();
        for (int t = 0; t < threads; t++) {
            List<String> expected = new ArrayList<>(List.of("lo"));
            for (int k = 0; k < pairs; k++) {
                for (String kind : List.of("s", "i")) {
                    String a = "w" + t + kind + k;
                    expected.add(a);
                    expected.add(a + "p");
                }
            }
            Map<String, Integer> seen = Ip.links(names.get(t));
            assertThat(seen.keySet()).as("devices in %s (thread %d)", names.get(t), t)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static long openFds() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            return s.count();
        }
    }

    /**
     * 10,000 requests — successes, kernel errors, queries, dumps, pipelines — and namespace
     * round trips leave the process with exactly as many open descriptors as before.
     */
    @Test
    void tenThousandRequestsLeakNoDescriptors() throws Exception {
        NetNs ns = NS.anonymous();
        try (NetlinkSocket s = NetlinkSocket.open(NetlinkProtocol.ROUTE, ns)) {
            s.execute(Request.of(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWLINK", "fa", w -> veth(w, "fa", "fb")));
            round(s, ns, 0); // warm: classes loaded, pools started
            long before = openFds();
            int requests = 0;
            for (int r = 1; r <= 21; r++) {
                requests += round(s, ns, r);
            }
            assertThat(requests).isGreaterThanOrEqualTo(10_000);
            assertThat(openFds()).isEqualTo(before);
        }
    }

    /** One round of about 500 requests; returns how many were sent. */
    private static int round(NetlinkSocket s, NetNs ns, int r) {
        int n = 0;
        for (int i = 0; i < 200; i++, n++) {
            Integer index = s.execute(Request.of(RTM_GETLINK, 0, "RTM_GETLINK", "lo", w -> {
                w.reserve(IFINFOMSG_LEN);
                w.putString(IFLA_IFNAME, "lo");
            }), m -> m.u32(4));
            assertThat(index).isEqualTo(1);
        }
        for (int i = 0; i < 100; i++, n++) {
            try {
                s.execute(Request.of(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWLINK", "fa", w -> veth(w, "fa", "fb")));
            } catch (NetlinkException e) {
                assertThat(e.errno()).isEqualTo(Errno.EEXIST);
            }
        }
        for (int i = 0; i < 10; i++, n++) {
            assertThat(NetNsTest.linkNames(s)).hasSize(3);
        }
        List<Request> batch = new ArrayList<>();
        for (int i = 0; i < 180; i++) {
            batch.add(Request.of(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWLINK", "fa", w -> veth(w, "fa", "fb")));
        }
        assertThat(s.executeAll(batch).failedCount()).isEqualTo(180);
        n += batch.size();
        for (int i = 0; i < 5; i++, n++) {
            try (NetlinkSocket other = NetlinkSocket.open(NetlinkProtocol.ROUTE, ns)) {
                assertThat(NetNsTest.linkNames(other)).hasSize(3);
            }
        }
        try (NetNs fresh = NetNs.create()) {
            assertThat(fresh.call(NetNs::currentInode)).isEqualTo(fresh.inode());
        }
        return n;
    }
}
