package io.netlink4j.route.internal;

import static io.netlink4j.core.uapi.SysConst.AF_UNSPEC;
import static io.netlink4j.route.uapi.IfLinkH.IFLA_EXT_MASK;
import static io.netlink4j.route.uapi.IfLinkH.IFLA_IFNAME;
import static io.netlink4j.route.uapi.RtnetlinkH.RTEXT_FILTER_SKIP_STATS;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_GETLINK;

import io.netlink4j.core.Errno;
import io.netlink4j.core.InterfaceName;
import io.netlink4j.core.KernelException;
import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.socket.Request;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Device names to indices for requests that carry indices ({@code IFLA_MASTER}, {@code IFLA_LINK},
 * {@code ifa_index}, {@code RTA_OIF}...: the kernel takes no names there), and back. One instance
 * serves one call (a request, a batch, a dump) and asks the kernel once per name; the request the
 * lookup serves is named only when it fails.
 */
public final class Devices {
    private final NetlinkSocket socket;
    private final Map<String, Integer> indices = new HashMap<>(4);

    /** Lookups through {@code socket} (a {@code NETLINK_ROUTE} socket). */
    public Devices(NetlinkSocket socket) {
        this.socket = socket;
    }

    /**
     * The index of {@code dev}, asking the kernel once per name ({@code RTM_GETLINK} without
     * counters, answered by one datagram).
     *
     * @throws io.netlink4j.core.NotFoundException naming {@code dev} and {@code forWhat}, the
     *         request the lookup was for ("RTM_NEWROUTE 10.0.0.0/24 dev nope")
     */
    public int index(String dev, Object forWhat) {
        Integer i = indices.get(dev);
        if (i == null) {
            i = index(socket, dev, forWhat);
            indices.put(dev, i);
        }
        return i;
    }

    /**
     * {@code RTM_GETLINK} without counters (only the index or name is wanted: spare the kernel
     * filling them in, and us reading them), answered by one datagram per device: for the device
     * {@code name}, else for the device {@code index}, else (both unset) a dump of every device.
     *
     * @param what the request's name in errors ({@code null} for none)
     */
    static Request getLink(Object what, int index, String name) {
        return Request.of(RTM_GETLINK, 0, "RTM_GETLINK", what, w -> {
            Structs.ifinfomsg(w, AF_UNSPEC, index, 0, 0);
            w.putU32(IFLA_EXT_MASK, RTEXT_FILTER_SKIP_STATS);
            if (name != null) {
                w.putString(IFLA_IFNAME, name);
            }
        });
    }

    /**
     * A {@code forWhat} for {@link #index(String, Object)} whose text is built only if a lookup
     * fails: requests that succeed never format their spec.
     *
     * @param text builds the request's name, e.g. {@code () -> "RTM_NEWROUTE " + spec}
     * @return an object whose {@code toString} is {@code text.get()}
     */
    public static Object lazily(Supplier<String> text) {
        return new Lazy(text);
    }

    private record Lazy(Supplier<String> text) {
        @Override
        public String toString() {
            return text.get();
        }
    }

    /** {@link #index(String, Object)} without a cache. */
    public static int index(NetlinkSocket socket, String dev, Object forWhat) {
        InterfaceName.check(dev);
        try {
            return socket.get(getLink(dev, 0, dev), m -> m.u32(Structs.IFINFOMSG_INDEX)).orElseThrow(() ->
                    KernelException.of(Errno.ENODEV, "RTM_GETLINK " + dev, "no reply for device " + dev));
        } catch (NotFoundException e) { // ENODEV's subtype (ENOENT, ESRCH and EADDRNOTAVAIL's too)
            if (e.errno() == Errno.ENODEV && forWhat != null) {
                throw e.reframe(String.valueOf(forWhat), "no device named '" + dev + "'");
            }
            throw e;
        }
    }
}
