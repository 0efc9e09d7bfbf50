package io.netlink4j.route.link;

import static io.netlink4j.route.testing.Replies.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.testing.Captures;
import io.netlink4j.core.testing.Captures.Capture;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Links#change} byte for byte as {@code ip link set NAME ... type bridge|vxlan|macvlan ...}
 * sends it ({@code captures/link/*-set-*.hex}): the device by the index the capture states, no
 * name, and only the options given. Captures the kernel refused (vlan_filtering on this kernel,
 * another VNI, passthru) are compared too: ip sent them all the same.
 */
class LinkChangeBytesTest {
    private static final Bridge BR0 = Bridge.of("br0");
    private static final Vxlan VX = Vxlan.of("vxlan100", 100);

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("bridge-set-stp-state-0", BR0.withStp(false)),
                Arguments.of("bridge-set-ageing-time-1000", BR0.withAgeingTime(Duration.ofSeconds(10))),
                Arguments.of("bridge-set-forward-delay-500", BR0.withForwardDelay(Duration.ofSeconds(5))),
                Arguments.of("bridge-set-mcast-snooping-0", BR0.withMulticastSnooping(false)),
                Arguments.of("bridge-set-vlan-protocol-802.1ad", BR0.withVlanProtocol(VlanProtocol.IEEE_802_1AD)),
                Arguments.of("bridge-set-vlan-filtering-1", BR0.withVlanFiltering(true)),
                Arguments.of("bridge-set-vlan-filtering-0", BR0.withVlanFiltering(false)),
                Arguments.of("bridge-set-hello-time-300", BR0.withHelloTime(Duration.ofSeconds(3))),
                Arguments.of("bridge-set-max-age-3000", BR0.withMaxAge(Duration.ofSeconds(30))),
                Arguments.of("bridge-set-priority-100", BR0.withPriority(100)),
                Arguments.of("bridge-set-all", everything().withVlanFiltering(false)),
                Arguments.of("bridge-set-no-vlan-filtering", everything()),
                Arguments.of("vxlan-set-ttl-10", VX.withTtl(10)),
                Arguments.of("vxlan-set-learning", VX.withLearning(true)),
                Arguments.of("vxlan-set-all", VX.withTtl(10).withDevice("veth-a").withLocal("192.0.2.9")
                        .withRemote("192.0.2.3").withLearning(true)),
                Arguments.of("vxlan-set-group-dev", VX.withDevice("veth-a").withMulticastGroup("239.1.1.1")),
                Arguments.of("vxlan-set-id-101", Vxlan.of("vxlan100", 101)),
                Arguments.of("macvlan-set-mode-private", Macvlan.of("mv0", "veth-a").withMode(MacvlanMode.PRIVATE)),
                Arguments.of("macvlan-set-mode-passthru", Macvlan.of("mv0", "veth-a").withMode(MacvlanMode.PASSTHRU)));
    }

    /** {@code up mtu 1400 address 02:00:00:00:00:b1 group 7 type bridge stp_state 1 forward_delay 500 ...}. */
    private static Bridge everything() {
        return BR0.withUp().withMtu(1400).withMac("02:00:00:00:00:b1").withGroup(7).withStp(true)
                .withForwardDelay(Duration.ofSeconds(5)).withHelloTime(Duration.ofSeconds(3))
                .withMaxAge(Duration.ofSeconds(30)).withAgeingTime(Duration.ofSeconds(10)).withPriority(100)
                .withMulticastSnooping(false).withVlanProtocol(VlanProtocol.IEEE_802_1AD);
    }

    /** Every fixture of {@code ip link set ... type bridge|vxlan|macvlan}, and where it is proven. */
    static final List<String> FIXTURES = Stream.concat(changes().map(a -> (String) a.get()[0]),
            Stream.of("bridge-add-timers-priority", "vxlan-set-dstport-4789")).toList();

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void sendsWhatIpLinkSetSends(String capture, LinkSpec spec) {
        Capture c = Captures.load("link/" + capture + ".hex");
        LinkChange.check(spec);
        int device = spec instanceof Vxlan x && x.device() != null ? Integer.parseInt(c.fact(x.device())) : 0;
        byte[] ours = LinkRequests.change(spec, LinkChange.subject(spec), Integer.parseInt(c.fact(spec.name())), 0,
                device).toBytes();
        assertThat(hex(ours)).as(c.command()).isEqualTo(hex(c.datagram()));
    }

    @Test
    void createsABridgeWithItsStpTimersAndPriorityAsIpDoes() {
        Capture c = Captures.load("link/bridge-add-timers-priority.hex");
        Bridge b = BR0.withStp(true).withForwardDelay(Duration.ofSeconds(4)).withHelloTime(Duration.ofSeconds(3))
                .withMaxAge(Duration.ofSeconds(30)).withAgeingTime(Duration.ofSeconds(30)).withPriority(100);
        assertThat(hex(LinkRequests.add(b, 0, 0, -1).toBytes())).as(c.command()).isEqualTo(hex(c.datagram()));
        assertThat(b).hasToString("br0 type bridge stp_state 1 forward_delay 400 hello_time 300 max_age 3000"
                + " ageing_time 3000 priority 100");
    }

    @Test
    void refusesWhatTheKernelCannotChangeBeforeSending() {
        // ip sends it (captures/link/vxlan-set-dstport-4789.hex) and the kernel refuses: "Cannot change port".
        assertThat(Captures.load("link/vxlan-set-dstport-4789.hex").comments())
                .anyMatch(l -> l.contains("EOPNOTSUPP Cannot change port"));
        assertThatThrownBy(() -> LinkChange.check(VX.withPort(4789))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vxlan vxlan100: dstport cannot be changed after creation (the kernel refuses even the"
                        + " current value: \"Cannot change port\"); delete and add the device");
        assertThatThrownBy(() -> LinkChange.check(VX.withL2miss(true))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("vxlan vxlan100: l2miss cannot be changed after creation");
        assertThatThrownBy(() -> LinkChange.check(VX.withL3miss(false))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("vxlan vxlan100: l3miss cannot be changed after creation");
        assertThatThrownBy(() -> LinkChange.check(Veth.of("veth-a", "veth-b").withMtu(1400)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("veth veth-a: the kernel changes no veth setting in place");
        assertThatThrownBy(() -> LinkChange.check(Vlan.of("veth-a.10", "veth-a", 10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("vlan veth-a.10: id and protocol");
        assertThatThrownBy(() -> LinkChange.check(BR0.withQueues(2))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bridge br0: the number of queues is fixed at creation (the kernel ignores it on a change)");
    }

    @Test
    void refusesBadBridgeValues() {
        assertThatThrownBy(() -> BR0.withPriority(65536)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bridge br0: priority 65536 is out of range: 0..65535");
        assertThatThrownBy(() -> BR0.withHelloTime(Duration.ofMillis(1005))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bridge br0: hello time PT1.005S is not a whole number of centiseconds, the unit the"
                        + " kernel keeps it in");
        assertThatThrownBy(() -> BR0.withMaxAge(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bridge br0: max age PT-1S is negative");
        assertThatThrownBy(() -> BR0.withHelloTime(null)).isInstanceOf(NullPointerException.class).hasMessage("time");
    }
}
