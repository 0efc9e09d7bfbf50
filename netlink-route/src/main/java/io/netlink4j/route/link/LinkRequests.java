package io.netlink4j.route.link;

import static io.netlink4j.core.uapi.Netlink.NLM_F_CREATE;
import static io.netlink4j.core.uapi.Netlink.NLM_F_EXCL;
import static io.netlink4j.core.uapi.SysConst.AF_PACKET;
import static io.netlink4j.core.uapi.SysConst.AF_UNSPEC;
import static io.netlink4j.route.uapi.IfLinkH.*;
import static io.netlink4j.route.uapi.RtnetlinkH.RTEXT_FILTER_VF;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_DELLINK;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_GETLINK;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_NEWLINK;

import io.netlink4j.core.MacAddress;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.socket.Request;
import io.netlink4j.core.socket.RequestBody;
import io.netlink4j.route.internal.Structs;
import java.nio.charset.StandardCharsets;

/**
 * The requests of {@code ip link}, each as iproute2 6.1 sends it: changes and deletions name the
 * device by index in {@code ifinfomsg} (iproute2 looks the name up first), dumps ask with
 * {@code AF_PACKET} and {@code RTEXT_FILTER_VF}.
 */
final class LinkRequests {

    private LinkRequests() {}

    /** {@code ip link add ...}: {@code RTM_NEWLINK} with {@code NLM_F_CREATE | NLM_F_EXCL}. */
    static Request add(LinkSpec spec, int masterIndex, int parentIndex, int peerNamespaceFd) {
        return Request.of(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWLINK", spec.name(),
                w -> LinkCodec.writeNewLink(w, spec, masterIndex, parentIndex, peerNamespaceFd));
    }

    /**
     * {@code ip link set NAME [up] [mtu] [address] [group] [master] type KIND ...}:
     * {@code RTM_NEWLINK} without {@code NLM_F_CREATE} for the device at {@code index}.
     */
    static Request change(LinkSpec spec, String subject, int index, int masterIndex, int deviceIndex) {
        return Request.of(RTM_NEWLINK, 0, "RTM_NEWLINK", subject,
                w -> LinkCodec.writeChange(w, spec, index, masterIndex, deviceIndex));
    }

    /** {@code ip link del NAME}, the device at {@code index}. */
    static Request delete(int index, String name) {
        return Request.of(RTM_DELLINK, 0, "RTM_DELLINK", name, w -> LinkCodec.header(w, index, false));
    }

    /** {@code RTM_DELLINK} naming the device by {@code IFLA_IFNAME}: the kernel looks it up, no round trip first. */
    static Request deleteByName(String name) {
        return Request.of(RTM_DELLINK, 0, "RTM_DELLINK", name, w -> {
            LinkCodec.header(w, 0, false);
            w.putString(IFLA_IFNAME, name);
        });
    }

    /** {@code ip link del group GROUP}: index 0 and {@code IFLA_GROUP}. */
    static Request deleteGroup(int group) {
        return Request.of(RTM_DELLINK, 0, "RTM_DELLINK", "group " + Integer.toUnsignedString(group), w -> {
            LinkCodec.header(w, 0, false);
            w.putU32(IFLA_GROUP, group);
        });
    }

    /** {@code ip link set NAME up}. */
    static Request up(int index, String name) {
        return change(index, name + " up", IFF_UP, IFF_UP, null);
    }

    /** {@code ip link set NAME down}. */
    static Request down(int index, String name) {
        return change(index, name + " down", 0, IFF_UP, null);
    }

    /** {@code ip link set NAME master BRIDGE}; master index 0 is {@code nomaster}. */
    static Request master(int index, String name, int masterIndex, String master) {
        return change(index, name + (masterIndex == 0 ? " nomaster" : " master " + master), 0, 0,
                w -> w.putU32(IFLA_MASTER, masterIndex));
    }

