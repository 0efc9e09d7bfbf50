package io.netlink4j.route.link;

import io.netlink4j.core.AlreadyExistsException;
import io.netlink4j.core.Errno;
import io.netlink4j.core.InterfaceName;
import io.netlink4j.core.KernelException;
import io.netlink4j.core.MacAddress;
import io.netlink4j.core.NetlinkTimeoutException;
import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.socket.BatchResult;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.socket.Request;
import io.netlink4j.route.internal.DeviceNames;
import io.netlink4j.route.internal.Devices;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * {@code ip link}: create, change, list and delete the network devices of one namespace. Obtain
 * it from the namespace's handle, {@code Rtnetlink.open(...).links()}; the package overview
 * lists each {@code ip link} command with the call that replaces it.
 *
 * <p>Names are checked with {@link InterfaceName#check} and every other argument before anything
 * is sent. Kernel refusals are {@link KernelException}s naming the request and the device, e.g.
 * {@code RTM_NEWLINK veth-blue: File exists (EEXIST)}; {@link AlreadyExistsException} and
 * {@link NotFoundException} are the ones to catch. Thread-safe: requests are serialized on the
 * handle's socket.
 *
 * <p><b>Kernel costs to plan for.</b> Every link change holds the kernel's configuration lock
 * (rtnl), which is one per machine: while it is held, no namespace anywhere can be created or
 * changed. {@link #deleteGroup} of a huge group holds it for the whole deletion (20,000 bridges:
 * 323 s, during which namespace creation elsewhere on the machine waited), so keep groups small
 * and delete a large set in batches of a few hundred, one group each. And a dump ({@link #list},
 * {@link #forEach}) that runs while many links change at once can be interrupted by the kernel
 * ({@code NLM_F_DUMP_INTR}) more often than the library retries: it then fails with a
 * {@link KernelException} of {@code EINTR}, and the caller may simply list again.
 */
public final class Links {
    private static final int IFALIASZ = 256;

    private final NetlinkSocket socket;
    private final NetNs namespace;

    /**
     * The links of the namespace {@code socket} (a {@code NETLINK_ROUTE} socket) belongs to,
     * {@code namespace}. Usually obtained from the handle: {@code Rtnetlink.links()}.
     *
     * @param socket a {@code NETLINK_ROUTE} socket
     * @param namespace the namespace {@code socket} belongs to
     */
    public Links(NetlinkSocket socket, NetNs namespace) {
        this.socket = Objects.requireNonNull(socket, "socket");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
    }

    // ---- create -----------------------------------------------------------------------------

    /**
     * Creates a link ({@code RTM_NEWLINK} with {@code NLM_F_CREATE | NLM_F_EXCL}). A master or
     * parent named in the spec is looked up first.
     *
     * @param spec the link: a {@link Veth}, {@link Bridge}, {@link Vlan}, {@link Vxlan} or {@link Macvlan}
     * @throws AlreadyExistsException if the name is taken; for a veth whose peer's name is taken
     *                                (here or in the peer's namespace), naming the peer and its namespace
     * @throws NotFoundException      naming a missing master or parent
     */
    public void add(LinkSpec spec) {
        LinkCreation.add(socket, namespace, this, spec);
    }

    /**
     * Creates many links, pipelined: every spec is checked, its master and parent looked up and
     * its request encoded before the first is sent, so a spec that cannot be sent (a missing
     * master, a closed peer namespace) fails the call with nothing created; then up to 64
     * requests go in each {@code sendto}, and their ACKs are collected.
     *
     * @param specs the links, in the order they are sent
     * @return each spec's outcome, in order ({@code RTM_NEWLINK NAME: ...} for failures)
     * @throws NotFoundException        naming the item and a master or parent that does not exist
     * @throws IllegalStateException    naming the item whose peer namespace handle is closed
     * @throws IllegalArgumentException naming the item that cannot be created as it is (a veth
     *                                  with two ends of one name in one namespace)
     */
    public BatchResult addAll(List<? extends LinkSpec> specs) {
        return LinkCreation.addAll(socket, specs);
    }

    // ---- delete -----------------------------------------------------------------------------

    /**
     * Deletes a link, like {@code ip link del NAME}; deleting one end of a veth pair deletes both.
     *
     * @param name the device's name
     * @throws NotFoundException naming the device if there is none
     */
    public void delete(String name) {
        socket.execute(LinkRequests.delete(index(name, "RTM_DELLINK " + name), name));
    }

    /**
     * {@link #delete} that returns {@code false} instead of failing when there is no such link.
     *
     * @param name the device's name
     * @return {@code true} if the link was deleted, {@code false} if there was none
     */
    public boolean deleteIfExists(String name) {
        try {
            delete(name);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /**
     * Deletes links by name, pipelined (each request names its device, so nothing is looked up
     * first); each one's own outcome is in the result.
     *
     * @param names the devices' names, in the order they are sent
     * @return each delete's own outcome, in order
     * @throws IllegalArgumentException if a name is not a valid device name (nothing is sent then)
     */
    public BatchResult deleteAll(List<String> names) {
        Objects.requireNonNull(names, "names");
        List<Request> requests = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            requests.add(LinkRequests.deleteByName(InterfaceName.check(Objects.requireNonNull(names.get(i),
                    "names[" + i + "]"))));
        }
        return socket.executeAll(requests);
    }

    /**
     * Deletes every link in interface group {@code group} in one kernel operation, like
     * {@code ip link del group N}. The kernel unregisters them together, paying one RCU grace
     * period for all of them instead of one per device.
     *
     * <p><b>Keep groups small.</b> The kernel holds its configuration lock (rtnl, one for the
     * whole machine) for the whole deletion: deleting 20,000 bridges in one group held it for
     * 323 s, and for those 323 s namespace creation (and every other link, address or route
     * change) elsewhere on the machine waited. To delete a large set, give it several groups of
     * a few hundred links and delete them one group at a time, so other work gets the lock in
     * between.
     *
     * @param group the interface group ({@link LinkSpec#withGroup}, {@link #setGroup}), not 0
     * @throws IllegalArgumentException for group 0, the default group every device starts in
     * @throws NotFoundException        when no link is in the group (the kernel's answer)
     */
    public void deleteGroup(int group) {
        if (group == 0) {
            throw new IllegalArgumentException("group 0 is the default group of every device (lo too); "
                    + "put the links to delete in their own group with withGroup or setGroup");
        }
        socket.execute(LinkRequests.deleteGroup(group));
    }

    // ---- read -------------------------------------------------------------------------------

    /**
     * The link named {@code name}, like {@code ip -d -s link show dev NAME}.
     *
     * @param name the device's name
     * @return the link, its master and peer or parent named
     * @throws NotFoundException naming it if there is none
     */
    public Link get(String name) {
        InterfaceName.check(Objects.requireNonNull(name, "name"));
        return named(socket.get(LinkRequests.get(name), LinkCodec::parse).orElseThrow(() ->
                KernelException.of(Errno.ENODEV, "RTM_GETLINK " + name, "no reply for device " + name)));
    }

    /**
     * The link with interface index {@code index}.
     *
     * @param index the interface index, positive
     * @return the link, its master and peer or parent named
     * @throws NotFoundException if there is none
     * @throws IllegalArgumentException if {@code index} is not positive
     */
    public Link get(int index) {
        if (index <= 0) {
            throw new IllegalArgumentException("interface index " + index + " must be positive");
        }
        return named(socket.get(LinkRequests.get(index), LinkCodec::parse).orElseThrow(() ->
                KernelException.of(Errno.ENODEV, "RTM_GETLINK index " + index, "no reply")));
    }

    /**
     * The link named {@code name}, or empty if there is none.
     *
     * @param name the device's name
     * @return the link, or empty
     */
    public Optional<Link> find(String name) {
        try {
            return Optional.of(get(name));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * Every link of the namespace, like {@code ip -d -s link show} (a dump).
     *
     * @return the links, in the kernel's order (by index)
     * @throws KernelException with {@code EINTR} when links changed so fast during the dump that
     *                         the kernel kept marking it interrupted after the library's retries;
     *                         listing again is safe
     */
    public List<Link> list() {
        return list(LinkFilter.ALL);
    }

    /**
     * The links {@code filter} selects, like {@code ip link show type veth master br0}. Masters
     * and peers are named from the dump itself (and, for those it does not hold, looked up once).
     *
     * @param filter selects kind, master and group ({@link LinkFilter#ALL} for everything)
     * @return the links, in the kernel's order (by index)
     * @throws NotFoundException naming the filter's master if there is no such device
     * @throws KernelException   with {@code EINTR} when links changed so fast during the dump that
     *                           the kernel kept marking it interrupted after the library's retries;
     *                           listing again is safe
     */
    public List<Link> list(LinkFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return LinkListing.list(socket, filter, masterIndex(filter));
    }

    /**
     * The same dump as {@link #list(LinkFilter)}, streamed: each link goes to {@code each} as it is
     * parsed, so listing 100,000 links keeps no list of them. Masters and peers are named from
     * one light dump of names taken first (a name per device, no {@code Link}s); a device created
     * in between is named by index only. {@code each} runs while the socket is busy with the
     * dump: it must not call this handle (the call is refused with {@link IllegalStateException}).
     *
     * @param filter selects kind, master and group ({@link LinkFilter#ALL} for everything)
     * @param each   receives each link, on the calling thread
     * @throws KernelException   with {@code EINTR} after the dump when the kernel marked it
     *                           interrupted by concurrent changes (objects delivered may be stale or
     *                           missing; streamed objects cannot be taken back, so it is not retried)
     * @throws NotFoundException naming the filter's master if there is no such device
     */
    public void forEach(LinkFilter filter, Consumer<? super Link> each) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(each, "each");
        LinkListing.forEach(socket, filter, masterIndex(filter), each);
    }

    private int masterIndex(LinkFilter filter) {
        return filter.master() == null ? 0 : index(filter.master(), "RTM_GETLINK master " + filter.master());
    }

    /** {@code l} with its master, peer or parent named (one lookup each). */
    Link named(Link l) {
        return LinkCodec.named(l, new DeviceNames(socket).put(l.index(), l.name())::name);
    }

    // ---- change -----------------------------------------------------------------------------

    /**
     * Changes the settings of an existing bridge, VXLAN or macvlan in place, like {@code ip link
     * set NAME [up] [mtu MTU] [address MAC] [group N] [master BRIDGE] type KIND OPTIONS}: one
     * {@code RTM_NEWLINK} without {@code NLM_F_CREATE} for the device's index. Only what the spec
     * sets is sent, as {@code ip} sends only the words given; everything else stays as it is.
     *
     * <pre>{@code
     * links.change(Bridge.of("br0").withStp(false));               // ip link set br0 type bridge stp_state 0
     * links.change(Bridge.of("br0").withAgeingTime(Duration.ofSeconds(10)));   // ... ageing_time 1000
     * links.change(Vxlan.of("vxlan100", 100).withTtl(10).withLearning(true)); // ip link set vxlan100 type vxlan id 100 ttl 10 learning
     * links.change(Macvlan.of("mv0", "eth0").withMode(MacvlanMode.PRIVATE)); // ip link set mv0 type macvlan mode private
     * }</pre>
     *
     * <p>What each kind can change: a {@link Bridge} every setting it has ({@code vlan_filtering}
     * and {@code vlan_protocol} need {@code CONFIG_BRIDGE_VLAN_FILTERING}, which refuses
     * {@code vlan_filtering} with {@code EOPNOTSUPP} when missing). A {@link Vxlan} its ttl,
     * underlay device, local and remote/group addresses (of the family they have) and learning;
     * its VNI is sent as a check (the kernel refuses another one, {@code Cannot change VNI}), and
     * dstport, l2miss and l3miss cannot change after creation (refused here, before sending). A
     * {@link Macvlan} its mode, but not to or from {@code passthru} (the kernel answers
     * {@code EINVAL}); its parent is fixed and not sent. Veth and VLAN links have nothing the
     * kernel changes in place (refused here); set common options with {@link #setMtu},
     * {@link #setMac} and the like.
     *
     * @param spec the link by name, its kind, and the settings to change
     * @throws IllegalArgumentException for a veth or vlan spec, a vxlan spec that sets dstport,
     *                                  l2miss or l3miss, or any spec that sets the queue count
     * @throws NotFoundException        naming the link (or its master or underlay device) if absent
     * @throws KernelException          the kernel's refusal, e.g. {@code RTM_NEWLINK vxlan100 type vxlan:
     *                                  Operation not supported (EOPNOTSUPP): Cannot change VNI}
     */
    public void change(LinkSpec spec) {
        LinkChange.change(socket, spec);
    }

    /**
     * {@code ip link set NAME up}.
     *
     * @param name the device's name
     * @throws NotFoundException naming the device if there is none
     */
    public void setUp(String name) {
        socket.execute(LinkRequests.up(index(name, "RTM_NEWLINK " + name + " up"), name));
    }

    /**
     * {@code ip link set NAME down}.
     *
     * @param name the device's name
     * @throws NotFoundException naming the device if there is none
     */
    public void setDown(String name) {
        socket.execute(LinkRequests.down(index(name, "RTM_NEWLINK " + name + " down"), name));
    }

    /**
     * {@code ip link set NAME master BRIDGE}.
     *
     * @param name the port-to-be's name
     * @param bridge the bridge's name
     * @throws NotFoundException naming whichever device does not exist
     */
    public void setMaster(String name, String bridge) {
        String what = "RTM_NEWLINK " + name + " master " + bridge;
        int master = index(Objects.requireNonNull(bridge, "bridge"), what);
        socket.execute(LinkRequests.master(index(name, what), name, master, bridge));
    }

    /**
     * {@code ip link set NAME nomaster}.
     *
     * @param name the port's name
     * @throws NotFoundException naming the device if there is none
     */
    public void setNoMaster(String name) {
        socket.execute(LinkRequests.master(index(name, "RTM_NEWLINK " + name + " nomaster"), name, 0, null));
    }

    /**
     * {@code ip link set NAME netns NS}: moves the link into {@code ns}; it disappears here.
     * Moving one end of a veth pair leaves the other where it is.
     *
     * @param name the device's name
     * @param ns the namespace it moves to; only held while the request is sent
     * @throws NotFoundException naming the device if there is none
     */
    public void moveTo(String name, NetNs ns) {
        Objects.requireNonNull(ns, "ns");
        int index = index(name, "RTM_NEWLINK " + name + " netns " + Specs.namespace(ns));
        try (NetNs.Lease l = ns.lease()) {
            socket.execute(LinkRequests.netnsFd(index, name, l.fd(), Specs.namespace(ns)));
        }
    }

    /**
     * {@code ip link set NAME netns NAMESPACE}, the namespace by its name under {@code /run/netns}.
     *
     * @param name the device's name
     * @param namespaceName the name {@code ip netns add} gave, e.g. {@code "ns-blue"}
     * @throws NotFoundException if there is no namespace of that name
     */
    public void moveTo(String name, String namespaceName) {
        Objects.requireNonNull(namespaceName, "namespaceName");
        try (NetNs ns = NetNs.named(namespaceName)) {
            moveTo(name, ns);
        }
    }

    /**
     * {@code ip link set NAME netns PID}: into the network namespace of process {@code pid}.
     *
     * @param name the device's name
     * @param pid the process id, 1..2147483647
     * @throws IllegalArgumentException if {@code pid} is out of range
     * @throws NotFoundException naming the device, or {@code ESRCH} if there is no such process
     */
    public void moveToPid(String name, long pid) {
        if (pid <= 0 || pid > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("pid " + pid + " is not a process id");
        }
        socket.execute(LinkRequests.netnsPid(index(name, "RTM_NEWLINK " + name + " netns " + pid), name, (int) pid));
    }

    /**
     * {@code ip link set NAME mtu MTU}.
     *
     * @param name the device's name
     * @param mtu the MTU in bytes, positive (the kernel checks the device's own range)
     * @throws IllegalArgumentException if {@code mtu} is not positive
     * @throws NotFoundException naming the device if there is none
     */
    public void setMtu(String name, int mtu) {
        if (mtu <= 0) {
            throw new IllegalArgumentException("mtu " + Integer.toUnsignedString(mtu) + " must be positive");
        }
        socket.execute(LinkRequests.mtu(index(name, "RTM_NEWLINK " + name + " mtu " + mtu), name, mtu));
    }

    /**
     * {@code ip link set NAME address MAC}.
     *
     * @param name the device's name
     * @param mac a unicast Ethernet address, six hexadecimal bytes separated by colons
     * @throws IllegalArgumentException if {@code mac} is malformed or multicast
     * @throws NotFoundException naming the device if there is none
     */
    public void setMac(String name, String mac) {
        setMac(name, MacAddress.parseUnicast(Objects.requireNonNull(mac, "mac")));
    }

    /**
     * {@code ip link set NAME address MAC}; the address must be unicast.
     *
     * @param name the device's name
     * @param mac a unicast Ethernet address
     * @throws IllegalArgumentException if {@code mac} is multicast
     * @throws NotFoundException naming the device if there is none
     */
    public void setMac(String name, MacAddress mac) {
        Objects.requireNonNull(mac, "mac");
        if (mac.isMulticast()) {
            throw new IllegalArgumentException("MAC address " + mac + " is multicast: a device cannot have it");
        }
        socket.execute(LinkRequests.address(index(name, "RTM_NEWLINK " + name + " address " + mac), name, mac));
    }

    /**
     * {@code ip link set NAME name NEWNAME}. The kernel renames only links that are down ({@code EBUSY} otherwise).
     *
     * @param name the device's current name
     * @param newName the name it gets, at most 15 bytes
     * @throws IllegalArgumentException if {@code newName} is not a valid device name
     * @throws NotFoundException naming the device if there is none
     */
    public void rename(String name, String newName) {
        InterfaceName.check(Objects.requireNonNull(newName, "newName"));
        socket.execute(LinkRequests.rename(index(name, "RTM_NEWLINK " + name + " name " + newName), name, newName));
    }

    /**
     * {@code ip link set NAME alias TEXT}; an empty text removes the alias.
     *
     * @param name the device's name
     * @param alias the alias, at most 255 bytes in UTF-8; empty to remove it
     * @throws IllegalArgumentException if {@code alias} is too long
     * @throws NotFoundException naming the device if there is none
     */
    public void setAlias(String name, String alias) {
        Objects.requireNonNull(alias, "alias");
        if (alias.getBytes(StandardCharsets.UTF_8).length >= IFALIASZ) {
            throw new IllegalArgumentException("alias of " + name + " is " + alias.getBytes(StandardCharsets.UTF_8).length
                    + " bytes long: at most " + (IFALIASZ - 1));
        }
        socket.execute(LinkRequests.alias(index(name, "RTM_NEWLINK " + name + " alias"), name, alias));
    }

    /**
     * {@code ip link set NAME group GROUP}.
     *
     * @param name the device's name
     * @param group the group number, any 32-bit value (0 is the default group)
     * @throws NotFoundException naming the device if there is none
     */
    public void setGroup(String name, int group) {
        socket.execute(LinkRequests.group(index(name, "RTM_NEWLINK " + name + " group "
                + Integer.toUnsignedString(group)), name, group));
    }

    /** The index of {@code name}; a missing device fails naming {@code forWhat}. */
    private int index(String name, String forWhat) {
        Objects.requireNonNull(name, "name");
        return Devices.index(socket, name, forWhat); // which checks the name first
    }

    // ---- wait -------------------------------------------------------------------------------

    /**
     * Waits until link {@code name} exists and satisfies {@code condition}, e.g.
     * {@code waitFor("veth0", l -> l.operState() == OperState.UP, Duration.ofSeconds(5))}.
     * Subscribes to link notifications first, then reads the current state, then waits for
     * notifications — so no change can slip between the check and the wait, and nothing polls.
     * Lost notifications make it read the state again.
     *
     * @param name the device's name; it need not exist yet
     * @param condition tested on each state of the link, on the calling thread
     * @param timeout the longest wait
     * @return the link as it was when the condition held
     * @throws NetlinkTimeoutException if the condition does not hold within {@code timeout}
     * @throws InterruptedException    if the thread is interrupted while it waits (it returns
     *                                 within about 50 ms of the interrupt)
     */
    public Link waitFor(String name, Predicate<Link> condition, Duration timeout) throws InterruptedException {
        return LinkWait.waitFor(this, namespace, name, condition, timeout);
    }

    @Override
    public String toString() {
        return "Links[" + namespace + "]";
    }
}
