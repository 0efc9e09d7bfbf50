package io.netlink4j.route.bridge;

import static io.netlink4j.route.testing.Replies.hex;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_DELLINK;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_SETLINK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.socket.Request;
import io.netlink4j.core.testing.Captures;
import io.netlink4j.route.testing.Replies;
import io.netlink4j.route.uapi.RtnetlinkH;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bridge VLAN filtering, proven byte for byte against what {@code bridge vlan} and
 * {@code ip link set br0 type bridge vlan_filtering} send: this machine's kernel has no 802.1Q,
 * so these captures are the proof here (the kernel refused most of them with EOPNOTSUPP, after
 * iproute2 had sent them).
 */
class BridgeVlanBytesTest {
    static Stream<Arguments> requests() {
        return Stream.of(
                vlan("vlan-add-pvid-untagged", RTM_SETLINK, BridgeVlanSpec.of("veth-b", 10).withPvid().withUntagged()),
                vlan("vlan-add-range", RTM_SETLINK, BridgeVlanSpec.range("veth-b", 20, 30)),
                vlan("vlan-add-range-untagged-master", RTM_SETLINK,
                        BridgeVlanSpec.range("veth-b", 20, 30).withUntagged().withMaster()),
                vlan("vlan-add-self", RTM_SETLINK, BridgeVlanSpec.of("br0", 10).withSelf()),
                vlan("vlan-del", RTM_DELLINK, BridgeVlanSpec.of("veth-b", 10)),
                vlan("vlan-del-range", RTM_DELLINK, BridgeVlanSpec.range("veth-b", 20, 30)));
        // setFiltering sends links().change(Bridge.of(br).withVlanFiltering(on)): LinkChangeBytesTest proves it
        // against the same captures, link/bridge-set-vlan-filtering-1 and -0.
    }

    private static Arguments vlan(String capture, int type, BridgeVlanSpec spec) {
        return Arguments.of(capture, spec.dev(), (IntFunction<Request>) i -> BridgeVlans.request(type, spec, i));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void sendsWhatBridgeVlanSends(String capture, String dev, IntFunction<Request> make) {
        Captures.Capture c = Captures.load("bridge/" + capture + ".hex");
        Request r = make.apply(Integer.parseInt(c.fact(dev)));
        assertThat(hex(r.toBytes())).as(c.command()).isEqualTo(hex(c.datagram()));
    }

    @Test
    void dumpsAsBridgeVlanShowDoes() {
        Captures.Capture c = Captures.load("bridge/vlan-show.hex");
        assertThat(hex(BridgeVlans.dumpRequest().toBytes()).substring(32)).isEqualTo(hex(c.datagram()).substring(32));
        // this kernel has no VLANs to report: the real dump parses to none
        assertThat(Replies.parse("bridge/vlan-show.reply.hex", RtnetlinkH.RTM_NEWLINK, BridgeVlanCodec::parse)
                .stream().flatMap(List::stream)).isEmpty();
    }

    /**
     * A port's VLANs as a kernel with filtering reports them: the message is built here (from
     * if_bridge.h's layout), since this kernel cannot produce one; the kernel test checks the
     * same against {@code bridge -j vlan show} where the kernel can.
     */
    @Test
    void parsesAPortsVlansAndRanges() {
        String msg = "50000000" + "10000200" + "0000000000000000"
                + "07000000" + "02000000" + "00000000" + "00000000"        // AF_BRIDGE, veth-b (2)
                + "0b000300" + "766574682d620000"                         // IFLA_IFNAME veth-b
                + "24001a00"                                              // IFLA_AF_SPEC
                + "08000200" + "06000100"                                 //   vid 1 PVID untagged
                + "08000200" + "00000a00"                                 //   vid 10
                + "08000200" + "08001400"                                 //   vid 20 range begin
                + "08000200" + "10001e00";                                //   vid 30 range end
        List<BridgeVlan> vlans = Replies.parseOne(msg, BridgeVlanCodec::parse);
        assertThat(vlans).containsExactly(new BridgeVlan("veth-b", 1, 1, true, true),
                new BridgeVlan("veth-b", 10, 10, false, false), new BridgeVlan("veth-b", 20, 30, false, false));
        assertThat(vlans.stream().map(BridgeVlan::toString))
                .containsExactly("veth-b 1 PVID Egress Untagged", "veth-b 10", "veth-b 20-30");
        // a range end without its begin is malformed
        String lonelyEnd = "40000000" + "10000200" + "0000000000000000" + "07000000020000000000000000000000"
                + "0b000300" + "766574682d620000" + "14001a00" + "08000200" + "06000100" + "08000200" + "10001e00";
        assertThatThrownBy(() -> Replies.parseOne(lonelyEnd, BridgeVlanCodec::parse))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("without its begin");
    }

    @Test
    void refusesBadVlans() {
        assertThatThrownBy(() -> BridgeVlanSpec.of("veth-b", 4095)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vid 4095 is out of range 1..4094");
        assertThatThrownBy(() -> BridgeVlanSpec.range("veth-b", 30, 20)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vid range 30-20: the end must be in 31..4094");
        assertThatThrownBy(() -> BridgeVlanSpec.range("veth-b", 20, 30).withPvid())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("vid range 20-30: a range cannot be the pvid");
        assertThat(BridgeVlanSpec.of("veth-b", 10).withPvid().withUntagged()).hasToString("dev veth-b vid 10 pvid untagged");
    }
}
