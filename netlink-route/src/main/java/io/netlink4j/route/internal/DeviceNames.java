package io.netlink4j.route.internal;

import static io.netlink4j.core.uapi.SysConst.AF_UNSPEC;
import static io.netlink4j.route.uapi.IfLinkH.IFLA_EXT_MASK;
import static io.netlink4j.route.uapi.IfLinkH.IFLA_IFNAME;
import static io.netlink4j.route.uapi.RtnetlinkH.RTEXT_FILTER_SKIP_STATS;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_GETLINK;

import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.socket.Request;
import java.util.HashMap;
import java.util.Map;

/**
 * Device indices to names, for results the kernel reports with indices ({@code IFLA_MASTER},
 * {@code IFLA_LINK}, {@code ifa_index}, {@code RTA_OIF}...). One instance serves one call (a
 * list, a get, a stream of events): {@link #load} takes one light link dump before a streamed
 * dump whose callback cannot ask the kernel anything (the socket is busy), {@link #put} records
 * names seen on the way, and {@link #name} asks the kernel for an index it lacks, once.
 */
public final class DeviceNames {
    private final NetlinkSocket socket;
    private final Map<Integer, String> names = new HashMap<>();

    /** Lookups through {@code socket} (a {@code NETLINK_ROUTE} socket). */
    public DeviceNames(NetlinkSocket socket) {
        this.socket = socket;
    }

    /** Fills the cache with every device of the namespace: one {@code RTM_GETLINK} dump without counters. */
    public DeviceNames load() {
        socket.dump(Request.of(RTM_GETLINK, 0, "RTM_GETLINK", null, w -> {
            Structs.ifinfomsg(w, AF_UNSPEC, 0, 0, 0);
            w.putU32(IFLA_EXT_MASK, RTEXT_FILTER_SKIP_STATS);
        }), this::nameOf, n -> { });
        return this;
    }

    /** Records that {@code index} is named {@code name} (a device seen on the way), sparing a lookup. */
    public DeviceNames put(int index, String name) {
        names.put(index, name);
        return this;
    }

    /** Forgets {@code index} (a device that went away). */
    public void remove(int index) {
        names.remove(index);
    }

    /** The cached name of {@code index}, or {@code null}: never asks the kernel (safe inside a dump callback). */
    public String cached(int index) {
        return index == 0 ? null : names.get(index);
    }

    /**
     * The name of {@code index}, asking the kernel ({@code RTM_GETLINK} by index, without
     * counters) when the cache lacks it; {@code null} for 0 or a device that is gone.
     */
    public String name(int index) {
        if (index == 0) {
            return null;
        }
        if (names.containsKey(index)) {
            return names.get(index);
        }
        String n;
        try {
            n = socket.get(Request.of(RTM_GETLINK, 0, "RTM_GETLINK", "index " + index, w -> {
                Structs.ifinfomsg(w, AF_UNSPEC, index, 0, 0);
                w.putU32(IFLA_EXT_MASK, RTEXT_FILTER_SKIP_STATS);
            }), this::nameOf).orElse(null);
        } catch (NotFoundException gone) {
            n = null;
        }
        names.put(index, n);
        return n;
    }

    /** Records the index and name of a link message; returns the name. */
    private String nameOf(Message m) {
        String n = nameIn(m);
        names.put(m.u32(Structs.IFINFOMSG_INDEX), n);
        return n;
    }

    /** {@code IFLA_IFNAME} of a link message, or {@code null}. */
    public static String nameIn(Message m) {
        Attributes a = m.attributes(Structs.IFINFOMSG_LEN);
        while (a.next()) {
            if (a.type() == IFLA_IFNAME) {
                return a.string();
            }
        }
        return null;
    }
}
