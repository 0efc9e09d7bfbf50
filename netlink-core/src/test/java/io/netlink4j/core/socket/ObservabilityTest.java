package io.netlink4j.core.socket;

import static io.netlink4j.core.testing.RtConst.IFINFOMSG_LEN;
import static io.netlink4j.core.testing.RtConst.RTM_GETLINK;
import static io.netlink4j.core.testing.RtConst.RTM_NEWLINK;
import static io.netlink4j.core.testing.RtRequests.veth;
import static io.netlink4j.core.uapi.Netlink.NLM_F_CREATE;
import static io.netlink4j.core.uapi.Netlink.NLM_F_EXCL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.AlreadyExistsException;
import io.netlink4j.core.NetlinkProtocol;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.testing.ThrowawayNamespaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** JFR events and debug logging of what the socket sends, read back from a real recording. */
class ObservabilityTest {
    @RegisterExtension
    static final ThrowawayNamespaces NS = new ThrowawayNamespaces("nlt-obs-");

    private static Request newVeth(String a, String b) {
        return Request.of(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWLINK", a, w -> veth(w, a, b));
    }

    @Test
    void recordingHoldsOneEventPerExchangeWithItsOutcome() throws Exception {
        NetNs ns = NS.namedHandle();
        Path file = Files.createTempFile("netlink4j", ".jfr");
        try (Recording r = new Recording(); NetlinkSocket s = NetlinkSocket.open(NetlinkProtocol.ROUTE, ns)) {
            r.enable("io.netlink4j.Request");
            r.start();
            s.execute(newVeth("obs-a", "obs-b"));
            assertThatThrownBy(() -> s.execute(newVeth("obs-a", "obs-c"))).isInstanceOf(AlreadyExistsException.class);
            s.executeAll(List.of(newVeth("obs-d", "obs-e"), newVeth("obs-f", "obs-g"), newVeth("obs-d", "obs-h")));
            Request getLinks = Request.of(RTM_GETLINK, 0, "RTM_GETLINK", null, w -> w.reserve(IFINFOMSG_LEN));
            List<Object> names = s.dump(getLinks, m -> m.u32(4));
            r.stop();
            r.dump(file);
            List<RecordedEvent> events = RecordingFile.readAllEvents(file).stream()
                    .filter(e -> e.getEventType().getName().equals("io.netlink4j.Request")).toList();
            assertThat(events).hasSize(4);
            RecordedEvent ok = events.get(0);
            assertThat(ok.getString("kind")).isEqualTo("request");
            assertThat(ok.getString("operation")).isEqualTo("RTM_NEWLINK obs-a");
            assertThat(ok.getString("namespace")).isEqualTo(ns.name());
            assertThat(ok.getString("protocol")).isEqualTo("NETLINK_ROUTE");
            assertThat(ok.getInt("messageType")).isEqualTo(RTM_NEWLINK);
            assertThat(ok.getLong("bytesSent")).isEqualTo(newVeth("obs-a", "obs-b").toBytes().length);
            assertThat(ok.getString("errno")).isNull();
            assertThat(ok.getDuration().isNegative()).isFalse();
            RecordedEvent refused = events.get(1);
            assertThat(refused.getString("errno")).isEqualTo("EEXIST");
            assertThat(refused.getInt("failed")).isEqualTo(1);
            RecordedEvent batch = events.get(2);
            assertThat(batch.getString("kind")).isEqualTo("batch");
            assertThat(batch.getInt("objects")).isEqualTo(3);
            assertThat(batch.getInt("failed")).isEqualTo(1);
            RecordedEvent dump = events.get(3);
            assertThat(dump.getString("kind")).isEqualTo("dump");
            assertThat(dump.getInt("objects")).isEqualTo(names.size()).isEqualTo(7); // lo and three pairs
            assertThat(dump.getLong("bytesSent")).isEqualTo(getLinks.toBytes().length);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void debugLoggingNamesEachRequestInIpWords() {
        Logger jul = Logger.getLogger("io.netlink4j");
        List<LogRecord> seen = new ArrayList<>();
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord record) {
                seen.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level before = jul.getLevel();
        jul.setLevel(Level.FINE);
        jul.addHandler(h);
        try (NetlinkSocket s = NetlinkSocket.open(NetlinkProtocol.ROUTE, NS.anonymous())) {
            s.execute(newVeth("log-a", "log-b"));
            assertThatThrownBy(() -> s.execute(newVeth("log-a", "log-c"))).isInstanceOf(AlreadyExistsException.class);
        } finally {
            jul.removeHandler(h);
            jul.setLevel(before);
        }
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0).getMessage()).matches("RTM_NEWLINK log-a \\(NetNs\\[anonymous\\]\\): ok, 1 object, \\d+ bytes, [0-9.]+ ms");
        assertThat(seen.get(1).getMessage()).startsWith("RTM_NEWLINK log-a (NetNs[anonymous]): RTM_NEWLINK log-a: File exists (EEXIST)");
    }

    @Test
    void nothingIsLoggedUnlessAsked() {
        Logger jul = Logger.getLogger("io.netlink4j");
        List<LogRecord> seen = new ArrayList<>();
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord record) {
                seen.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jul.addHandler(h);
        try (NetlinkSocket s = NetlinkSocket.open(NetlinkProtocol.ROUTE, NS.anonymous())) {
            s.execute(newVeth("quiet-a", "quiet-b"));
        } finally {
            jul.removeHandler(h);
        }
        assertThat(seen).isEmpty();
    }
}
