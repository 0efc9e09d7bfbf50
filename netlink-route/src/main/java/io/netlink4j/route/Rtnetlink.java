package io.netlink4j.route;

import io.netlink4j.core.NetlinkProtocol;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.route.address.Addresses;
import io.netlink4j.route.bridge.BridgePorts;
import io.netlink4j.route.bridge.BridgeVlans;
import io.netlink4j.route.bridge.FdbEntries;
import io.netlink4j.route.internal.Devices;
import io.netlink4j.route.link.Links;
import io.netlink4j.route.neighbour.Neighbours;
import io.netlink4j.route.route.Routes;
import io.netlink4j.route.tc.Filters;
import io.netlink4j.route.tc.Qdiscs;
import io.netlink4j.route.tc.TrafficClasses;
import io.netlink4j.route.rule.Rules;
import java.util.Objects;

/**
 * rtnetlink for one network namespace: the families hang from it as {@code ip}'s objects do. One
 * handle per namespace; {@code ip netns exec NS ip ...} becomes a call on the handle of NS. Each
 * family's package overview lists its commands; the articles' most common ones:
 *
 * <table>
 * <caption>iproute2 / sysctl / ping and the calls that replace them</caption>
 * <tr><th>command</th><th>call</th></tr>
 * <tr><td>{@code ip netns add ns-blue}</td><td>{@code NetNs blue = NetNs.create("ns-blue")}</td></tr>
 * <tr><td>{@code ip netns exec ns1 ...}</td><td>{@code Rtnetlink ns1 = Rtnetlink.open("ns1")}, then the call on {@code ns1}</td></tr>
 * <tr><td>{@code ip link add veth-blue type veth peer name veth-blue-br}</td>
 *     <td>{@code host.links().add(Veth.of("veth-blue", "veth-blue-br"))}</td></tr>
 * <tr><td>{@code ip link add veth0 type veth peer name eth0 netns container1}</td>
 *     <td>{@code host.links().add(Veth.of("veth0", "eth0").withPeerIn(container1))}</td></tr>
 * <tr><td>{@code ip link set veth-blue netns ns-blue}</td><td>{@code host.links().moveTo("veth-blue", "ns-blue")}</td></tr>
 * <tr><td>{@code ip link add br0 type bridge}</td><td>{@code host.links().add(Bridge.of("br0"))}</td></tr>
 * <tr><td>{@code ip link set veth-blue-br master br0}</td><td>{@code host.links().setMaster("veth-blue-br", "br0")}</td></tr>
 * <tr><td>{@code ip link set br0 up}</td><td>{@code host.links().setUp("br0")}</td></tr>
 * <tr><td>{@code ip link show type veth}</td><td>{@code host.links().list(LinkFilter.ofKind("veth"))}</td></tr>
 * <tr><td>{@code ip addr ...}, {@code ip route ...}, {@code ip neigh ...}, {@code tc ...}</td>
 *     <td>{@code addresses()}, {@code routes()}, {@code neighbours()}, {@code qdiscs()}, {@code classes()}, {@code filters()} (see their packages)</td></tr>
 * <tr><td>{@code sysctl -w net.ipv4.ip_forward=1}</td><td>{@code host.sysctl().setIpForwarding(true)}</td></tr>
 * <tr><td>{@code ip netns exec ns-blue ping -c 3 10.0.0.2}</td><td>{@code blue.ping().ping("10.0.0.2", 3, Duration.ofSeconds(1))}</td></tr>
 * <tr><td>{@code ip monitor link address route}</td><td>{@code host.events().open(EventGroup.LINK, ...)}, then {@code next(timeout)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * try (NetNs blue = NetNs.create("ns-blue");
 *      Rtnetlink host = Rtnetlink.open();
 *      Rtnetlink inBlue = Rtnetlink.open(blue)) {
 *     host.links().add(Veth.of("veth-blue", "veth-blue-br").withPeerIn(blue));
 *     inBlue.links().setUp("veth-blue-br");
 * }
 * }</pre>
 *
 * <p>Thread-safe; requests on one handle are serialized on its socket. Opening a handle never
 * moves the caller's thread into another namespace: the socket is made inside and used from here.
 */
public final class Rtnetlink implements AutoCloseable {
    private final NetNs ns;
    private final boolean ownsNs;
    private final NetlinkSocket socket;
    private final Links links;
    private final Addresses addresses;
    private final Routes routes;
    private final Neighbours neighbours;
    private final Qdiscs qdiscs;
    private final TrafficClasses classes;
    private final Filters filters;
    private final Rules rules;
    private final FdbEntries fdb;
    private final BridgePorts bridgePorts;
    private final BridgeVlans bridgeVlans;
    private final Events events;
    private final Sysctl sysctl;
    private final Ping ping;

