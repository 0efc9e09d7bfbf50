package io.netlink4j.route.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.AlreadyExistsException;
import io.netlink4j.core.MacAddress;
import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.socket.BatchResult;
import io.netlink4j.core.testing.Json;
import io.netlink4j.route.testing.TestNs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The forwarding database against the kernel in a throwaway namespace, {@code bridge -j fdb show} as the witness. */
class FdbKernelTest {
    /** veth-a/veth-b up, veth-b and vxlan100 (VNI 100, local 192.0.2.1, no learning) ports of br0; all made by ip. */
    private static TestNs bridgeWithVxlan() {
        TestNs t = new TestNs();
        try {
            t.veth("veth-a", "veth-b");
            t.ip("link", "add", "br0", "up", "type", "bridge");
            t.ip("link", "add", "vxlan100", "type", "vxlan", "id", "100", "dstport", "4789", "local", "192.0.2.1",
                    "nolearning");
            t.ip("link", "set", "veth-b", "master", "br0");
            t.ip("link", "set", "vxlan100", "master", "br0", "up");
            return t;
        } catch (RuntimeException e) {
            t.close();
            throw e;
        }
    }

    @Test
    void addsAppendsAndListsWhatBridgeShows() {
        try (TestNs t = bridgeWithVxlan()) {
            FdbEntries fdb = t.handle.fdb();
            fdb.add(FdbSpec.of("02:00:00:00:00:01", "veth-b").withMaster().withState(FdbState.STATIC));
            fdb.add(FdbSpec.of("02:00:00:00:00:02", "veth-b").withMaster());
            fdb.add(FdbSpec.of("02:00:00:00:00:03", "veth-b").withMaster().withState(FdbState.DYNAMIC));
            fdb.append(FdbSpec.of(MacAddress.ZERO, "vxlan100").withDst("192.0.2.2"));
            fdb.append(FdbSpec.of(MacAddress.ZERO, "vxlan100").withDst("192.0.2.3"));
            fdb.add(FdbSpec.of("02:00:00:00:01:01", "vxlan100").withDst("192.0.2.2"));
            fdb.add(FdbSpec.of("02:00:00:00:01:02", "vxlan100").withDst("192.0.2.3").withVni(200).withPort(4790)
                    .withVia("veth-a"));

            assertThat(json(fdb.list(), true)).isEqualTo(bridge(t, "fdb", "show"));
            assertThat(json(fdb.list(FdbFilter.bridge("br0")), true)).isEqualTo(bridge(t, "fdb", "show", "br", "br0"));
            List<FdbEntry> vx = fdb.list(FdbFilter.bridge("br0").withPort("vxlan100"));
            assertThat(json(vx, false)).isEqualTo(bridge(t, "fdb", "show", "br", "br0", "brport", "vxlan100"));
            assertThat(json(fdb.list(FdbFilter.port("veth-b")), false)).isEqualTo(bridge(t, "fdb", "show", "brport", "veth-b"));
            // in bridge's own words: the two flood destinations and the remote pods
            assertThat(t.exec("bridge", "fdb", "show", "dev", "vxlan100")).contains(
                    "00:00:00:00:00:00 dst 192.0.2.2 self permanent",
                    "00:00:00:00:00:00 dst 192.0.2.3 self permanent",
                    "02:00:00:00:01:01 dst 192.0.2.2 self permanent",
                    "02:00:00:00:01:02 dst 192.0.2.3 port 4790 vni 200 via veth-a self permanent");
            assertThat(vx.stream().map(FdbEntry::toString)).contains(
                    "00:00:00:00:00:00 dev vxlan100 dst 192.0.2.2 self permanent",
                    "02:00:00:00:01:02 dev vxlan100 dst 192.0.2.3 port 4790 vni 200 via veth-a self permanent");
            assertThat(fdb.list(FdbFilter.port("veth-b")).stream().map(FdbEntry::toString)).contains(
                    "02:00:00:00:00:01 dev veth-b master br0 static",
                    "02:00:00:00:00:02 dev veth-b master br0 permanent",
                    "02:00:00:00:00:03 dev veth-b master br0");
            List<FdbEntry> streamed = new ArrayList<>();
            fdb.forEach(FdbFilter.ALL, streamed::add);
            assertThat(json(streamed, true)).isEqualTo(json(fdb.list(), true));
        }
    }

