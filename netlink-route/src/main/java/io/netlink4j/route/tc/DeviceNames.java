package io.netlink4j.route.tc;

import static io.netlink4j.core.uapi.SysConst.AF_UNSPEC;
import static io.netlink4j.route.uapi.IfLinkH.IFLA_EXT_MASK;
import static io.netlink4j.route.uapi.IfLinkH.IFLA_IFNAME;
import static io.netlink4j.route.uapi.RtnetlinkH.RTEXT_FILTER_SKIP_STATS;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_GETLINK;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_NEWLINK;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.socket.Request;
import io.netlink4j.route.internal.Structs;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Device indices to names for results that carry indices (a tc message's {@code tcm_ifindex},
 * a mirred action's target), read with one link dump before the tc dump that needs them: a dump
 * callback may not send requests of its own. An index not found prints as tc prints it,
 * {@code if7}.
 */
final class DeviceNames implements IntFunction<String> {
    private final Map<Integer, String> names;

    private DeviceNames(Map<Integer, String> names) {
        this.names = names;
    }

    /** Every device of the socket's namespace, by index ({@code RTM_GETLINK} dump without counters). */
    static DeviceNames dump(NetlinkSocket socket) {
        Map<Integer, String> m = new HashMap<>();
        socket.dump(Request.of(RTM_GETLINK, 0, "RTM_GETLINK", null, w -> {
            Structs.ifinfomsg(w, AF_UNSPEC, 0, 0, 0);
            w.putU32(IFLA_EXT_MASK, RTEXT_FILTER_SKIP_STATS);
        }), msg -> {
            if (msg.type() != RTM_NEWLINK) {
                return null;
            }
            int index = msg.u32(Structs.IFINFOMSG_INDEX);
            Attributes a = msg.attributes(Structs.IFINFOMSG_LEN);
            while (a.next()) {
                if (a.type() == IFLA_IFNAME) {
                    m.put(index, a.string());
                }
            }
            return index;
        });
        return new DeviceNames(m);
    }

    /** One known device, for listings of that device alone. */
    static DeviceNames of(int index, String name) {
        return new DeviceNames(Map.of(index, name));
    }

    /** A fixed map, for tests and parsers of captured bytes. */
    static DeviceNames of(Map<Integer, String> names) {
        return new DeviceNames(Map.copyOf(names));
    }

    /**
     * {@code names}, answering for an index it cannot name ({@code null}) as tc prints it,
     * {@code if7}: the records name their device with a string that is never {@code null}.
     */
    static IntFunction<String> orIndex(IntFunction<String> names) {
        return i -> {
            String n = names.apply(i);
            return n != null ? n : "if" + i;
        };
    }

    @Override
    public String apply(int index) {
        String n = names.get(index);
        return n != null ? n : "if" + index;
    }
}