    private Rtnetlink(NetNs ns, boolean ownsNs) {
        this.ns = ns;
        this.ownsNs = ownsNs;
        try {
            this.socket = NetlinkSocket.open(NetlinkProtocol.ROUTE, ns);
        } catch (RuntimeException e) {
            if (ownsNs) {
                ns.close();
            }
            throw e;
        }
        this.links = new Links(socket, ns);
        this.addresses = new Addresses(socket, ns);
        this.routes = new Routes(socket, ns);
        this.neighbours = new Neighbours(socket, ns);
        this.qdiscs = new Qdiscs(socket, ns);
        this.classes = new TrafficClasses(socket, ns);
        this.filters = new Filters(socket, ns);
        this.rules = new Rules(socket, ns);
        this.fdb = new FdbEntries(socket, ns);
        this.bridgePorts = new BridgePorts(socket, ns);
        this.bridgeVlans = new BridgeVlans(socket, ns);
        this.events = new Events(socket, ns);
        this.sysctl = new Sysctl(ns);
        this.ping = new Ping(socket, ns);
    }

    /**
     * A handle on the namespace the calling thread is in (the host, usually).
     *
     * @return a new handle; close it when done
     */
    public static Rtnetlink open() {
        return new Rtnetlink(NetNs.current(), true);
    }

    /**
     * A handle on {@code ns}; the namespace handle stays the caller's to close.
     *
     * @param ns the namespace; it must stay open while the handle is used
     * @return a new handle; closing it leaves {@code ns} open
     */
    public static Rtnetlink open(NetNs ns) {
        return new Rtnetlink(Objects.requireNonNull(ns, "ns"), false);
    }

    /**
     * A handle on the named namespace {@code /run/netns/NAME}, as {@code ip netns exec NAME} takes it.
     *
     * @param namespaceName the name {@code ip netns add} gave, e.g. {@code "ns-blue"}
     * @return a new handle, which closes the namespace handle it opened when closed
     * @throws io.netlink4j.core.NotFoundException if there is no namespace of that name
     */
    public static Rtnetlink open(String namespaceName) {
        return new Rtnetlink(NetNs.named(Objects.requireNonNull(namespaceName, "namespaceName")), true);
    }

    /**
     * {@code ip link}.
     *
     * @return the links facade, sharing this handle's socket
     */
    public Links links() {
        return links;
    }

    /**
     * {@code ip address}.
     *
     * @return the addresses facade, sharing this handle's socket
     */
    public Addresses addresses() {
        return addresses;
    }

    /**
     * {@code ip route}.
     *
     * @return the routes facade, sharing this handle's socket
     */
    public Routes routes() {
        return routes;
    }

    /**
     * {@code ip neighbour}.
     *
     * @return the neighbours facade, sharing this handle's socket
     */
    public Neighbours neighbours() {
        return neighbours;
    }

    /**
     * {@code tc qdisc}.
     *
     * @return the qdiscs facade, sharing this handle's socket
     */
    public Qdiscs qdiscs() {
        return qdiscs;
    }

    /**
     * {@code tc class}.
     *
     * @return the traffic classes facade, sharing this handle's socket
     */
    public TrafficClasses classes() {
        return classes;
    }

    /**
     * {@code tc filter}.
     *
     * @return the filters facade, sharing this handle's socket
     */
    public Filters filters() {
        return filters;
    }

    /**
     * {@code ip rule}: policy routing rules.
     *
     * @return the rules facade, sharing this handle's socket
     */
    public Rules rules() {
        return rules;
    }

    /**
     * {@code bridge fdb}: the forwarding databases of bridges and VXLAN devices.
     *
     * @return the FDB facade, sharing this handle's socket
     */
    public FdbEntries fdb() {
        return fdb;
    }

    /**
     * {@code bridge link}: the ports of bridges and their settings.
     *
     * @return the bridge ports facade, sharing this handle's socket
     */
    public BridgePorts bridgePorts() {
        return bridgePorts;
    }

    /**
     * {@code bridge vlan}: VLAN filtering on bridges and their ports.
     *
     * @return the bridge VLANs facade, sharing this handle's socket
     */
    public BridgeVlans bridgeVlans() {
        return bridgeVlans;
    }

    /**
     * {@code ip monitor}.
     *
     * @return the events facade; each stream it opens has a socket of its own
     */
    public Events events() {
        return events;
    }

    /**
     * {@code sysctl net.*} inside this namespace.
     *
     * @return the sysctl facade of this namespace
     */
    public Sysctl sysctl() {
        return sysctl;
    }

    /**
     * ICMP echo sent from inside this namespace.
     *
     * @return the ping facade, whose ICMP sockets are made in this namespace
     */
    public Ping ping() {
        return ping;
    }

    /**
     * The namespace this handle works in.
     *
     * @return the namespace handle given or opened at {@link #open}
     */
    public NetNs namespace() {
        return ns;
    }

    /**
     * The index of the interface named {@code name}.
     *
     * @param name the device's name
     * @return the device's index ({@code ifindex}), positive
     * @throws io.netlink4j.core.NotFoundException naming the device when there is none
     */
    public int indexOf(String name) {
        return Devices.index(socket, Objects.requireNonNull(name, "name"), null);
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
        return "Rtnetlink[" + ns + "]";
    }
}
