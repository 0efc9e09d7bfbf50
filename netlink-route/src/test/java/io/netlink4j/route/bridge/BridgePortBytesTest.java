package io.netlink4j.route.bridge;

import static io.netlink4j.route.testing.Replies.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.ProtocolException;
import io.netlink4j.route.internal.DeviceNames;
import io.netlink4j.core.testing.Captures;
import io.netlink4j.core.testing.Json;
import io.netlink4j.route.testing.Replies;
import io.netlink4j.route.uapi.IfLinkH;
import io.netlink4j.route.uapi.RtnetlinkH;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Port settings go as {@code bridge link set} sends them, byte for byte; port dumps parse as {@code bridge -d -j link show} prints them. */
class BridgePortBytesTest {
    private static final BridgePortSpec VETH_B = BridgePortSpec.of("veth-b");

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("link-set-isolated-on", VETH_B.withIsolated(true)),
                Arguments.of("link-set-learning-off", VETH_B.withLearning(false)),
                Arguments.of("link-set-hairpin-on", VETH_B.withHairpin(true)),
                Arguments.of("link-set-flood-off", VETH_B.withFlood(false)),
                Arguments.of("link-set-mcast-flood-off", VETH_B.withMcastFlood(false)),
                Arguments.of("link-set-neigh-suppress-on", VETH_B.withNeighSuppress(true)),
                Arguments.of("link-set-guard-on", VETH_B.withBpduGuard(true)),
                Arguments.of("link-set-cost-10", VETH_B.withCost(10)),
                Arguments.of("link-set-priority-5", VETH_B.withPriority(5)),
                // given in any order, sent in bridge's fixed order
                Arguments.of("link-set-all", VETH_B.withIsolated(true).withNeighSuppress(true).withPriority(5)
                        .withCost(10).withLearning(false).withMcastFlood(false).withFlood(false).withHairpin(true)
                        .withBpduGuard(true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void sendsWhatBridgeLinkSetSends(String capture, BridgePortSpec spec) {
        Captures.Capture c = Captures.load("bridge/" + capture + ".hex");
        int index = Integer.parseInt(c.fact(spec.dev()));
        assertThat(hex(BridgePorts.changeRequest(spec, index).toBytes())).as(c.command()).isEqualTo(hex(c.datagram()));
    }

    @Test
    void dumpsAsBridgeLinkShowDoes() {
        Captures.Capture c = Captures.load("bridge/link-show.hex");
        assertThat(hex(BridgePorts.dumpRequest().toBytes()).substring(32)).isEqualTo(hex(c.datagram()).substring(32));
    }

    @Test
    void parsesPortsAsBridgePrintsThem() {
        List<BridgePort> ports = parse("bridge/link-show.reply.hex");
        List<java.util.Map<String, Object>> bridge = Json.array(Replies.text("bridge/link-show.json"));
        assertThat(ports.stream().map(BridgePortJson::of).toList())
                .isEqualTo(bridge.stream().map(BridgePortJson::witness).toList());
        assertThat(ports.get(0)).hasToString("veth-b master br0 state disabled priority 3 cost 7 hairpin off guard off "
                + "learning off flood on mcast_flood on bcast_flood on neigh_suppress off isolated on");
        // the port settings this record does not model (mcast_router, locked, timers...) are kept
        assertThat(ports.get(0).unknown()).extracting(io.netlink4j.core.message.RawAttribute::type)
                .contains(IfLinkH.IFLA_BRPORT_MULTICAST_ROUTER, IfLinkH.IFLA_BRPORT_LOCKED);
        // the VLAN dump carries the bridge itself too (no IFLA_PROTINFO): not a port
        assertThat(parse("bridge/vlan-show.reply.hex").stream().map(BridgePort::dev)).containsExactly("veth-b", "vxlan100");
    }

    @Test
    void refusesBadInputAndMalformedReplies() {
        assertThatThrownBy(() -> VETH_B.withCost(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bridge port veth-b: cost 0 is out of range 1..65535");
        assertThatThrownBy(() -> VETH_B.withPriority(64)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bridge port veth-b: priority 64 is out of range 0..63");
        assertThatThrownBy(() -> BridgePortSpec.of(null)).isInstanceOf(NullPointerException.class).hasMessage("dev");
        // a port message with IFLA_PROTINFO but no name
        String noName = "2c000000100002000000000000000000" + "07000000020000000000000000000000"
                + "0c000c80" + "0500210001000000";
        assertThatThrownBy(() -> Replies.parseOne(noName, m -> BridgePortCodec.parse(m, new DeviceNames(null))))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("without IFLA_IFNAME");
        // IFLA_BRPORT_COST of 2 bytes
        String shortCost = "34000000100002000000000000000000" + "07000000020000000000000000000000"
                + "08000300" + "61000000" + "0c000c80" + "06000300" + "0a000000";
        assertThatThrownBy(() -> Replies.parseOne(shortCost, m -> BridgePortCodec.parse(m, new DeviceNames(null))))
                .isInstanceOf(ProtocolException.class);
    }

    private static List<BridgePort> parse(String path) {
        DeviceNames names = new DeviceNames(null);
        Captures.Capture c = Captures.load(path);
        for (String dev : List.of("veth-a", "veth-b", "br0", "vxlan100")) {
            names.put(Integer.parseInt(c.fact(dev)), dev);
        }
        return Replies.parse(path, RtnetlinkH.RTM_NEWLINK, m -> BridgePortCodec.parse(m, names));
    }
}
