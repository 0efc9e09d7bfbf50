package io.netlink4j.benchmarks;

import static io.netlink4j.core.message.Netlink.NLM_F_CREATE;
import static io.netlink4j.core.message.Netlink.NLM_F_EXCL;
import static io.netlink4j.core.sys.SysConst.AF_UNSPEC;
import static io.netlink4j.route.internal.IfLink.IFLA_EXT_MASK;
import static io.netlink4j.route.internal.IfLink.IFLA_GROUP;
import static io.netlink4j.route.internal.IfLink.IFLA_IFNAME;
import static io.netlink4j.route.internal.IfLink.IFLA_INFO_DATA;
import static io.netlink4j.route.internal.IfLink.IFLA_INFO_KIND;
import static io.netlink4j.route.internal.IfLink.IFLA_LINKINFO;
import static io.netlink4j.route.internal.IfLink.VETH_INFO_PEER;
import static io.netlink4j.route.internal.Rtnetlink.RTM_DELLINK;
import static io.netlink4j.route.internal.Rtnetlink.RTM_GETLINK;
import static io.netlink4j.route.internal.Rtnetlink.RTM_NEWLINK;

import io.netlink4j.core.BatchResult;
import io.netlink4j.core.Errno;
import io.netlink4j.core.NetlinkException;
import io.netlink4j.core.NetlinkSocket;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.route.internal.Structs;
import java.util.List;

/**
 * Veth requests written straight onto a netlink-core socket, without netlink-route's API: the
 * floor the public {@code Links} API is compared with, and the benchmarks' own setup and checks.
 * The message is what {@code ip link add NAME group G type veth peer name PEER} sends.
 */
final class RawVeth {
    private RawVeth() {}

    /** {@code RTM_NEWLINK} body: ifinfomsg, name, group, linkinfo{kind veth, data{peer{ifinfomsg, name}}}. */
    static void body(MessageWriter w, String name, String peer, int group) {
        Structs.ifinfomsg(w, AF_UNSPEC, 0, 0, 0);
        w.putString(IFLA_IFNAME, name);
        w.putU32(IFLA_GROUP, group);
        int linkInfo = w.beginNested(IFLA_LINKINFO);
        w.putString(IFLA_INFO_KIND, "veth");
        int data = w.beginNested(IFLA_INFO_DATA);
        int peerInfo = w.beginNested(VETH_INFO_PEER);
        Structs.ifinfomsg(w, AF_UNSPEC, 0, 0, 0);
        w.putString(IFLA_IFNAME, peer);
        w.endNested(peerInfo);
        w.endNested(data);
        w.endNested(linkInfo);
    }

    /** Creates the pairs {@code names[i]}/{@code peers[i]} for the given indices, pipelined. */
    static BatchResult createAll(NetlinkSocket s, List<Integer> indices, String[] names, String[] peers,
                                 int group) {
        return s.executeAll(indices, (i, w) -> {
            w.begin(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL);
            body(w, names[i], peers[i], group);
        }, i -> "RTM_NEWLINK " + names[i]);
    }

    /**
     * Deletes every device of {@code group} in one request ({@code ip link del group G}).
     *
     * @return whether there was any ({@code ENODEV} from the kernel means none)
     */
    static boolean deleteGroup(NetlinkSocket s, int group) {
        try {
            s.execute(RTM_DELLINK, 0, "RTM_DELLINK", "group " + group, w -> {
                Structs.ifinfomsg(w, AF_UNSPEC, 0, 0, 0);
                w.putU32(IFLA_GROUP, group);
            });
            return true;
        } catch (NetlinkException e) {
            if (e.errorNumber() == Errno.ENODEV.number()) {
                return false;
            }
            throw e;
        }
    }

    /** Number of devices in the socket's namespace, loopback included (a dump, parsed into nothing). */
    static int countLinks(NetlinkSocket s) {
        int[] n = new int[1];
        s.dump(RTM_GETLINK, "RTM_GETLINK", w -> {
            Structs.ifinfomsg(w, AF_UNSPEC, 0, 0, 0);
            w.putU32(IFLA_EXT_MASK, 0);
        }, m -> {
            if (m.type() == RTM_NEWLINK) {
                n[0]++;
            }
        }, () -> n[0] = 0);
        return n[0];
    }
}
