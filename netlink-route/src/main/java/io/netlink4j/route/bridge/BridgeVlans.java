package io.netlink4j.route.bridge;

import static io.netlink4j.route.uapi.RtnetlinkH.RTM_DELLINK;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_GETLINK;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_SETLINK;

import io.netlink4j.core.InterfaceName;
import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.socket.Request;
import io.netlink4j.route.internal.Devices;
import io.netlink4j.route.link.Bridge;
import io.netlink4j.route.link.Links;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * {@code bridge vlan}: VLAN filtering on the bridges of the handle's namespace — which VLANs each
 * port carries, which one is its PVID, which leave untagged.
 *
 * <pre>{@code
 * host.bridgeVlans().setFiltering("br0", true);                                      // ip link set br0 type bridge vlan_filtering 1
 * host.bridgeVlans().add(BridgeVlanSpec.of("veth-b", 10).withPvid().withUntagged()); // bridge vlan add dev veth-b vid 10 pvid untagged
 * host.bridgeVlans().add(BridgeVlanSpec.range("veth-b", 20, 30));                    // bridge vlan add dev veth-b vid 20-30
 * host.bridgeVlans().list("veth-b");                                                 // bridge vlan show dev veth-b
 * }</pre>
 *
 * <p>Needs a kernel with {@code CONFIG_BRIDGE_VLAN_FILTERING} (and so 802.1Q): without it the
 * kernel refuses to turn filtering on and to add VLANs with {@code EOPNOTSUPP}, and lists none.
 */
public final class BridgeVlans {
    private final NetlinkSocket socket;
    private final NetNs namespace;

    /**
     * The facade over {@code socket} (a {@code NETLINK_ROUTE} socket in {@code namespace}).
     * Usually obtained from the handle: {@code Rtnetlink.bridgeVlans()}.
      *
      * @param socket a {@code NETLINK_ROUTE} socket
      * @param namespace the namespace {@code socket} belongs to
     */
    public BridgeVlans(NetlinkSocket socket, NetNs namespace) {
        this.socket = Objects.requireNonNull(socket, "socket");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
    }

    /**
     * {@code ip link set BRIDGE type bridge vlan_filtering 1|0}: with filtering on, each port
     * carries only the VLANs added to it (VLAN 1, PVID and untagged, by default). The same request
     * as {@code links().change(Bridge.of(bridge).withVlanFiltering(on))}, which sends it.
      *
      * @param bridge the bridge's name
      * @param on on or off
     */
    public void setFiltering(String bridge, boolean on) {
        new Links(socket, namespace).change(Bridge.of(bridge).withVlanFiltering(on));
    }

    /**
     * {@code bridge vlan add ...} ({@code RTM_SETLINK}); adding a VLAN that is there updates its flags.
     *
     * @param spec the VLANs and their device
     */
    public void add(BridgeVlanSpec spec) {
        socket.execute(request(RTM_SETLINK, spec, index(spec, "add")));
    }

    /**
     * {@code bridge vlan del ...} ({@code RTM_DELLINK}).
     *
     * @throws NotFoundException if the port does not carry the VLAN
      * @param spec the VLANs and their device
     */
    public void delete(BridgeVlanSpec spec) {
        socket.execute(request(RTM_DELLINK, spec, index(spec, "del")));
    }

    /**
     * {@link #delete} that returns {@code false} instead of failing when the VLAN is not there.
     *
     * @param spec the VLANs and their device
     * @return whether it was there
     */
    public boolean deleteIfExists(BridgeVlanSpec spec) {
        Request r = request(RTM_DELLINK, spec, index(spec, "del"));
        try {
            socket.execute(r);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /**
     * {@code bridge vlan show}: the VLANs of every port and bridge.
     *
     * @return what the kernel reports, in its order
     */
    public List<BridgeVlan> list() {
        List<BridgeVlan> out = new ArrayList<>();
        stream(out::add, out::clear);
        return out;
    }

    /**
     * {@code bridge vlan show dev DEV}.
     *
     * @param dev the device's name
     * @return what the kernel reports, in its order
     */
    public List<BridgeVlan> list(String dev) {
        InterfaceName.check(dev);
        return list().stream().filter(v -> v.dev().equals(dev)).toList();
    }

    /**
     * The dump of {@link #list()}, streamed to {@code each}; {@code each} must not call this handle.
     *
     * @param each receives each one as it is parsed
     */
    public void forEach(Consumer<? super BridgeVlan> each) {
        stream(each, null);
    }

    /** The dump behind {@code list} and {@code forEach}; {@code restart} makes an interrupted dump run again. */
    private void stream(Consumer<? super BridgeVlan> each, Runnable restart) {
        Objects.requireNonNull(each, "each");
        socket.dump(dumpRequest(), BridgeVlanCodec::parse, vlans -> vlans.forEach(each), restart);
    }

    private int index(BridgeVlanSpec spec, String verb) {
        Objects.requireNonNull(spec, "spec");
        return Devices.index(socket, spec.dev(), "bridge vlan " + verb + " " + spec);
    }

    /** What {@link #add} ({@code RTM_SETLINK}) or {@link #delete} ({@code RTM_DELLINK}) sends. */
    static Request request(int type, BridgeVlanSpec spec, int index) {
        String op = type == RTM_DELLINK ? "RTM_DELLINK" : "RTM_SETLINK";
        return Request.of(type, 0, op, "bridge vlan " + (type == RTM_DELLINK ? "del " : "add ") + spec,
                w -> BridgeVlanCodec.write(w, spec, index));
    }

    /** What {@link #list()} sends. */
    static Request dumpRequest() {
        return Request.of(RTM_GETLINK, 0, "RTM_GETLINK", "bridge vlan show", BridgeVlanCodec::writeDump);
    }

    @Override
    public String toString() {
        return "BridgeVlans[" + namespace + "]";
    }
}
