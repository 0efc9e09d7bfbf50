package io.netlink4j.route.address;

import static io.netlink4j.route.uapi.RtnetlinkH.RTM_DELADDR;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_NEWADDR;

import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.socket.BatchResult;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.socket.Request;
import io.netlink4j.route.internal.DeviceNames;
import io.netlink4j.route.internal.Devices;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * {@code ip address}: the IPv4 and IPv6 addresses of one namespace. Obtained from the handle,
 * {@code Rtnetlink.addresses()}; see the package overview for the commands it replaces.
 *
 * <p>Bad input (a malformed prefix, a device name the kernel would refuse) is refused with
 * {@link IllegalArgumentException} when the spec is made; an unknown device is a
 * {@link NotFoundException} naming it; an address the device has already is an
 * {@link io.netlink4j.core.AlreadyExistsException}.
 */
public final class Addresses {
    private final NetlinkSocket socket;
    private final NetNs namespace;

    /**
     * The facade over {@code socket}, a {@code NETLINK_ROUTE} socket in {@code namespace}.
     *
     * @param socket a {@code NETLINK_ROUTE} socket
     * @param namespace the namespace {@code socket} belongs to
     * @throws NullPointerException naming a null argument
     */
    public Addresses(NetlinkSocket socket, NetNs namespace) {
        this.socket = Objects.requireNonNull(socket, "socket");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
    }

    /**
     * {@code ip addr add CIDR dev DEV ...}.
     *
     * @param spec the address, its device and options
     * @throws io.netlink4j.core.AlreadyExistsException if the device has the address already
     * @throws NotFoundException                        if there is no such device
     */
    public void add(AddressSpec spec) {
        send(spec, false);
    }

    /**
     * Adds many addresses pipelined (up to 64 requests per {@code sendmsg}). Every device name is
     * resolved and every request encoded before the first is sent, so an unknown device fails the
     * call with nothing added.
     *
     * @param specs the addresses, in the order they are sent
     * @return each address's own outcome, in order
     */
    public BatchResult addAll(List<AddressSpec> specs) {
        return pipeline(specs, RTM_NEWADDR);
    }

    /**
     * {@code ip addr replace CIDR dev DEV ...}: adds, or updates the address the device has. For an
     * existing address the kernel changes only its metric, lifetimes and (IPv6) flags; delete and
     * add to change a broadcast or label.
     *
     * @param spec the address; its broadcast and label count only when it is new
     */
    public void replace(AddressSpec spec) {
        send(spec, true);
    }

    private void send(AddressSpec spec, boolean replace) {
        Objects.requireNonNull(spec, "spec");
        int index = Devices.index(socket, spec.dev(), Devices.lazily(() -> "RTM_NEWADDR " + spec));
        socket.execute(AddressCodec.newRequest(spec, index, replace));
    }

    /**
     * {@code ip addr del CIDR dev DEV [label L]}: only the address, prefix length, device and
     * label of {@code spec} count.
     *
     * @param spec the address to delete
     * @throws NotFoundException if the device has no such address ({@code EADDRNOTAVAIL}) or does not exist
     */
    public void delete(AddressSpec spec) {
        Objects.requireNonNull(spec, "spec");
        int index = Devices.index(socket, spec.dev(), Devices.lazily(() -> "RTM_DELADDR " + AddressCodec.key(spec)));
        socket.execute(AddressCodec.deleteRequest(spec, index));
    }

    /**
     * {@link #delete}, returning {@code false} instead of failing when the address (or its device) is not there.
     *
     * @param spec the address to delete
     * @return {@code true} if it was deleted, {@code false} if it was not there
     */
    public boolean deleteIfExists(AddressSpec spec) {
        try {
            delete(spec);
            return true;
        } catch (NotFoundException absent) {
            return false;
        }
    }

    /**
     * Deletes many addresses pipelined, each request encoded before the first is sent.
     *
     * @param specs the addresses, in the order they are sent
     * @return each delete's own outcome, in order
     */
    public BatchResult deleteAll(List<AddressSpec> specs) {
        return pipeline(specs, RTM_DELADDR);
    }

