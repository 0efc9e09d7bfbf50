package io.netlink4j.route.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.Errno;
import io.netlink4j.core.KernelException;
import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.testing.Json;
import io.netlink4j.route.testing.TestNs;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Links#change} against the kernel, each change witnessed by {@code ip -j -d link show}:
 * what the spec sets changes, and nothing else does.
 */
class LinkChangeKernelTest {
    @Test
    void aBridgesSettingsChangeOneAtATimeAndTheOthersStay() {
        try (TestNs t = new TestNs()) {
            t.links().add(Bridge.of("br0"));
            Bridge br0 = Bridge.of("br0");
            t.links().change(br0.withStp(true));
            assertThat(data(t, "br0")).containsEntry("stp_state", 1L);
            t.links().change(br0.withAgeingTime(Duration.ofSeconds(10)));
            t.links().change(br0.withForwardDelay(Duration.ofSeconds(5)));
            t.links().change(br0.withHelloTime(Duration.ofSeconds(3)));
            t.links().change(br0.withMaxAge(Duration.ofSeconds(30)));
            t.links().change(br0.withPriority(100));
            t.links().change(br0.withMulticastSnooping(false));
            // each change sent only its own setting: the earlier ones are all still there
            assertThat(data(t, "br0")).containsEntry("stp_state", 1L).containsEntry("ageing_time", 1000L)
                    .containsEntry("forward_delay", 500L).containsEntry("hello_time", 300L)
                    .containsEntry("max_age", 3000L).containsEntry("priority", 100L).containsEntry("mcast_snooping", 0L);
            t.links().change(br0.withStp(false));
            assertThat(data(t, "br0")).containsEntry("stp_state", 0L).containsEntry("priority", 100L)
                    .containsEntry("ageing_time", 1000L);
            LinkWitness.allAgree(t);
        }
    }

    @Test
    void aBridgeChangesItsCommonOptionsAndSettingsInOneRequest() {
        try (TestNs t = new TestNs()) {
            t.links().add(Bridge.of("br0"));
            t.links().change(Bridge.of("br0").withUp().withMtu(1400).withMac("02:00:00:00:00:b1").withGroup(7)
                    .withStp(true).withAgeingTime(Duration.ofSeconds(10)));
            Map<String, Object> ip = t.ipLink("br0");
            assertThat(ip).containsEntry("mtu", 1400L).containsEntry("address", "02:00:00:00:00:b1")
                    .containsEntry("group", "7");
            assertThat(ip.get("flags").toString()).contains("UP");
            assertThat(data(t, "br0")).containsEntry("stp_state", 1L).containsEntry("ageing_time", 1000L);
            Link br = t.links().get("br0");
            assertThat(br.isUp()).isTrue();
            assertThat(((LinkInfo.BridgeInfo) br.info()).ageingTime()).isEqualTo(Duration.ofSeconds(10));
        }
    }

    @Test
    void vlanFilteringChangesWhereTheKernelHasItAndFailsAsWithIpWhereNot() {
        try (TestNs t = new TestNs()) {
            t.links().add(Bridge.of("br0"));
            boolean ipCan = t.tryIp("link", "set", "br0", "type", "bridge", "vlan_filtering", "1").exit() == 0;
            t.tryIp("link", "set", "br0", "type", "bridge", "vlan_filtering", "0");
            if (ipCan) {
                t.links().change(Bridge.of("br0").withVlanFiltering(true).withVlanProtocol(VlanProtocol.IEEE_802_1AD));
                assertThat(data(t, "br0")).containsEntry("vlan_filtering", 1L).containsEntry("vlan_protocol", "802.1ad");
                t.links().change(Bridge.of("br0").withVlanFiltering(false));
                assertThat(data(t, "br0")).containsEntry("vlan_filtering", 0L).containsEntry("vlan_protocol", "802.1ad");
            } else {
                // this kernel lacks CONFIG_BRIDGE_VLAN_FILTERING: refused as ip's request was, nothing else changed
                assertThatThrownBy(() -> t.links().change(Bridge.of("br0").withStp(true).withVlanFiltering(false)))
                        .isInstanceOfSatisfying(KernelException.class,
                                e -> assertThat(e.errno()).isEqualTo(Errno.EOPNOTSUPP))
                        .hasMessageStartingWith("RTM_NEWLINK br0 type bridge: Operation not supported (EOPNOTSUPP)");
                assertThat(data(t, "br0")).containsEntry("vlan_filtering", 0L);
                // the protocol alone is accepted (and, without 802.1Q, neither kept nor reported)
                t.links().change(Bridge.of("br0").withVlanProtocol(VlanProtocol.IEEE_802_1AD));
            }
        }
    }

