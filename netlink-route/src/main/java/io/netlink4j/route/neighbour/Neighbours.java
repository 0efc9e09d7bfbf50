package io.netlink4j.route.neighbour;


import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.socket.BatchResult;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.socket.Request;
import io.netlink4j.route.internal.DeviceNames;
import io.netlink4j.route.internal.Devices;
import io.netlink4j.route.internal.Verb;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * {@code ip neighbour}: the ARP (IPv4) and NDP (IPv6) tables of one namespace. Obtained from the
 * handle, {@code Rtnetlink.neighbours()}; see the package overview for the commands it replaces.
 */
public final class Neighbours {
    private final NetlinkSocket socket;
    private final NetNs namespace;

    /**
     * The facade over {@code socket}, a {@code NETLINK_ROUTE} socket in {@code namespace}.
     *
     * @param socket a {@code NETLINK_ROUTE} socket
     * @param namespace the namespace {@code socket} belongs to
     * @throws NullPointerException naming a null argument
     */
    public Neighbours(NetlinkSocket socket, NetNs namespace) {
        this.socket = Objects.requireNonNull(socket, "socket");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
    }

    /**
     * {@code ip neigh add ADDRESS lladdr LLADDR dev DEV [nud STATE]}.
     *
     * @param spec the entry: address, device, link-layer address and state
     * @throws io.netlink4j.core.AlreadyExistsException if the device has an entry for the address
     * @throws NotFoundException                        if there is no such device
     */
    public void add(NeighbourSpec spec) {
        socket.execute(request(spec, Verb.ADD, new Devices(socket)));
    }

    /**
     * Adds many entries pipelined, every device resolved and every request encoded before the first is sent.
     *
     * @param specs the entries, in the order they are sent
     * @return each entry's own outcome, in order
     * @throws NotFoundException if a device does not exist (nothing is sent then)
     */
    public BatchResult addAll(List<NeighbourSpec> specs) {
        return pipeline(specs, Verb.ADD);
    }

    /**
     * {@code ip neigh replace ...}: adds, or overwrites the entry's link-layer address and state.
     *
     * @param spec the entry: address, device, link-layer address and state
     * @throws NotFoundException if there is no such device
     */
    public void replace(NeighbourSpec spec) {
        socket.execute(request(spec, Verb.REPLACE, new Devices(socket)));
    }

    /**
     * {@code ip neigh del ADDRESS dev DEV}: only the address and device of {@code spec} count.
     *
     * @param spec the entry; its link-layer address and state are ignored
     * @throws NotFoundException if there is no such entry ({@code ENOENT}) or device
     */
    public void delete(NeighbourSpec spec) {
        socket.execute(request(spec, Verb.DELETE, new Devices(socket)));
    }

    /**
     * {@link #delete}, returning {@code false} instead of failing when the entry (or its device) is not there.
     *
     * @param spec the entry; its link-layer address and state are ignored
     * @return {@code true} if it was deleted, {@code false} if it was not there
     */
    public boolean deleteIfExists(NeighbourSpec spec) {
        try {
            delete(spec);
            return true;
        } catch (NotFoundException absent) {
            return false;
        }
    }

    /**
     * Deletes many entries pipelined.
     *
     * @param specs the entries, in the order they are sent
     * @return each delete's own outcome, in order
     */
    public BatchResult deleteAll(List<NeighbourSpec> specs) {
        return pipeline(specs, Verb.DELETE);
    }

    private BatchResult pipeline(List<NeighbourSpec> specs, Verb verb) {
        Objects.requireNonNull(specs, "specs");
        Devices devices = new Devices(socket);
        List<Request> requests = new ArrayList<>(specs.size());
        for (NeighbourSpec s : specs) {
            requests.add(request(s, verb, devices));
        }
        return socket.executeAll(requests);
    }

    private static Request request(NeighbourSpec spec, Verb verb, Devices devices) {
        Objects.requireNonNull(spec, "spec");
        boolean delete = verb == Verb.DELETE;
        int index = devices.index(spec.dev(), Devices.lazily(() -> delete ? "RTM_DELNEIGH " + NeighbourCodec.key(spec)
                : "RTM_NEWNEIGH " + spec));
        return NeighbourCodec.request(spec, index, verb);
    }

    /**
     * {@code ip neigh show}: every IPv4 and IPv6 entry, {@code NOARP} ones included.
     *
     * @return the entries of every device, devices named
     */
    public List<Neighbour> list() {
        return list(NeighbourFilter.all());
    }

    /**
     * {@code ip [-4|-6] neigh show [dev DEV]}: the entries {@code filter} selects, devices named.
     *
     * @param filter selects the device and family
     * @return the entries, in the kernel's order
     * @throws NotFoundException if the filter names a device that does not exist
     */
    public List<Neighbour> list(NeighbourFilter filter) {
        List<Neighbour> out = new ArrayList<>();
        DeviceNames names = dump(filter, out::add, out::clear);
        out.replaceAll(n -> n.dev() != null || n.index() == 0 ? n : n.withDev(names.name(n.index())));
        return out;
    }

    /**
     * The dump of {@link #list(NeighbourFilter)}, streamed: each entry goes to {@code each} as it
     * is parsed. Device names come from one link dump taken just before; {@code each} must not
     * call this handle.
     *
     * @param filter selects the device and family
     * @param each receives each entry, on the calling thread
     * @throws NotFoundException if the filter names a device that does not exist
     */
    public void forEach(NeighbourFilter filter, Consumer<? super Neighbour> each) {
        Objects.requireNonNull(each, "each");
        dump(filter, each, null);
    }

    private DeviceNames dump(NeighbourFilter filter, Consumer<? super Neighbour> each, Runnable restart) {
        Objects.requireNonNull(filter, "filter");
        DeviceNames names = new DeviceNames(socket);
        int index = 0;
        if (filter.dev() != null) {
            index = names.index(filter.dev(), "RTM_GETNEIGH dev " + filter.dev());
        } else {
            names.load();
        }
        int dev = index;
        socket.dump(NeighbourCodec.dumpRequest(filter, dev), m -> NeighbourCodec.parse(m, names::cached), n -> {
                    if ((dev == 0 || n.index() == dev) && (filter.family() == null || n.family() == filter.family())) {
                        each.accept(n);
                    }
                }, restart);
        return names;
    }

    /**
     * The namespace these entries belong to.
     *
     * @return the namespace of this facade's socket
     */
    public NetNs namespace() {
        return namespace;
    }

    @Override
    public String toString() {
        return "Neighbours[" + namespace + "]";
    }
}
