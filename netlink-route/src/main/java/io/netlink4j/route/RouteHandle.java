package io.netlink4j.route;

import static io.netlink4j.route.internal.IfLink.IFLA_EXT_MASK;
import static io.netlink4j.route.internal.IfLink.IFLA_IFNAME;
import static io.netlink4j.route.internal.Rtnetlink.RTM_GETLINK;

import io.netlink4j.core.Errno;
import io.netlink4j.core.NetlinkException;
import io.netlink4j.core.NetlinkSocket;
import io.netlink4j.core.message.Netlink;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.route.internal.Structs;

/**
 * rtnetlink for one network namespace: the families hang from it as {@code ip}'s objects do.
 *
 * <pre>{@code
 * try (NetNs blue = NetNs.create("ns-blue");
 *      RouteHandle host = RouteHandle.open();
 *      RouteHandle inBlue = RouteHandle.open(blue)) {
 *     host.links().add(...);
 * }
 * }</pre>
 *
 * <p>Thread-safe; requests on one handle are serialized. Opening a handle never moves the
 * caller's thread into another namespace.
 */
public final class RouteHandle implements AutoCloseable {
    private final NetNs ns;
    private final boolean ownsNs;
    private final NetlinkSocket socket;
    private final Links links;
    private final Addresses addresses;
    private final Routes routes;
    private final Neighbours neighbours;
    private final Events events;
    private final Sysctl sysctl;
    private final Ping ping;

    private RouteHandle(NetNs ns, boolean ownsNs) {
        this.ns = ns;
        this.ownsNs = ownsNs;
        try {
            this.socket = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns);
        } catch (RuntimeException e) {
            if (ownsNs) {
                ns.close();
            }
            throw e;
        }
        this.links = new Links(this);
        this.addresses = new Addresses(this);
        this.routes = new Routes(this);
        this.neighbours = new Neighbours(this);
        this.events = new Events(this);
        this.sysctl = new Sysctl(this);
        this.ping = new Ping(this);
    }

    /** A handle on the namespace the calling thread is in (the host, usually). */
    public static RouteHandle open() {
        return new RouteHandle(NetNs.current(), true);
    }

    /** A handle on {@code ns}; the namespace handle stays the caller's to close. */
    public static RouteHandle open(NetNs ns) {
        return new RouteHandle(ns, false);
    }

    /** A handle on the named namespace {@code /run/netns/NAME}. */
    public static RouteHandle open(String namespaceName) {
        return new RouteHandle(NetNs.named(namespaceName), true);
    }

    /** {@code ip link}. */
    public Links links() {
        return links;
    }

    /** {@code ip address}. */
    public Addresses addresses() {
        return addresses;
    }

    /** {@code ip route}. */
    public Routes routes() {
        return routes;
    }

    /** {@code ip neighbour}. */
    public Neighbours neighbours() {
        return neighbours;
    }

    /** {@code ip monitor}. */
    public Events events() {
        return events;
    }

    /** {@code sysctl net.*} inside this namespace. */
    public Sysctl sysctl() {
        return sysctl;
    }

    /** ICMP echo sent from inside this namespace. */
    public Ping ping() {
        return ping;
    }

    /** The namespace this handle works in. */
    public NetNs namespace() {
        return ns;
    }

    /** The request socket, for the families. */
    NetlinkSocket socket() {
        return socket;
    }

    /**
     * The index of the interface named {@code name}.
     *
     * @throws NetlinkException {@code ENODEV} naming the device when there is none
     */
    public int indexOf(String name) {
        InterfaceName.check(name);
        Integer index = socket.query(RTM_GETLINK, 0, "RTM_GETLINK", name, w -> {
            Structs.ifinfomsg(w, 0, 0, 0, 0);
            w.putU32(IFLA_EXT_MASK, 0);
            w.putString(IFLA_IFNAME, name);
        }, m -> m.u32(Structs.IFINFOMSG_INDEX));
        if (index == null) {
            throw new NetlinkException(Errno.ENODEV, "RTM_GETLINK " + name, "no reply for device " + name);
        }
        return index;
    }

    /** Closes the socket, and the namespace handle if this handle opened it; idempotent. */
    @Override
    public void close() {
        try {
            socket.close();
        } finally {
            if (ownsNs) {
                ns.close();
            }
        }
    }

    @Override
    public String toString() {
        return "RouteHandle[" + ns + "]";
    }
}
