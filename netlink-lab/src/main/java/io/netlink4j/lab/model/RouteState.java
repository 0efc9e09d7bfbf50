package io.netlink4j.lab.model;

import io.netlink4j.core.Cidr;
import java.net.InetAddress;
import java.util.Objects;

/**
 * An IPv4 route of a node's main table as the kernel reports it.
 *
 * @param to       the destination ({@code 0.0.0.0/0} for the default route)
 * @param via      the gateway, or {@code null} for a route to a directly connected subnet
 * @param dev      the output device, or {@code null} (a blackhole has none)
 * @param type     {@code unicast}, {@code blackhole}, {@code unreachable}, {@code prohibit}... as ip prints it
 * @param protocol who made it: {@code kernel} (an address's own subnet), {@code boot}, {@code static}... as
 *                 ip prints it
 */
public record RouteState(Cidr to, InetAddress via, String dev, String type, String protocol) {
    /** Checks the required parts. */
    public RouteState {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(protocol, "protocol");
    }

    /**
     * Whether packets that match it are forwarded (not dropped by a blackhole, unreachable or prohibit route).
     *
     * @return whether packets that match it are forwarded
     */
    public boolean isUnicast() {
        return type.equals("unicast");
    }

    /**
     * Whether the kernel made it for an address ({@code proto kernel}), rather than someone adding it.
     *
     * @return whether the kernel made it for an address
     */
    public boolean isConnected() {
        return protocol.equals("kernel");
    }

    /**
     * Whether it sends {@code a} somewhere: {@code to} contains it.
     *
     * @param a an address, not null
     * @return whether it sends {@code a} somewhere
     */
    public boolean matches(InetAddress a) {
        return to.contains(Objects.requireNonNull(a, "a"));
    }

    /** {@code default via 10.0.0.254 dev eth0 proto boot}, as {@code ip route} prints it. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (!isUnicast()) {
            s.append(type).append(' ');
        }
        s.append(to.prefixLength() == 0 ? "default" : to.toString());
        if (via != null) {
            s.append(" via ").append(via.getHostAddress());
        }
        if (dev != null) {
            s.append(" dev ").append(dev);
        }
        return s.append(" proto ").append(protocol).toString();
    }
}