    /** {@code ip link set NAME netns NS}, the namespace by descriptor. */
    static Request netnsFd(int index, String name, int fd, String namespace) {
        return change(index, name + " netns " + namespace, 0, 0, w -> w.putU32(IFLA_NET_NS_FD, fd));
    }

    /** {@code ip link set NAME netns PID}. */
    static Request netnsPid(int index, String name, int pid) {
        return change(index, name + " netns " + pid, 0, 0, w -> w.putU32(IFLA_NET_NS_PID, pid));
    }

    /** {@code ip link set NAME mtu MTU}. */
    static Request mtu(int index, String name, int mtu) {
        return change(index, name + " mtu " + mtu, 0, 0, w -> w.putU32(IFLA_MTU, mtu));
    }

    /** {@code ip link set NAME address MAC}. */
    static Request address(int index, String name, MacAddress mac) {
        byte[] b = mac.bytes();
        return change(index, name + " address " + mac, 0, 0, w -> w.putBytes(IFLA_ADDRESS, b));
    }

    /** {@code ip link set NAME name NEWNAME}. */
    static Request rename(int index, String name, String newName) {
        return change(index, name + " name " + newName, 0, 0, w -> w.putString(IFLA_IFNAME, newName));
    }

    /** {@code ip link set NAME alias TEXT}: without a NUL, as iproute2 sends it; empty removes the alias. */
    static Request alias(int index, String name, String alias) {
        byte[] b = alias.getBytes(StandardCharsets.UTF_8);
        return change(index, name + " alias", 0, 0, w -> w.putBytes(IFLA_IFALIAS, b));
    }

    /** {@code ip link set NAME group GROUP}. */
    static Request group(int index, String name, int group) {
        return change(index, name + " group " + Integer.toUnsignedString(group), 0, 0,
                w -> w.putU32(IFLA_GROUP, group));
    }

    /** {@code RTM_NEWLINK} without {@code NLM_F_CREATE} for the device at {@code index}. */
    private static Request change(int index, String subject, int flags, int change, RequestBody attributes) {
        return Request.of(RTM_NEWLINK, 0, "RTM_NEWLINK", subject, w -> {
            Structs.ifinfomsg(w, AF_UNSPEC, index, flags, change);
            if (attributes != null) {
                attributes.write(w);
            }
        });
    }

    /** {@code ip link show dev NAME}: one link by name. */
    static Request get(String name) {
        return Request.of(RTM_GETLINK, 0, "RTM_GETLINK", name, w -> {
            Structs.ifinfomsg(w, AF_PACKET, 0, 0, 0);
            w.putString(IFLA_IFNAME, name);
            w.putU32(IFLA_EXT_MASK, RTEXT_FILTER_VF);
        });
    }

    /** One link by index. */
    static Request get(int index) {
        return Request.of(RTM_GETLINK, 0, "RTM_GETLINK", "index " + index, w -> {
            Structs.ifinfomsg(w, AF_PACKET, index, 0, 0);
            w.putU32(IFLA_EXT_MASK, RTEXT_FILTER_VF);
        });
    }

    /** {@code ip link show [master BRIDGE] [type KIND]}: a dump, filtered by the kernel where it can. */
    static Request list(LinkFilter filter, int masterIndex) {
        return Request.of(RTM_GETLINK, 0, "RTM_GETLINK", filter.toString().isEmpty() ? null : filter.toString(), w -> {
            Structs.ifinfomsg(w, AF_PACKET, 0, 0, 0);
            w.putU32(IFLA_EXT_MASK, RTEXT_FILTER_VF);
            writeFilter(w, filter, masterIndex);
        });
    }

    private static void writeFilter(MessageWriter w, LinkFilter filter, int masterIndex) {
        if (masterIndex > 0) {
            w.putU32(IFLA_MASTER, masterIndex);
        }
        if (filter.kind() != null) {
            int linkinfo = w.beginNestedPlain(IFLA_LINKINFO);
            w.putBytes(IFLA_INFO_KIND, filter.kind().getBytes(StandardCharsets.US_ASCII));
            w.endNested(linkinfo);
        }
    }
}
