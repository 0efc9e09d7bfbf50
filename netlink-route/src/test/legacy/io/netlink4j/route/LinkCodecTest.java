package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.MessageReader;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.route.internal.IfLink;
import io.netlink4j.route.internal.LinkCodec;
import io.netlink4j.route.internal.Rtnetlink;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Request encodings compared with the bytes iproute2 sends, for kinds this kernel cannot create
 * (it has no 8021q module, so the behaviour tests cannot read a vlan back).
 */
class LinkCodecTest {
    /**
     * The payload (after nlmsghdr) of {@code ip link add link vp0 name vp0.10 type vlan id 10}
     * with vp0 at index 3, from {@code strace -f -e trace=sendmsg -xx ip ...} (iproute2 6.1).
     */
    private static final String IP_VLAN = "00000000000000000000000000000000" + "0800050003000000"
            + "0b000300767030 2e31300000".replace(" ", "") + "1800120008000100766c616e" + "0c000200060001000a000000";

    @Test
    void vlanRequestCarriesWhatIproute2Sends() {
        try (Arena arena = Arena.ofConfined()) {
            MessageWriter w = new MessageWriter(arena, 256);
            w.begin(Rtnetlink.RTM_NEWLINK, 0);
            LinkCodec.writeNewLink(w, Vlan.of("vp0.10", "vp0", 10), 0, 3);
            MemorySegment ours = w.finish();
            MessageReader r = new MessageReader(ours, (int) ours.byteSize());
            assertThat(r.next()).isTrue();
            byte[] payload = r.message().bytes(0, r.message().payloadLength());
            // Attribute order and NLA_F_NESTED differ between senders; the content must not.
            assertThat(tree(payload)).isEqualTo(tree(HexFormat.of().parseHex(IP_VLAN)));
            assertThat(tree(payload)).contains("5=03000000", "3=7670302e313000");
        }
    }

    /** Attributes after the 16-byte ifinfomsg as sorted "type=hex" / "type{...}" strings. */
    private static List<String> tree(byte[] payload) {
        MemorySegment seg = MemorySegment.ofArray(payload);
        assertThat(HexFormat.of().formatHex(payload, 0, 16)).isEqualTo("00".repeat(16));
        return walk(new Attributes(seg, 16, payload.length - 16), 0);
    }

    private static List<String> walk(Attributes a, int depth) {
        List<String> out = new ArrayList<>();
        while (a.next()) {
            boolean nested = (depth == 0 && a.type() == IfLink.IFLA_LINKINFO)
                    || (depth == 1 && a.type() == IfLink.IFLA_INFO_DATA);
            String hex = HexFormat.of().formatHex(a.bytes());
            if (depth == 1 && a.type() == IfLink.IFLA_INFO_KIND) {
                hex = hex.replaceAll("(00)+$", ""); // NLA_STRING: iproute2 omits the NUL, we send it
            }
            out.add(nested ? a.type() + walk(a.nested(), depth + 1).toString() : a.type() + "=" + hex);
        }
        out.sort(null);
        return out;
    }
}
