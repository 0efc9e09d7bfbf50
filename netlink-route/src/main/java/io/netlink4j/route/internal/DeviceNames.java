package io.netlink4j.route.internal;

import static io.netlink4j.route.uapi.IfLinkH.IFLA_IFNAME;

import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.socket.NetlinkSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * Device indices to names, for results that the kernel reports with indices ({@code ifa_index},
 * {@code RTA_OIF}, {@code ndm_ifindex}). One instance serves one call: {@link #load} takes one
 * link dump before a dump whose callback cannot ask the kernel anything (the socket is busy), and
 * {@link #name} asks for an index the snapshot lacks (a device made in between) once the socket
 * is free again.
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
        socket.dump(Devices.getLink(null, 0, null), DeviceNames::entry, e -> names.put(e.getKey(), e.getValue()));
        return this;
    }

    /**
     * The index of the device named {@code dev} ({@link Devices#index(NetlinkSocket, String, Object)}),
     * asked once per name and remembered for {@link #name}: a call that names devices by name
     * and reports them by index needs no second lookup.
     *
     * @param forWhat the request the lookup is for, named only if it fails
     * @throws io.netlink4j.core.NotFoundException naming {@code dev} and {@code forWhat}
     */
    public int index(String dev, Object forWhat) {
        for (Map.Entry<Integer, String> e : names.entrySet()) {
            if (dev.equals(e.getValue())) {
                return e.getKey();
            }
        }
        int index = Devices.index(socket, dev, forWhat);
        names.put(index, dev);
        return index;
    }

    /** Adds one known pair (a device the caller named), sparing a lookup. */
    public DeviceNames put(int index, String name) {
        names.put(index, name);
        return this;
    }

    /** A copy of what is cached, index to name (names of devices found gone are left out). */
    public Map<Integer, String> snapshot() {
        Map<Integer, String> copy = new HashMap<>();
        names.forEach((i, n) -> {
            if (n != null) {
                copy.put(i, n);
            }
        });
        return copy;
    }

    /** The cached name of {@code index}, or {@code null}: never asks the kernel (safe inside a dump callback). */
    public String cached(int index) {
        return index == 0 ? null : names.get(index);
    }

    /**
     * The name of {@code index}, asking the kernel ({@code RTM_GETLINK} by index) when the cache
     * lacks it; {@code null} for 0 or a device that is gone.
     */
    public String name(int index) {
        if (index == 0) {
            return null;
        }
        String n = names.get(index);
        if (n == null && !names.containsKey(index)) {
            try {
                n = socket.get(Devices.getLink("index " + index, index, null), m -> entry(m).getValue()).orElse(null);
            } catch (NotFoundException gone) {
                n = null;
            }
            names.put(index, n);
        }
        return n;
    }

    private static Map.Entry<Integer, String> entry(Message m) {
        Attributes a = m.attributes(Structs.IFINFOMSG_LEN);
        String name = "";
        while (a.next()) {
            if (a.type() == IFLA_IFNAME) {
                name = a.string();
            }
        }
        return Map.entry(m.u32(Structs.IFINFOMSG_INDEX), name);
    }
}
