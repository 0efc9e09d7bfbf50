package io.netlink4j.core.ns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.testing.ThrowawayNamespaces;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 11: a JFR event each time a library thread enters a namespace, read back from a real recording. */
class NamespaceSwitchEventTest {
    @RegisterExtension
    static final ThrowawayNamespaces NS = new ThrowawayNamespaces("nlt-jfr-");

    @Test
    void eachEntryIsAnEventWithWhatRanAndHowItEnded() throws Exception {
        NetNs ns = NS.namedHandle();
        Path file = Files.createTempFile("netlink4j-ns", ".jfr");
        try (Recording r = new Recording()) {
            r.enable("io.netlink4j.NamespaceSwitch");
            r.start();
            assertThat(ns.call(NetNs::currentInode)).isEqualTo(ns.inode());
            ns.run(() -> {});
            assertThatThrownBy(() -> ns.run(() -> {
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            try (Socket s = ns.socketFactory().createSocket()) {
                assertThat(s.isConnected()).isFalse();
            }
            assertThat(ns.start(new ProcessBuilder("true")).waitFor()).isZero();
            assertThatThrownBy(() -> ns.start(new ProcessBuilder("no-such-program-nlt"))).isInstanceOf(IOException.class);
            ns.startThread("jfr-resident", () -> {}).join();
            r.stop();
            r.dump(file);
            List<RecordedEvent> events = RecordingFile.readAllEvents(file).stream()
                    .filter(e -> e.getEventType().getName().equals("io.netlink4j.NamespaceSwitch"))
                    .filter(e -> ns.name().equals(e.getString("namespace")))
                    .sorted((a, b) -> a.getStartTime().compareTo(b.getStartTime()))
                    .toList();
            assertThat(events).extracting(e -> e.getString("what") + " " + e.getString("outcome")).containsExactly(
                    "call ok",
                    "call ok",
                    "call IllegalStateException: boom",
                    "socket ok",
                    "process ok",
                    "process posix_spawnp: No such file or directory (ENOENT)",
                    "thread ok");
            for (RecordedEvent e : events) {
                assertThat(e.getDuration().isNegative()).isFalse();
                assertThat(e.getDuration().toNanos()).isPositive();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
