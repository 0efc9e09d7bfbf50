package io.netlink4j.route.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netlink4j.core.testing.Json;
import io.netlink4j.route.testing.TestNs;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The overlay's VXLAN options and the bridge settings, made by the library and read back with {@code ip -d -j link}. */
class OverlayLinksKernelTest {
    @Test
    void aVxlanWithEveryOverlayOptionIsWhatIpShows() {
        try (TestNs t = new TestNs()) {
            t.veth("veth-a", "veth-b");
            t.links().add(Vxlan.of("vxlan100", 100).withTtl(64).withL2miss(true).withL3miss(true).withDevice("veth-a")
                    .withLocal("192.0.2.1").withLearning(false));
            t.links().add(Vxlan.of("vxlan200", 200).withRemote("192.0.2.2").withPort(4790));
            Map<String, Object> vx = data(t, "vxlan100");
            assertThat(vx).containsEntry("id", 100L).containsEntry("local", "192.0.2.1").containsEntry("link", "veth-a")
                    .containsEntry("port", 4789L).containsEntry("learning", false).containsEntry("ttl", 64L)
                    .containsEntry("l2miss", true).containsEntry("l3miss", true);
            Map<String, Object> other = data(t, "vxlan200");
            assertThat(other).containsEntry("remote", "192.0.2.2").containsEntry("port", 4790L)
                    .containsEntry("learning", true).doesNotContainKeys("l2miss", "l3miss");
        }
    }

    @Test
    void aBridgeWithItsSettingsIsWhatIpShows() {
        try (TestNs t = new TestNs()) {
            t.links().add(Bridge.of("br0").withStp(true).withForwardDelay(Duration.ofSeconds(4))
                    .withAgeingTime(Duration.ofSeconds(30)).withMulticastSnooping(false));
            t.links().add(Bridge.of("br1"));
            assertThat(data(t, "br0")).containsEntry("stp_state", 1L).containsEntry("forward_delay", 400L)
                    .containsEntry("ageing_time", 3000L).containsEntry("mcast_snooping", 0L);
            assertThat(data(t, "br1")).containsEntry("stp_state", 0L).containsEntry("mcast_snooping", 1L);
        }
    }

    @Test
    void aBridgesVlanProtocolIsWhatIpShows() {
        try (TestNs t = new TestNs()) {
            t.links().add(Bridge.of("br0").withVlanProtocol(VlanProtocol.IEEE_802_1AD));
            t.links().add(Bridge.of("br1"));
            assumeTrue(data(t, "br1").containsKey("vlan_protocol"), "skipped: this kernel ("
                    + System.getProperty("os.version") + ") lacks CONFIG_BRIDGE_VLAN_FILTERING (802.1Q): it neither "
                    + "keeps nor reports IFLA_BR_VLAN_PROTOCOL; OverlayLinkBytesTest proves the request against ip's");
            assertThat(data(t, "br0")).containsEntry("vlan_protocol", "802.1ad");
            assertThat(data(t, "br1")).containsEntry("vlan_protocol", "802.1Q");
        }
    }

    @Test
    void aBridgeMadeWithEveryOptionReadsBackAsMade() {
        try (TestNs t = new TestNs()) {
            Bridge spec = Bridge.of("br0").withStp(true).withForwardDelay(Duration.ofSeconds(4))
                    .withHelloTime(Duration.ofSeconds(3)).withMaxAge(Duration.ofSeconds(30))
                    .withAgeingTime(Duration.ofSeconds(123)).withPriority(100).withMulticastSnooping(false)
                    .withVlanProtocol(VlanProtocol.IEEE_802_1AD);
            t.links().add(spec);
            LinkInfo.BridgeInfo got = (LinkInfo.BridgeInfo) t.links().get("br0").info();
            // a kernel without 802.1Q neither keeps nor reports the VLAN protocol (nor filtering)
            VlanProtocol protocol = data(t, "br0").containsKey("vlan_protocol") ? VlanProtocol.IEEE_802_1AD : null;
            assertThat(got).isEqualTo(new LinkInfo.BridgeInfo(spec.stp(), spec.forwardDelay(), spec.helloTime(),
                    spec.maxAge(), spec.ageingTime(), spec.priority(), false, protocol, spec.multicastSnooping(),
                    got.unknown()));
            assertThat(got.unknown()).isNotEmpty();
            LinkWitness.allAgree(t);
        }
    }

    @Test
    void aVxlanMadeWithEveryOptionReadsBackAsMade() throws Exception {
        try (TestNs t = new TestNs()) {
            t.veth("veth-a", "veth-b");
            int dev = t.links().get("veth-a").index();
            Vxlan spec = Vxlan.of("vxlan100", 100).withTtl(64).withL2miss(true).withL3miss(true).withDevice("veth-a")
                    .withLocal("192.0.2.1").withRemote("192.0.2.2").withLearning(false).withPort(4790);
            Vxlan group = Vxlan.of("vxlan200", 200).withMulticastGroup("239.1.1.1").withDevice("veth-a");
            Vxlan six = Vxlan.of("vxlan300", 300).withLocal("fd00::1").withRemote("fd00::2").withTtl(1);
            t.links().addAll(java.util.List.of(spec, group, six)).throwIfFailed();
            LinkInfo.VxlanInfo got = (LinkInfo.VxlanInfo) t.links().get("vxlan100").info();
            assertThat(got).isEqualTo(new LinkInfo.VxlanInfo(100, spec.local(), spec.remote(), null, 4790, "veth-a", dev,
                    false, 64, true, true, got.unknown()));
            LinkInfo.VxlanInfo g = (LinkInfo.VxlanInfo) t.links().get("vxlan200").info();
            assertThat(g).isEqualTo(new LinkInfo.VxlanInfo(200, null, null, group.group(), Vxlan.IANA_PORT, "veth-a",
                    dev, true, 0, false, false, g.unknown()));
            LinkInfo.VxlanInfo s6 = (LinkInfo.VxlanInfo) t.links().get("vxlan300").info();
            assertThat(s6).isEqualTo(new LinkInfo.VxlanInfo(300, six.local(), six.remote(), null, Vxlan.IANA_PORT, null,
                    0, true, 1, false, false, s6.unknown()));
            assertThat(got).hasToString("vxlan id 100 remote 192.0.2.2 local 192.0.2.1 dev veth-a dstport 4790"
                    + " nolearning l2miss l3miss ttl 64");
            LinkWitness.allAgree(t);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(TestNs t, String dev) {
        Map<String, Object> link = Json.array(t.ip("-d", "-j", "link", "show", "dev", dev)).get(0);
        return (Map<String, Object>) Json.at(link, "linkinfo", "info_data");
    }
}
