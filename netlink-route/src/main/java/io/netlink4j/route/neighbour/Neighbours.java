package io.netlink4j.route.neighbour;

import static io.netlink4j.core.uapi.Netlink.NLM_F_CREATE;
import static io.netlink4j.core.uapi.Netlink.NLM_F_EXCL;
import static io.netlink4j.core.uapi.Netlink.NLM_F_REPLACE;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_DELNEIGH;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_GETNEIGH;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_NEWNEIGH;

import io.netlink4j.core.Cidr;
import java.net.InetAddress;
import java.util.List;
import io.netlink4j.core.InterfaceName;
import io.netlink4j.core.MacAddress;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.socket.Request;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.route.Rtnetlink;
import io.netlink4j.route.internal.Devices;

/**
 * {@code ip neighbour}: the ARP (IPv4) and NDP (IPv6) tables of the handle's namespace.
 *
 * <table>
 * <caption>iproute2 and netlink4j</caption>
 * <tr><th>iproute2</th><th>netlink4j</th></tr>
 * <tr><td>{@code ip neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev veth0}</td>
 *     <td>{@code h.neighbours().add("veth0", "10.0.0.7", "02:00:00:00:00:07", true)}</td></tr>
 * <tr><td>{@code ip neigh add 10.0.0.8 lladdr 02:00:00:00:00:08 dev veth0 nud reachable}</td>
 *     <td>{@code h.neighbours().add("veth0", "10.0.0.8", "02:00:00:00:00:08", false)}</td></tr>
 * <tr><td>{@code ip neigh replace 10.0.0.8 lladdr 02:00:00:00:00:09 dev veth0 nud stale}</td>
 *     <td>{@code h.neighbours().replace("veth0", "10.0.0.8", "02:00:00:00:00:09", NeighbourState.STALE)}</td></tr>
 * <tr><td>{@code ip neigh del 10.0.0.7 dev veth0}</td>
 *     <td>{@code h.neighbours().delete("veth0", "10.0.0.7")}</td></tr>
 * <tr><td>{@code ip neigh show} / {@code ip neigh show dev veth0}</td>
 *     <td>{@code h.neighbours().list()} / {@code h.neighbours().list("veth0")}</td></tr>
 * </table>
 */
public final class Neighbours {
    private final NetlinkSocket socket;
    private final NetNs namespace;

    /**
     * The facade over {@code socket} (a {@code NETLINK_ROUTE} socket in {@code namespace}).
     * Usually obtained from the handle: {@code Rtnetlink.neighbours()}.
     */
    public Neighbours(NetlinkSocket socket, NetNs namespace) {
        this.socket = java.util.Objects.requireNonNull(socket, "socket");
        this.namespace = java.util.Objects.requireNonNull(namespace, "namespace");
    }

    /**
     * {@code ip neigh add IP lladdr MAC dev DEV nud permanent|reachable}: a static entry, or a
     * dynamic one the kernel ages as if just confirmed. {@code EEXIST} if there is one already.
     */
    public void add(String dev, String ip, String mac, boolean permanent) {
        add(dev, ip, mac, permanent ? NeighbourState.PERMANENT : NeighbourState.REACHABLE);
    }

    /** {@code ip neigh add IP lladdr MAC dev DEV nud STATE}. */
    public void add(String dev, String ip, String mac, NeighbourState state) {
        send(RTM_NEWNEIGH, NLM_F_CREATE | NLM_F_EXCL, dev, ip, mac, state);
    }

    /** {@code ip neigh replace IP lladdr MAC dev DEV nud STATE}: adds or overwrites. */
    public void replace(String dev, String ip, String mac, NeighbourState state) {
        send(RTM_NEWNEIGH, NLM_F_CREATE | NLM_F_REPLACE, dev, ip, mac, state);
    }

    /** {@code ip neigh del IP dev DEV}; {@code ENOENT} if there is no such entry. */
    public void delete(String dev, String ip) {
        send(RTM_DELNEIGH, 0, dev, ip, null, null);
    }

    private void send(int type, int flags, String dev, String ip, String mac, NeighbourState state) {
        InterfaceName.check(dev);
        InetAddress address = Cidr.parseAddress(ip);
        byte[] lladdr = mac == null ? null : MacAddress.parse(mac).bytes();
        if (state != null && state != NeighbourState.PERMANENT && state != NeighbourState.REACHABLE
                && state != NeighbourState.STALE && state != NeighbourState.NOARP && state != NeighbourState.DELAY
                && state != NeighbourState.PROBE && state != NeighbourState.FAILED) {
            throw new IllegalArgumentException("neighbour state " + state + " cannot be set");
        }
        String op = type == RTM_NEWNEIGH ? "RTM_NEWNEIGH" : "RTM_DELNEIGH";
        String what = address.getHostAddress() + (mac != null ? " lladdr " + mac : "") + " dev " + dev;
        int index = Devices.index(socket, dev, op + " " + what);
        int nud = state == null ? 0 : state.value();
        socket.execute(Request.of(type, flags, op, what, w -> NeighbourCodec.write(w, index, address, lladdr, nud)));
    }

    /** {@code ip neigh show}: IPv4 and IPv6 entries of every device. */
    public List<Neighbour> list() {
        return dump(0);
    }

    /** {@code ip neigh show dev DEV}. */
    public List<Neighbour> list(String dev) {
        InterfaceName.check(dev);
        return dump(Devices.index(socket, dev, "RTM_GETNEIGH dev" + " " + dev));
    }

    private List<Neighbour> dump(int index) {
        List<Neighbour> out = socket.dump(Request.of(RTM_GETNEIGH, 0, "RTM_GETNEIGH", null, w -> NeighbourCodec.writeDump(w, index)), NeighbourCodec::parse);
        if (index != 0) {
            out.removeIf(n -> n.index() != index);
        }
        return out;
    }
}
