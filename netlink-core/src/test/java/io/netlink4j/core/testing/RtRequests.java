package io.netlink4j.core.testing;

import static io.netlink4j.core.testing.RtConst.*;

import io.netlink4j.core.message.MessageWriter;
import java.nio.charset.StandardCharsets;

/** Request bodies the core tests send to the kernel without netlink-route. */
public final class RtRequests {
    private RtRequests() {}

    /** The body iproute2 sends for {@code ip link add A type veth peer name B} (see GoldenBytesTest). */
    public static void veth(MessageWriter w, String a, String b) {
        w.reserve(IFINFOMSG_LEN);
        w.putString(IFLA_IFNAME, a);
        int linkinfo = w.beginNested(IFLA_LINKINFO);
        w.putBytes(IFLA_INFO_KIND, "veth".getBytes(StandardCharsets.US_ASCII));
        int data = w.beginNested(IFLA_INFO_DATA);
        int peer = w.beginNested(VETH_INFO_PEER);
        w.reserve(IFINFOMSG_LEN);
        w.putString(IFLA_IFNAME, b);
        w.endNested(peer);
        w.endNested(data);
        w.endNested(linkinfo);
    }
}
