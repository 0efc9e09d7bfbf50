package io.netlink4j.route.bridge;

import static io.netlink4j.core.uapi.Netlink.NLM_F_APPEND;
import static io.netlink4j.core.uapi.Netlink.NLM_F_CREATE;
import static io.netlink4j.core.uapi.Netlink.NLM_F_EXCL;
import static io.netlink4j.core.uapi.Netlink.NLM_F_REPLACE;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_DELNEIGH;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_GETNEIGH;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_NEWNEIGH;

import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.socket.BatchResult;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.socket.Request;
import io.netlink4j.route.internal.DeviceNames;
import io.netlink4j.route.internal.Devices;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * {@code bridge fdb}: the forwarding databases of the handle's namespace — the tables of bridges
 * (which port a MAC is behind) and of VXLAN devices (which remote VTEP a MAC is behind, and where
 * flooded frames go).
 *
 * <pre>{@code
 * // a VXLAN overlay's control plane, as flannel or Calico program it:
 * host.fdb().append(FdbSpec.of(MacAddress.ZERO, "vxlan100").withDst("192.0.2.2"));   // flood to host 2
 * host.fdb().append(FdbSpec.of(MacAddress.ZERO, "vxlan100").withDst("192.0.2.3"));   // and to host 3
 * host.fdb().add(FdbSpec.of("02:00:00:64:00:15", "vxlan100").withDst("192.0.2.2"));  // a pod on host 2
 * host.fdb().list(FdbFilter.port("vxlan100")).forEach(System.out::println);           // bridge fdb show brport vxlan100
 * }</pre>
 *
 * <p>Errors: an entry already there is {@link io.netlink4j.core.AlreadyExistsException}; deleting
 * one that is not is {@link NotFoundException}; a device that does not exist is
 * {@link NotFoundException} naming it, before anything else is sent; a {@code dynamic} entry on a
 * port that does not learn or forward is {@link io.netlink4j.core.PermissionDeniedException}
 * ({@code EPERM}), and a VLAN on a bridge without VLAN filtering is {@code EINVAL}.
 */
public final class FdbEntries {
    /** The verbs of {@code bridge fdb}: add, append and replace as the nlmsg flags they send; delete. */
    static final int ADD = NLM_F_CREATE | NLM_F_EXCL;
    static final int APPEND = NLM_F_CREATE | NLM_F_APPEND;
    static final int REPLACE = NLM_F_CREATE | NLM_F_REPLACE;
    static final int DELETE = -1;

    private final NetlinkSocket socket;
    private final NetNs namespace;

    /**
     * The facade over {@code socket} (a {@code NETLINK_ROUTE} socket in {@code namespace}).
     * Usually obtained from the handle: {@code Rtnetlink.fdb()}.
      *
      * @param socket a {@code NETLINK_ROUTE} socket
      * @param namespace the namespace {@code socket} belongs to
     */
    public FdbEntries(NetlinkSocket socket, NetNs namespace) {
        this.socket = Objects.requireNonNull(socket, "socket");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
    }

    /**
     * {@code bridge fdb add ...} ({@code NLM_F_CREATE | NLM_F_EXCL}).
     *
     * @throws io.netlink4j.core.AlreadyExistsException if the table has an entry for the MAC (and, on
     *         a VXLAN device, that destination)
      * @param spec the entry
     */
    public void add(FdbSpec spec) {
        socket.execute(request(ADD, spec, new Devices(socket)));
    }

    /**
     * Adds many entries, pipelined; devices are looked up and every entry encoded before the first
     * is sent (a missing device fails the call with nothing sent).
     *
     * @return each entry's own outcome, in order
      * @param specs the specs, in the order they are sent
     */
    public BatchResult addAll(List<FdbSpec> specs) {
        return all(specs, ADD);
    }

    /**
     * {@code bridge fdb append ...} ({@code NLM_F_CREATE | NLM_F_APPEND}): on a VXLAN device, one
     * more destination for the same MAC — with {@link io.netlink4j.core.MacAddress#ZERO}, one more
     * remote VTEP that flooded frames (broadcast, unknown unicast, multicast) are copied to
     * (head-end replication).
      *
      * @param spec the entry
     */
    public void append(FdbSpec spec) {
        socket.execute(request(APPEND, spec, new Devices(socket)));
    }

    /**
     * {@link #append} for many entries, pipelined, each with its own outcome.
     *
     * @param specs the specs, in the order they are sent
     * @return each one's outcome, in order
     */
    public BatchResult appendAll(List<FdbSpec> specs) {
        return all(specs, APPEND);
    }

