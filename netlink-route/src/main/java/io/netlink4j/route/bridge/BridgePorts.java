package io.netlink4j.route.bridge;

import static io.netlink4j.route.uapi.RtnetlinkH.RTM_GETLINK;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_SETLINK;

import io.netlink4j.core.InterfaceName;
import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.Errno;
import io.netlink4j.core.KernelException;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.socket.Request;
import io.netlink4j.route.internal.DeviceNames;
import io.netlink4j.route.internal.Devices;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code bridge link}: the ports of the bridges in the handle's namespace and their settings
 * (learning, flooding, hairpin, isolation, neighbour suppression, BPDU guard, STP cost and priority).
 *
 * <pre>{@code
 * host.bridgePorts().change(BridgePortSpec.of("veth-p1").withIsolated(true));   // bridge link set dev veth-p1 isolated on
 * host.bridgePorts().get("veth-p1").isolated();                                  // bridge -d link show dev veth-p1
 * }</pre>
 *
 * <p>Errors: a device that does not exist is {@link NotFoundException} naming it; one that is
 * not a bridge port is refused by the kernel ({@code EOPNOTSUPP}).
 */
public final class BridgePorts {
    private final NetlinkSocket socket;
    private final NetNs namespace;

    /**
     * The facade over {@code socket} (a {@code NETLINK_ROUTE} socket in {@code namespace}).
     * Usually obtained from the handle: {@code Rtnetlink.bridgePorts()}.
      *
      * @param socket a {@code NETLINK_ROUTE} socket
      * @param namespace the namespace {@code socket} belongs to
     */
    public BridgePorts(NetlinkSocket socket, NetNs namespace) {
        this.socket = Objects.requireNonNull(socket, "socket");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
    }

    /**
     * {@code bridge link set dev DEV ...}: changes the settings {@code spec} gives, leaving the
     * others as they are ({@code RTM_SETLINK}, {@code AF_BRIDGE}).
     *
     * @throws IllegalArgumentException if {@code spec} sets nothing
      * @param spec the port and the settings to change
     */
    public void change(BridgePortSpec spec) {
        Objects.requireNonNull(spec, "spec");
        if (!spec.setsAnything()) {
            throw new IllegalArgumentException("bridge link set " + spec + ": sets nothing");
        }
        int index = Devices.index(socket, spec.dev(), "RTM_SETLINK bridge link set " + spec);
        socket.execute(changeRequest(spec, index));
    }

    /**
     * The port {@code dev}.
     *
     * @throws NotFoundException if there is no bridge port of that name
      * @param dev the device's name
      * @return it
     */
    public BridgePort get(String dev) {
        return find(dev).orElseThrow(() -> (NotFoundException) KernelException.of(Errno.ENODEV,
                "RTM_GETLINK bridge link show dev " + dev, "no bridge port named '" + dev + "'"));
    }

    /**
     * The port {@code dev}, or empty if there is no bridge port of that name.
     *
     * @param dev the device's name
     * @return it, or empty
     */
    public Optional<BridgePort> find(String dev) {
        InterfaceName.check(dev);
        return list().stream().filter(p -> p.dev().equals(dev)).findFirst();
    }

    /**
     * {@code bridge -d link show}: every port of every bridge.
     *
     * @return what the kernel reports, in its order
     */
    public List<BridgePort> list() {
        List<BridgePort> out = new ArrayList<>();
        stream(out::add, out::clear);
        return out;
    }

    /**
     * The ports of {@code bridge}.
     *
     * @param bridge the bridge's name
     * @return what the kernel reports, in its order
     */
    public List<BridgePort> list(String bridge) {
        InterfaceName.check(bridge);
        return list().stream().filter(p -> bridge.equals(p.master())).toList();
    }

    /**
     * The dump of {@link #list()}, streamed to {@code each}; {@code each} must not call this handle.
     *
     * @param each receives each one as it is parsed
     */
    public void forEach(Consumer<? super BridgePort> each) {
        stream(each, null);
    }

    /** The dump behind {@code list} and {@code forEach}; {@code restart} makes an interrupted dump run again. */
    private void stream(Consumer<? super BridgePort> each, Runnable restart) {
        Objects.requireNonNull(each, "each");
        DeviceNames names = new DeviceNames(socket).load();
        socket.dump(dumpRequest(), m -> BridgePortCodec.parse(m, names), each, restart);
    }

    /** What {@link #change} sends for the port with index {@code index}. */
    static Request changeRequest(BridgePortSpec spec, int index) {
        return Request.of(RTM_SETLINK, 0, "RTM_SETLINK", "bridge link set " + spec,
                w -> BridgePortCodec.write(w, spec, index));
    }

    /** What {@link #list()} sends. */
    static Request dumpRequest() {
        return Request.of(RTM_GETLINK, 0, "RTM_GETLINK", "bridge link show", BridgePortCodec::writeDump);
    }

    @Override
    public String toString() {
        return "BridgePorts[" + namespace + "]";
    }
}
