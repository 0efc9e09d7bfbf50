package io.netlink4j.route.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netlink4j.core.Errno;
import io.netlink4j.core.KernelException;
import io.netlink4j.core.testing.Json;
import io.netlink4j.route.testing.TestNs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bridge VLAN filtering against the kernel, {@code bridge -j vlan show} as the witness. Runs where
 * the kernel has {@code CONFIG_BRIDGE_VLAN_FILTERING}; elsewhere (this project's build machine has
 * no 802.1Q) it is skipped, saying so, and {@link BridgeVlanBytesTest} is the proof.
 */
class BridgeVlansKernelTest {
    @Test
    void vlansOnAPortAsBridgeShowsThem() {
        try (TestNs t = new TestNs()) {
            t.veth("veth-a", "veth-b");
            t.ip("link", "add", "br0", "up", "type", "bridge");
            t.ip("link", "set", "veth-b", "master", "br0");
            BridgeVlans vlans = t.handle.bridgeVlans();
            assumeFiltering(vlans);
            assertThat(t.ip("-d", "link", "show", "br0")).contains("vlan_filtering 1");

            vlans.add(BridgeVlanSpec.of("veth-b", 10).withPvid().withUntagged());
            vlans.add(BridgeVlanSpec.range("veth-b", 20, 22));
            assertThat(vlans.list("veth-b")).contains(new BridgeVlan("veth-b", 10, 10, true, true),
                    new BridgeVlan("veth-b", 20, 20, false, false), new BridgeVlan("veth-b", 22, 22, false, false));
            assertThat(flat(vlans.list())).isEqualTo(witness(t));

            // a VLAN-aware forwarding entry
            t.handle.fdb().add(FdbSpec.of("02:00:00:00:00:02", "veth-b").withMaster().withState(FdbState.STATIC)
                    .withVlan(10));
            assertThat(t.exec("bridge", "fdb", "show", "dev", "veth-b")).contains("02:00:00:00:00:02 vlan 10 master br0 static");

            vlans.delete(BridgeVlanSpec.range("veth-b", 20, 22));
            vlans.delete(BridgeVlanSpec.of("veth-b", 10));
            assertThat(vlans.list("veth-b").stream().map(BridgeVlan::vid)).doesNotContain(10, 20, 21, 22);
            assertThat(flat(vlans.list())).isEqualTo(witness(t));

            vlans.setFiltering("br0", false);
            assertThat(t.ip("-d", "link", "show", "br0")).contains("vlan_filtering 0");
        }
    }

    /** Turns filtering on, or skips the test naming what the kernel lacks. */
    private static void assumeFiltering(BridgeVlans vlans) {
        try {
            vlans.setFiltering("br0", true);
        } catch (KernelException e) {
            assumeTrue(e.errno() != Errno.EOPNOTSUPP, "skipped: this kernel (" + System.getProperty("os.version")
                    + ") lacks CONFIG_BRIDGE_VLAN_FILTERING (802.1Q, module 8021q): it refused vlan_filtering 1 with "
                    + "EOPNOTSUPP; BridgeVlanBytesTest proves the requests against iproute2's instead");
            throw e;
        }
    }

    /** One "dev vid flags" line per VLAN, from the library. */
    private static List<String> flat(List<BridgeVlan> vlans) {
        List<String> out = new ArrayList<>();
        for (BridgeVlan v : vlans) {
            for (int vid = v.vid(); vid <= v.vidEnd(); vid++) {
                out.add(v.dev() + " " + vid + (v.pvid() ? " PVID" : "") + (v.untagged() ? " Egress Untagged" : ""));
            }
        }
        return out;
    }

    /** The same lines from {@code bridge -j vlan show}. */
    @SuppressWarnings("unchecked")
    private static List<String> witness(TestNs t) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> port : Json.array(t.exec("bridge", "-j", "vlan", "show"))) {
            for (Object o : (List<Object>) port.get("vlans")) {
                Map<String, Object> v = (Map<String, Object>) o;
                long start = (Long) v.get("vlan");
                long end = v.containsKey("vlanEnd") ? (Long) v.get("vlanEnd") : start;
                List<Object> flags = (List<Object>) v.getOrDefault("flags", List.of());
                for (long vid = start; vid <= end; vid++) {
                    out.add(port.get("ifname") + " " + vid + (flags.contains("PVID") ? " PVID" : "")
                            + (flags.contains("Egress Untagged") ? " Egress Untagged" : ""));
                }
            }
        }
        return out;
    }
}