    /**
     * {@code bridge fdb replace ...} ({@code NLM_F_CREATE | NLM_F_REPLACE}): adds the entry, or
     * changes the one there for the MAC (its port, state; a VXLAN device's first destination).
      *
      * @param spec the entry
     */
    public void replace(FdbSpec spec) {
        socket.execute(request(REPLACE, spec, new Devices(socket)));
    }

    /**
     * {@code bridge fdb del ...}: deletes the entry for the MAC from the device's table (on a VXLAN
     * device with a {@code dst}, only that destination).
     *
     * @throws NotFoundException if there is no such entry
      * @param spec the entry
     */
    public void delete(FdbSpec spec) {
        socket.execute(request(DELETE, spec, new Devices(socket)));
    }

    /**
     * {@link #delete} that returns {@code false} instead of failing when the entry is not there.
     *
     * @param spec the entry
     * @return whether it was there
     */
    public boolean deleteIfExists(FdbSpec spec) {
        Request r = request(DELETE, spec, new Devices(socket));
        try {
            socket.execute(r);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /**
     * {@code bridge fdb show}: every entry of every device.
     *
     * @return what the kernel reports, in its order
     */
    public List<FdbEntry> list() {
        return list(FdbFilter.ALL);
    }

    /**
     * {@code bridge fdb show br BRIDGE brport PORT}: the entries {@code filter} selects.
     *
     * @param filter which ones
     * @return what the kernel reports, in its order
     */
    public List<FdbEntry> list(FdbFilter filter) {
        List<FdbEntry> out = new ArrayList<>();
        stream(filter, out::add, out::clear);
        return out;
    }

    /**
     * The dump of {@link #list(FdbFilter)}, streamed: each entry goes to {@code each} as it is
     * parsed (devices named from one link dump taken first). {@code each} must not call this handle.
      *
      * @param filter which ones
      * @param each receives each one as it is parsed
     */
    public void forEach(FdbFilter filter, Consumer<? super FdbEntry> each) {
        stream(filter, each, null);
    }

    /** The dump behind {@code list} and {@code forEach}; {@code restart} makes an interrupted dump run again. */
    private void stream(FdbFilter filter, Consumer<? super FdbEntry> each, Runnable restart) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(each, "each");
        Devices devices = new Devices(socket);
        String op = "RTM_GETNEIGH bridge fdb show " + filter;
        int bridge = filter.bridge() == null ? 0 : devices.index(filter.bridge(), op);
        int port = filter.port() == null ? 0 : devices.index(filter.port(), op);
        DeviceNames names = new DeviceNames(socket).load();
        socket.dump(dumpRequest(filter, bridge, port), m -> FdbCodec.parse(m, names), each, restart);
    }

    private BatchResult all(List<FdbSpec> specs, int verb) {
        Devices devices = new Devices(socket);
        List<Request> requests = new ArrayList<>(specs.size());
        for (FdbSpec s : specs) {
            requests.add(request(verb, s, devices));
        }
        return socket.executeAll(requests);
    }

    private static Request request(int verb, FdbSpec spec, Devices devices) {
        Objects.requireNonNull(spec, "spec");
        String what = (verb == DELETE ? "RTM_DELNEIGH " : "RTM_NEWNEIGH ") + spec;
        int dev = devices.index(spec.dev(), what);
        int via = spec.via() == null ? 0 : devices.index(spec.via(), what);
        return request(verb, spec, dev, via);
    }

    /** What {@code bridge fdb add|append|replace|del} ({@code verb}) sends for {@code spec}, with the devices' indices. */
    static Request request(int verb, FdbSpec spec, int devIndex, int viaIndex) {
        boolean delete = verb == DELETE;
        return Request.of(delete ? RTM_DELNEIGH : RTM_NEWNEIGH, delete ? 0 : verb,
                delete ? "RTM_DELNEIGH" : "RTM_NEWNEIGH", spec, w -> FdbCodec.write(w, spec, devIndex, viaIndex));
    }

    /** The dump {@link #forEach} sends. */
    static Request dumpRequest(FdbFilter filter, int bridgeIndex, int portIndex) {
        return Request.of(RTM_GETNEIGH, 0, "RTM_GETNEIGH", "bridge fdb show " + filter,
                w -> FdbCodec.writeDump(w, bridgeIndex, portIndex));
    }

    @Override
    public String toString() {
        return "FdbEntries[" + namespace + "]";
    }
}