    @Test
    void aVxlanChangesWhatTheKernelLetsItAndRefusesTheRest() {
        try (TestNs t = new TestNs()) {
            t.veth("veth-a", "veth-b").veth("veth-c", "veth-d");
            t.links().add(Vxlan.of("vxlan100", 100).withLocal("192.0.2.1").withRemote("192.0.2.2").withDevice("veth-a")
                    .withLearning(false).withTtl(64));
            Vxlan vx = Vxlan.of("vxlan100", 100);
            t.links().change(vx.withTtl(10));
            // learning was not restated: still off, as made
            assertThat(data(t, "vxlan100")).containsEntry("ttl", 10L).containsEntry("learning", false)
                    .containsEntry("local", "192.0.2.1").containsEntry("remote", "192.0.2.2").containsEntry("link", "veth-a");
            t.links().change(vx.withDevice("veth-c").withLocal("192.0.2.9").withRemote("192.0.2.3").withLearning(true));
            assertThat(data(t, "vxlan100")).containsEntry("ttl", 10L).containsEntry("learning", true)
                    .containsEntry("local", "192.0.2.9").containsEntry("remote", "192.0.2.3").containsEntry("link", "veth-c")
                    .containsEntry("port", 4789L);
            assertThatThrownBy(() -> t.links().change(Vxlan.of("vxlan100", 101).withTtl(20)))
                    .isInstanceOfSatisfying(KernelException.class, e -> {
                        assertThat(e.errno()).isEqualTo(Errno.EOPNOTSUPP);
                        assertThat(e.extAck()).isEqualTo("Cannot change VNI");
                    })
                    .hasMessage("RTM_NEWLINK vxlan100 type vxlan: Operation not supported (EOPNOTSUPP): Cannot change VNI");
            assertThatThrownBy(() -> t.links().change(vx.withLocal("fd00::1")))
                    .isInstanceOfSatisfying(KernelException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EOPNOTSUPP))
                    .hasMessageContaining("family");
            assertThatThrownBy(() -> t.links().change(vx.withTtl(30).withPort(4789)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dstport cannot be changed");
            // neither refusal changed anything
            assertThat(data(t, "vxlan100")).containsEntry("id", 100L).containsEntry("ttl", 10L)
                    .containsEntry("local", "192.0.2.9");
            LinkWitness.allAgree(t);
        }
    }

    @Test
    void aMacvlansModeChangesButNotToPassthru() {
        try (TestNs t = new TestNs()) {
            t.veth("veth-a", "veth-b");
            t.links().add(Macvlan.of("mv0", "veth-a").withMode(MacvlanMode.BRIDGE));
            t.links().change(Macvlan.of("mv0", "veth-a").withMode(MacvlanMode.PRIVATE));
            assertThat(data(t, "mv0")).containsEntry("mode", "private");
            t.links().change(Macvlan.of("mv0", "veth-a").withMode(MacvlanMode.VEPA));
            assertThat(data(t, "mv0")).containsEntry("mode", "vepa");
            assertThatThrownBy(() -> t.links().change(Macvlan.of("mv0", "veth-a").withMode(MacvlanMode.PASSTHRU)))
                    .isInstanceOfSatisfying(KernelException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EINVAL))
                    .hasMessageStartingWith("RTM_NEWLINK mv0 type macvlan: Invalid argument (EINVAL)");
            assertThat(data(t, "mv0")).containsEntry("mode", "vepa");
            assertThat(((LinkInfo.MacvlanInfo) t.links().get("mv0").info()).mode()).isEqualTo(MacvlanMode.VEPA);
        }
    }

    @Test
    void changingWhatIsNotThereFailsNamingIt() {
        try (TestNs t = new TestNs()) {
            assertThatThrownBy(() -> t.links().change(Bridge.of("br9").withStp(true)))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("RTM_NEWLINK br9 type bridge")
                    .hasMessageContaining("br9");
            t.links().add(Bridge.of("br0"));
            assertThatThrownBy(() -> t.links().change(Bridge.of("br0").withMaster("br9")))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("no device named 'br9'");
            t.veth("veth-a", "veth-b");
            // a bridge spec for a veth: the kernel refuses the kind
            assertThatThrownBy(() -> t.links().change(Bridge.of("veth-a").withStp(true)))
                    .isInstanceOfSatisfying(KernelException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EOPNOTSUPP));
            assertThatThrownBy(() -> t.links().change(null)).isInstanceOf(NullPointerException.class).hasMessage("spec");
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> data(TestNs t, String dev) {
        Map<String, Object> link = Json.array(t.ip("-d", "-j", "link", "show", "dev", dev)).get(0);
        return (Map<String, Object>) Json.at(link, "linkinfo", "info_data");
    }
}