    @Test
    void replaceMovesAnEntryAndDeleteTakesOneDestination() {
        try (TestNs t = bridgeWithVxlan()) {
            FdbEntries fdb = t.handle.fdb();
            fdb.add(FdbSpec.of("02:00:00:00:01:01", "vxlan100").withDst("192.0.2.2"));
            fdb.replace(FdbSpec.of("02:00:00:00:01:01", "vxlan100").withDst("192.0.2.3"));
            assertThat(t.exec("bridge", "fdb", "show", "dev", "vxlan100"))
                    .contains("02:00:00:00:01:01 dst 192.0.2.3 self permanent").doesNotContain("192.0.2.2");
            fdb.replace(FdbSpec.of("02:00:00:00:00:01", "veth-b").withMaster().withState(FdbState.STATIC));
            fdb.replace(FdbSpec.of("02:00:00:00:00:01", "veth-b").withMaster());
            assertThat(t.exec("bridge", "fdb", "show", "dev", "veth-b")).contains("02:00:00:00:00:01 master br0 permanent");

            fdb.append(FdbSpec.of(MacAddress.ZERO, "vxlan100").withDst("192.0.2.2"));
            fdb.append(FdbSpec.of(MacAddress.ZERO, "vxlan100").withDst("192.0.2.4"));
            fdb.delete(FdbSpec.of(MacAddress.ZERO, "vxlan100").withDst("192.0.2.2"));
            assertThat(t.exec("bridge", "fdb", "show", "dev", "vxlan100")).contains("00:00:00:00:00:00 dst 192.0.2.4")
                    .doesNotContain("00:00:00:00:00:00 dst 192.0.2.2");
            // an entry read back is the key that deletes it
            FdbEntry pod = fdb.list(FdbFilter.port("veth-b")).stream()
                    .filter(e -> e.mac().toString().equals("02:00:00:00:00:01")).findFirst().orElseThrow();
            fdb.delete(pod.toSpec());
            assertThat(t.exec("bridge", "fdb", "show", "dev", "veth-b")).doesNotContain("02:00:00:00:00:01");
        }
    }

    @Test
    void errorsHaveTypesAndNameTheEntry() {
        try (TestNs t = bridgeWithVxlan()) {
            FdbEntries fdb = t.handle.fdb();
            FdbSpec e = FdbSpec.of("02:00:00:00:00:01", "veth-b").withMaster().withState(FdbState.STATIC);
            fdb.add(e);
            assertThatThrownBy(() -> fdb.add(e)).isInstanceOf(AlreadyExistsException.class)
                    .hasMessageStartingWith("RTM_NEWNEIGH 02:00:00:00:00:01 dev veth-b master static: File exists (EEXIST)");
            fdb.delete(e);
            assertThatThrownBy(() -> fdb.delete(e)).isInstanceOf(NotFoundException.class)
                    .hasMessageStartingWith("RTM_DELNEIGH 02:00:00:00:00:01 dev veth-b master static:");
            assertThat(fdb.deleteIfExists(e)).isFalse();
            assertThatThrownBy(() -> fdb.add(FdbSpec.of("02:00:00:00:00:01", "nope0").withMaster()))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("nope0");
            // pipelined: every entry encoded (and its device found) first; each its own outcome
            BatchResult r = fdb.addAll(List.of(FdbSpec.of("02:00:00:00:00:05", "veth-b").withMaster(),
                    FdbSpec.of("02:00:00:00:00:05", "veth-b").withMaster()));
            assertThat(r.failedIndices()).containsExactly(1);
            assertThatThrownBy(() -> fdb.addAll(List.of(FdbSpec.of("02:00:00:00:00:06", "veth-b").withMaster(),
                    FdbSpec.of("02:00:00:00:00:07", "nope0")))).isInstanceOf(NotFoundException.class);
            assertThat(t.exec("bridge", "fdb", "show", "dev", "veth-b")).doesNotContain("02:00:00:00:00:06");
            BatchResult heads = fdb.appendAll(List.of(FdbSpec.of(MacAddress.ZERO, "vxlan100").withDst("192.0.2.7"),
                    FdbSpec.of(MacAddress.ZERO, "vxlan100").withDst("192.0.2.8")));
            assertThat(heads.ok()).isTrue();
            assertThat(t.exec("bridge", "fdb", "show", "dev", "vxlan100"))
                    .contains("dst 192.0.2.7 self permanent", "dst 192.0.2.8 self permanent");
        }
    }

    private static List<Map<String, Object>> json(List<FdbEntry> entries, boolean withDev) {
        return entries.stream().map(e -> FdbJson.of(e, withDev)).toList();
    }

    private static List<Map<String, Object>> bridge(TestNs t, String... args) {
        List<String> cmd = new ArrayList<>(List.of("bridge", "-j"));
        cmd.addAll(List.of(args));
        return Json.array(t.exec(cmd.toArray(String[]::new)));
    }
}
