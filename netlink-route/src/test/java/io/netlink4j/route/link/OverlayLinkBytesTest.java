package io.netlink4j.route.link;

import static io.netlink4j.route.testing.Replies.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.testing.Captures;
import io.netlink4j.core.testing.Captures.Capture;
import java.time.Duration;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The VXLAN overlay options (ttl, l2miss, l3miss, nolearning, dev, local, remote/group, IPv6) and
 * the bridge settings (STP, timers, multicast snooping, VLAN protocol) byte for byte as
 * {@code ip link add ... type vxlan|bridge} sends them.
 */
class OverlayLinkBytesTest {
    private static final Vxlan VX = Vxlan.of("vxlan100", 100);
    private static final Vxlan OVERLAY = VX.withLocal("192.0.2.1").withLearning(false).withTtl(64);

    static Stream<Arguments> creates() {
        return Stream.of(
                Arguments.of("vxlan-add", OVERLAY),
                Arguments.of("vxlan-add-remote", OVERLAY.withRemote("192.0.2.2")),
                Arguments.of("vxlan-add-dev", OVERLAY.withDevice("veth-a")),
                Arguments.of("vxlan-add-l2miss-l3miss", OVERLAY.withL2miss(true).withL3miss(true)),
                Arguments.of("vxlan-add-group-dev", OVERLAY.withMulticastGroup("239.1.1.1").withDevice("veth-a")),
                Arguments.of("vxlan-add-all", VX.withTtl(64).withL2miss(true).withL3miss(true).withDevice("veth-a")
                        .withLocal("192.0.2.1").withRemote("192.0.2.2").withLearning(false)),
                Arguments.of("vxlan-add-learning", VX),
                Arguments.of("vxlan-add-ipv6", VX.withLocal("fd00::1").withRemote("fd00::2")),
                Arguments.of("bridge-add-mcast-snooping-0", Bridge.of("br0").withMulticastSnooping(false)),
                Arguments.of("bridge-add-vlan-protocol-802.1ad", Bridge.of("br0").withVlanProtocol(VlanProtocol.IEEE_802_1AD)),
                Arguments.of("bridge-add-options", Bridge.of("br0").withStp(true).withForwardDelay(Duration.ofSeconds(4))
                        .withAgeingTime(Duration.ofSeconds(30)).withVlanFiltering(true).withMulticastSnooping(false)
                        .withVlanProtocol(VlanProtocol.IEEE_802_1AD)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("creates")
    void sendsWhatIpLinkAddSends(String capture, LinkSpec spec) {
        Capture c = Captures.load("link/" + capture + ".hex");
        ToIntFunction<String> index = dev -> dev == null ? 0 : Integer.parseInt(c.fact(dev));
        byte[] ours = LinkRequests.add(spec, 0, index.applyAsInt(LinkCodec.parentOf(spec)), -1).toBytes();
        assertThat(hex(ours)).as(c.command()).isEqualTo(hex(c.datagram()));
    }

    @Test
    void refusesBadOverlayValues() {
        assertThatThrownBy(() -> VX.withTtl(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vxlan vxlan100: ttl 0 is out of range: 1..255");
        assertThatThrownBy(() -> VX.withTtl(256)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vxlan vxlan100: ttl 256 is out of range: 1..255");
        assertThatThrownBy(() -> Bridge.of("br0").withVlanProtocol(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("protocol");
    }
}
