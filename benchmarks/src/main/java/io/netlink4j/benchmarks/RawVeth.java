package io.netlink4j.benchmarks;

import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.socket.BatchResult;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.socket.Request;
import java.util.ArrayList;
import java.util.List;

/**
 * Veth requests written straight onto a netlink-core socket, without netlink-route's API: the
 * floor the public {@code Links} API is compared with, and the benchmarks' own setup and checks.
 * The message is what {@code ip link add NAME group G type veth peer name PEER} sends. The
 * constants are the uapi headers' ({@code linux/rtnetlink.h}, {@code linux/if_link.h},
 * {@code linux/veth.h}, {@code linux/netlink.h}), spelled out here because netlink-route keeps its
 * own constants unexported.
 */
final class RawVeth {
    private static final int AF_UNSPEC = 0;
    private static final int NLM_F_EXCL = 0x200;
    private static final int NLM_F_CREATE = 0x400;
    private static final int RTM_NEWLINK = 16;
    private static final int RTM_DELLINK = 17;
    private static final int RTM_GETLINK = 18;
    private static final int IFLA_IFNAME = 3;
    private static final int IFLA_LINKINFO = 18;
    private static final int IFLA_GROUP = 27;
    private static final int IFLA_EXT_MASK = 29;
    private static final int IFLA_INFO_KIND = 1;
    private static final int IFLA_INFO_DATA = 2;
    private static final int VETH_INFO_PEER = 1;

    private RawVeth() {}

    /** {@code struct ifinfomsg}: family u8, pad u8, type u16, index s32, flags u32, change u32. */
    private static void ifinfomsg(MessageWriter w) {
        w.u8(AF_UNSPEC).u8(0).u16(0).u32(0).u32(0).u32(0);
    }

    /** {@code RTM_NEWLINK} body: ifinfomsg, name, group, linkinfo{kind veth, data{peer{ifinfomsg, name}}}. */
    static void body(MessageWriter w, String name, String peer, int group) {
        ifinfomsg(w);
        w.putString(IFLA_IFNAME, name);
        w.putU32(IFLA_GROUP, group);
        int linkInfo = w.beginNestedPlain(IFLA_LINKINFO); // as iproute2 sends it: no NLA_F_NESTED
        w.putString(IFLA_INFO_KIND, "veth");
        int data = w.beginNestedPlain(IFLA_INFO_DATA);
        int peerInfo = w.beginNestedPlain(VETH_INFO_PEER);
        ifinfomsg(w);
        w.putString(IFLA_IFNAME, peer);
        w.endNested(peerInfo);
        w.endNested(data);
        w.endNested(linkInfo);
    }

    /** Creates the pairs {@code names[i]}/{@code peers[i]} for the given indices, pipelined. */
    static BatchResult createAll(NetlinkSocket s, List<Integer> indices, String[] names, String[] peers,
                                 int group) {
        List<Request> requests = new ArrayList<>(indices.size());
        for (int i : indices) {
            requests.add(Request.of(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWLINK", names[i],
                    w -> body(w, names[i], peers[i], group)));
        }
        return s.executeAll(requests);
    }

    /**
     * Deletes every device of {@code group} in one request ({@code ip link del group G}).
     *
     * @return whether there was any ({@code ENODEV} from the kernel means none)
     */
    static boolean deleteGroup(NetlinkSocket s, int group) {
        try {
            s.execute(Request.of(RTM_DELLINK, 0, "RTM_DELLINK", "group " + group, w -> {
                ifinfomsg(w);
                w.putU32(IFLA_GROUP, group);
            }));
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** Number of devices in the socket's namespace, loopback included (a dump, parsed into nothing). */
    static int countLinks(NetlinkSocket s) {
        int[] n = new int[1];
        s.dump(Request.of(RTM_GETLINK, 0, "RTM_GETLINK", null, w -> {
            ifinfomsg(w);
            w.putU32(IFLA_EXT_MASK, 0);
        }), (Message m) -> m.type() == RTM_NEWLINK ? m : null, m -> n[0]++);
        return n[0];
    }
}
