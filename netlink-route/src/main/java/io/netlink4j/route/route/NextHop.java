package io.netlink4j.route.route;

import io.netlink4j.core.Cidr;
import java.net.InetAddress;
import io.netlink4j.core.InterfaceName;
import io.netlink4j.route.uapi.RtnetlinkH;

/**
 * One path of a multipath route ({@code struct rtnexthop}), as
 * {@code ip route add 10.8.0.0/16 nexthop via 10.0.0.3 dev eth0 weight 2 nexthop via 10.0.0.4}:
 *
 * <pre>{@code
 * RouteSpec.to("10.8.0.0/16").nextHops(NextHop.via("10.0.0.3").withDev("eth0").withWeight(2), NextHop.via("10.0.0.4"))
 * }</pre>
 *
 * @param gateway     the next router, or {@code null} for a device-only path
 * @param dev         the device's name in a request; {@code null} in parsed routes (see {@code outputIndex})
 * @param outputIndex the device's index in parsed routes; 0 in requests
 * @param weight      1..256, the share of flows this path gets
 * @param flags       {@code RTNH_F_*} ({@code RTNH_F_ONLINK}, {@code RTNH_F_LINKDOWN}...)
 */
public record NextHop(InetAddress gateway, String dev, int outputIndex, int weight, int flags) {
    /** Checks weight and device name. */
    public NextHop {
        if (weight < 1 || weight > 256) {
            throw new IllegalArgumentException("next hop weight " + weight + " is out of range 1..256");
        }
        if (dev != null) {
            InterfaceName.check(dev);
        }
        if (gateway == null && dev == null && outputIndex == 0) {
            throw new IllegalArgumentException("a next hop needs a gateway or a device");
        }
    }

    /** {@code nexthop via GATEWAY}. */
    public static NextHop via(String gateway) {
        return via(Cidr.parseAddress(gateway));
    }

    /** {@code nexthop via GATEWAY}. */
    public static NextHop via(InetAddress gateway) {
        return new NextHop(gateway, null, 0, 1, 0);
    }

    /** {@code nexthop dev DEV}: straight onto the link. */
    public static NextHop device(String dev) {
        return new NextHop(null, dev, 0, 1, 0);
    }

    /** {@code ... dev DEV}. */
    public NextHop withDev(String dev) {
        return new NextHop(gateway, dev, outputIndex, weight, flags);
    }

    /** {@code ... weight N}. */
    public NextHop withWeight(int weight) {
        return new NextHop(gateway, dev, outputIndex, weight, flags);
    }

    /** {@code ... onlink}: the gateway is on the link even if no prefix says so. */
    public NextHop withOnlink() {
        return new NextHop(gateway, dev, outputIndex, weight, flags | RtnetlinkH.RTNH_F_ONLINK);
    }

    @Override
    public String toString() {
        return "nexthop" + (gateway != null ? " via " + gateway.getHostAddress() : "")
                + (dev != null ? " dev " + dev : outputIndex != 0 ? " index " + outputIndex : "") + " weight " + weight;
    }
}
