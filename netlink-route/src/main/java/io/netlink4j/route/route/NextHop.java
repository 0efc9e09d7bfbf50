package io.netlink4j.route.route;

import io.netlink4j.core.message.RawAttribute;
import io.netlink4j.core.Cidr;
import io.netlink4j.core.InterfaceName;
import io.netlink4j.route.uapi.RtnetlinkH;
import java.net.InetAddress;
import java.util.Map;
import java.util.Objects;
import java.util.List;

/**
 * One path of a multipath route ({@code struct rtnexthop} in {@code RTA_MULTIPATH}), as in
 * {@code ip route add 10.8.0.0/16 nexthop via 10.0.0.3 dev eth0 weight 2 nexthop via 10.0.0.4}:
 *
 * <pre>{@code
 * RouteSpec.to("10.8.0.0/16").withNextHops(NextHop.via("10.0.0.3").withDev("eth0").withWeight(2), NextHop.via("10.0.0.4"))
 * }</pre>
 *
 * @param gateway the next router, or {@code null} for a path straight onto a device
 * @param dev     the device's name, or {@code null} (in a spec: let the kernel pick it from the
 *                gateway; in a result: a device that could not be named)
 * @param index   the device's index in a result ({@code rtnh_ifindex}); 0 in a spec
 * @param weight  1..256, the share of flows this path gets
 * @param flags   {@code rtnh_flags}: {@code RTNH_F_ONLINK}, {@code RTNH_F_LINKDOWN}, {@code RTNH_F_DEAD}...
 *                (see the {@code is...} methods)
 * @param unknown attributes of the path this record does not model, as sent
 */
public record NextHop(InetAddress gateway, String dev, int index, int weight, int flags, List<RawAttribute> unknown) {
    /** Checks weight and device name. */
    public NextHop {
        if (weight < 1 || weight > 256) {
            throw new IllegalArgumentException("next hop weight " + weight + " is out of range 1..256");
        }
        if (dev != null) {
            InterfaceName.check(dev);
        }
        if (gateway == null && dev == null && index == 0) {
            throw new IllegalArgumentException("a next hop needs a gateway or a device");
        }
        unknown = List.copyOf(Objects.requireNonNull(unknown, "unknown"));
    }

    /**
     * {@code nexthop via GATEWAY}.
     *
     * @param gateway the next router's address, e.g. {@code "10.0.0.3"}
     * @return the path, weight 1, the device the kernel's choice
     * @throws IllegalArgumentException if {@code gateway} is malformed
     */
    public static NextHop via(String gateway) {
        return via(Cidr.parseAddress(Objects.requireNonNull(gateway, "gateway")));
    }

    /**
     * {@code nexthop via GATEWAY}.
     *
     * @param gateway the next router's address
     * @return the path, weight 1, the device the kernel's choice
     */
    public static NextHop via(InetAddress gateway) {
        return new NextHop(Objects.requireNonNull(gateway, "gateway"), null, 0, 1, 0, List.of());
    }

    /**
     * {@code nexthop dev DEV}: straight onto the link.
     *
     * @param dev the device's name
     * @return the path, weight 1, without a gateway
     * @throws IllegalArgumentException if {@code dev} is not a valid device name
     */
    public static NextHop dev(String dev) {
        return new NextHop(null, Objects.requireNonNull(dev, "dev"), 0, 1, 0, List.of());
    }

    /**
     * {@code ... dev DEV}.
     *
     * @param dev the device's name
     * @return this path with the device
     * @throws IllegalArgumentException if {@code dev} is not a valid device name
     */
    public NextHop withDev(String dev) {
        return new NextHop(gateway, Objects.requireNonNull(dev, "dev"), index, weight, flags, unknown);
    }

    /**
     * {@code ... weight N}, 1..256.
     *
     * @param weight the path's share of flows, 1..256
     * @return this path with the weight
     * @throws IllegalArgumentException if {@code weight} is out of range
     */
    public NextHop withWeight(int weight) {
        return new NextHop(gateway, dev, index, weight, flags, unknown);
    }

    /**
     * {@code ... onlink}: the gateway is on the link even if no prefix of the device says so.
     *
     * @return this path with {@code RTNH_F_ONLINK} set
     */
    public NextHop withOnlink() {
        return new NextHop(gateway, dev, index, weight, flags | RtnetlinkH.RTNH_F_ONLINK, unknown);
    }

    /**
     * Whether {@code RTNH_F_ONLINK} is set.
     *
     * @return whether the gateway is taken to be on the link ({@code ip}'s {@code onlink})
     */
    public boolean isOnlink() {
        return (flags & RtnetlinkH.RTNH_F_ONLINK) != 0;
    }

    /**
     * Whether {@code RTNH_F_LINKDOWN} is set: the device has no carrier.
     *
     * @return whether the path's device has no carrier ({@code ip}'s {@code linkdown})
     */
    public boolean isLinkDown() {
        return (flags & RtnetlinkH.RTNH_F_LINKDOWN) != 0;
    }

    /**
     * Whether {@code RTNH_F_DEAD} is set: the path is unusable.
     *
     * @return whether the kernel counts the path as unusable ({@code ip}'s {@code dead})
     */
    public boolean isDead() {
        return (flags & RtnetlinkH.RTNH_F_DEAD) != 0;
    }

    /** This path with {@code dev} as its device's name. */
    NextHop withName(String dev) {
        return new NextHop(gateway, dev, index, weight, flags, unknown);
    }

    /** {@code nexthop via 10.0.0.3 dev eth0 weight 2 onlink}, as {@code ip route} prints it. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("nexthop");
        if (gateway != null) {
            b.append(" via ").append(Cidr.format(gateway));
        }
        if (dev != null || index != 0) {
            b.append(" dev ").append(dev != null ? dev : "if" + Integer.toUnsignedString(index));
        }
        b.append(" weight ").append(weight);
        Route.appendFlags(b, flags);
        return b.toString();
    }
}