    /**
     * {@code ip addr flush dev DEV}: deletes every IPv4 and IPv6 address of the device, the
     * link-local ones too. IPv4 secondaries go first, so none is promoted in place of a primary.
     *
     * @param dev the device's name
     * @return each delete's own outcome, one per address the device had
     * @throws NotFoundException if there is no such device
     */
    public BatchResult flush(String dev) {
        List<Address> all = list(AddressFilter.dev(dev));
        all.sort(Comparator.comparing(a -> !a.isSecondary()));
        return socket.executeAll(all.stream().map(a -> {
            AddressSpec key = AddressSpec.of(a.cidr(), dev);
            return AddressCodec.deleteRequest(a.label() != null && !a.label().equals(dev) ? key.withLabel(a.label()) : key,
                    a.index());
        }).toList());
    }

    private BatchResult pipeline(List<AddressSpec> specs, int type) {
        Objects.requireNonNull(specs, "specs");
        Devices devices = new Devices(socket);
        List<Request> requests = new ArrayList<>(specs.size());
        for (AddressSpec s : specs) {
            Objects.requireNonNull(s, "spec");
            requests.add(type == RTM_NEWADDR
                    ? AddressCodec.newRequest(s, devices.index(s.dev(), Devices.lazily(() -> "RTM_NEWADDR " + s)), false)
                    : AddressCodec.deleteRequest(s, devices.index(s.dev(),
                            Devices.lazily(() -> "RTM_DELADDR " + AddressCodec.key(s)))));
        }
        return socket.executeAll(requests);
    }

    /**
     * {@code ip addr show}: every IPv4 and IPv6 address of the namespace.
     *
     * @return the addresses, IPv4 and IPv6, devices named
     */
    public List<Address> list() {
        return list(AddressFilter.all());
    }

    /**
     * {@code ip [-4|-6] addr show [dev DEV]}: the addresses {@code filter} selects, devices named.
     *
     * @param filter selects the device and family
     * @return the addresses, in the kernel's order
     * @throws NotFoundException if the filter names a device that does not exist
     */
    public List<Address> list(AddressFilter filter) {
        List<Address> out = new ArrayList<>();
        DeviceNames names = dump(filter, out::add, out::clear);
        out.replaceAll(a -> a.dev() != null || a.index() == 0 ? a : a.withDev(names.name(a.index())));
        return out;
    }

    /**
     * The dump of {@link #list(AddressFilter)}, streamed: each address goes to {@code each} as it
     * is parsed. The device names come from one link dump taken just before; a device made in
     * between is left unnamed ({@code dev} null, index kept). {@code each} must not call this
     * handle (its socket is busy with the dump).
     *
     * @param filter selects the device and family
     * @param each receives each address, on the calling thread
     * @throws NotFoundException if the filter names a device that does not exist
     */
    public void forEach(AddressFilter filter, Consumer<? super Address> each) {
        Objects.requireNonNull(each, "each");
        dump(filter, each, null);
    }

    private DeviceNames dump(AddressFilter filter, Consumer<? super Address> each, Runnable restart) {
        Objects.requireNonNull(filter, "filter");
        DeviceNames names = new DeviceNames(socket);
        int index = 0;
        if (filter.dev() != null) {
            index = names.index(filter.dev(), "RTM_GETADDR dev " + filter.dev()); // checks the name
        } else {
            names.load();
        }
        int dev = index;
        socket.dump(AddressCodec.dumpRequest(filter, dev), m -> AddressCodec.parse(m, names::cached), a -> {
                    // The kernel filters under strict checking; this keeps older kernels to the same contract.
                    if ((dev == 0 || a.index() == dev) && (filter.family() == null || a.family() == filter.family())) {
                        each.accept(a);
                    }
                }, restart);
        return names;
    }

    /**
     * The namespace these addresses belong to.
     *
     * @return the namespace of this facade's socket
     */
    public NetNs namespace() {
        return namespace;
    }

    @Override
    public String toString() {
        return "Addresses[" + namespace + "]";
    }
}
