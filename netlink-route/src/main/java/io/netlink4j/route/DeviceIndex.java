package io.netlink4j.route;

import io.netlink4j.core.Errno;
import io.netlink4j.core.NetlinkException;
import java.util.HashMap;
import java.util.Map;

/**
 * Device names to indices for requests that carry indices ({@code IFLA_MASTER}, {@code IFLA_LINK},
 * {@code ifa_index}, {@code RTA_OIF}...: the kernel takes no names there). The request is named
 * on failure only, so the request path formats nothing when the lookup succeeds.
 */
final class DeviceIndex {
    private final RouteHandle handle;
    private final Map<String, Integer> cache = new HashMap<>(4);

    DeviceIndex(RouteHandle handle) {
        this.handle = handle;
    }

    /** The index of {@code dev}; {@code ENODEV} names the device and {@code operation subject}. */
    static int of(RouteHandle handle, String dev, String operation, Object subject) {
        try {
            return handle.indexOf(dev);
        } catch (NetlinkException e) {
            if (e.errno() == Errno.ENODEV) {
                throw new NetlinkException(Errno.ENODEV, subject == null ? operation : operation + " " + subject,
                        "no device named '" + dev + "'");
            }
            throw e;
        }
    }

    /** {@link #of}, asking the kernel once per name. */
    int get(String dev, String operation, Object subject) {
        Integer i = cache.get(dev);
        if (i == null) {
            i = of(handle, dev, operation, subject);
            cache.put(dev, i);
        }
        return i;
    }
}
