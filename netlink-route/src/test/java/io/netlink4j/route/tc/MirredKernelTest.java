package io.netlink4j.route.tc;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.route.link.Veth;
import io.netlink4j.core.testing.Json;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * mirred on real traffic: UDP sent out of p1a arrives at its peer p1b, whose clsact ingress hook
 * redirects (then mirrors) it out of p2a, so p2a's peer p2b receives it. p2b's counters, read by
 * {@code ip -s}, and the action's own counters, read by the library and by {@code tc -s}, prove it.
 */
class MirredKernelTest {
    private static final int DATAGRAMS = 100;

    @Test
    void ingressRedirectAndMirrorDeliverToAnotherDevice() throws Exception {
        try (TcLab lab = new TcLab()) {
            TcLab.Ns m = lab.namespace();
            m.rt().links().add(Veth.of("p1a", "p1b"));
            m.rt().links().add(Veth.of("p2a", "p2b"));
            for (String d : List.of("p1a", "p1b", "p2a", "p2b")) {
                m.rt().links().setUp(d);
            }
            m.rt().addresses().add(io.netlink4j.route.address.AddressSpec.of("10.77.0.1/24", "p1a"));
            m.rt().neighbours().add(io.netlink4j.route.neighbour.NeighbourSpec.of("10.77.0.2", "p1a").withLladdr("02:00:00:00:77:02")
                    .withState(io.netlink4j.route.neighbour.NeighbourState.PERMANENT));

            assertThat(delivered(m)).as("to p2b before any filter").isZero();

            m.rt().qdiscs().add(QdiscSpec.clsact("p1b"));
            U32 redirect = U32.of().matchAll().withAction(Mirred.egressRedirect("p2a"));
            m.rt().filters().add(FilterSpec.ingress("p1b", redirect));
            assertThat(delivered(m)).as("to p2b with the redirect").isGreaterThanOrEqualTo(DATAGRAMS);

            Filter f = node(m);
            assertThat(f.kind()).isEqualTo(redirect);
            assertThat(f.actionStats().getFirst().packets()).isEqualTo(DATAGRAMS);
            Map<String, Object> action = tcAction(m);
            assertThat(action.get("kind")).isEqualTo("mirred");
            assertThat(action.get("mirred_action")).isEqualTo("redirect");
            assertThat(action.get("to_dev")).isEqualTo("p2a");
            assertThat(Json.at(action, "stats", "packets")).isEqualTo((long) DATAGRAMS);

            m.rt().filters().delete(f.key());
            U32 mirror = U32.of().matchAll().withAction(Mirred.egressMirror("p2a"));
            m.rt().filters().add(FilterSpec.ingress("p1b", mirror));
            assertThat(delivered(m)).as("to p2b with the mirror").isGreaterThanOrEqualTo(DATAGRAMS);
            assertThat(node(m).kind()).isEqualTo(mirror);
            assertThat(tcAction(m).get("mirred_action")).isEqualTo("mirror");

            m.rt().filters().delete(FilterSpec.of("p1b", TcHandle.CLSACT_INGRESS));
            assertThat(m.rt().filters().list("p1b", "ingress")).isEmpty();
            assertThat(delivered(m)).as("to p2b after deleting every filter").isZero();
        }
    }

    /** Sends the datagrams out of p1a; returns how many more packets p2b received. */
    private static long delivered(TcLab.Ns m) throws IOException, InterruptedException {
        long before = rxPackets(m);
        try (DatagramChannel ch = m.ns().selectorProvider().openDatagramChannel()) {
            for (int i = 0; i < DATAGRAMS; i++) {
                ch.send(ByteBuffer.wrap(new byte[64]), new InetSocketAddress("10.77.0.2", 9));
            }
        }
        Thread.sleep(100);
        return rxPackets(m) - before;
    }

    private static long rxPackets(TcLab.Ns m) {
        return (Long) Json.at(TcLab.ipLink(m, "p2b"), "stats64", "rx", "packets");
    }

    /** The u32 node that holds the selector (the priority's entry and hash table come first). */
    private static Filter node(TcLab.Ns m) {
        return m.rt().filters().list("p1b", TcHandle.CLSACT_INGRESS).stream()
                .filter(f -> !((U32) f.kind()).keys().isEmpty()).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> tcAction(TcLab.Ns m) {
        Map<String, Object> node = TcLab.tcJson(m, "filter", "show", "dev", "p1b", "ingress").stream()
                .filter(j -> Json.at(j, "options", "actions") != null).findFirst().orElseThrow();
        return ((List<Map<String, Object>>) Json.at(node, "options", "actions")).getFirst();
    }
}
