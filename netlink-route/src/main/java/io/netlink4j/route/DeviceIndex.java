package io.netlink4j.route;

import io.netlink4j.core.Errno;
import io.netlink4j.core.NetlinkException;
import java.util.HashMap;
import java.util.Map;

/** Device names to indices for requests that carry indices, with the request named on failure. */
final class DeviceIndex {
    private final RouteHandle handle;
    private final Map<String, Integer> cache = new HashMap<>();

    DeviceIndex(RouteHandle handle) {
        this.handle = handle;
    }

    /** The index of {@code dev}; {@code ENODEV} names the device and the request it was for. */
    static int of(RouteHandle handle, String dev, String request) {
        try {
            return handle.indexOf(dev);
        } catch (NetlinkException e) {
            if (e.errno() == Errno.ENODEV) {
                throw new NetlinkException(Errno.ENODEV, request, "no device named '" + dev + "'");
            }
            throw e;
        }
    }

    /** {@link #of}, asking the kernel once per name. */
    int get(String dev, String request) {
        Integer i = cache.get(dev);
        if (i == null) {
            i = of(handle, dev, request);
            cache.put(dev, i);
        }
        return i;
    }
}
