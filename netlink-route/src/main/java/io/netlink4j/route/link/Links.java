package io.netlink4j.route.link;

import static io.netlink4j.core.uapi.Netlink.NLM_F_CREATE;
import static io.netlink4j.core.uapi.Netlink.NLM_F_EXCL;
import static io.netlink4j.route.uapi.IfLinkH.IFF_UP;
import static io.netlink4j.route.uapi.IfLinkH.IFLA_ADDRESS;
import static io.netlink4j.route.uapi.IfLinkH.IFLA_GROUP;
import static io.netlink4j.route.uapi.IfLinkH.IFLA_IFALIAS;
import static io.netlink4j.route.uapi.IfLinkH.IFLA_IFNAME;
import static io.netlink4j.route.uapi.IfLinkH.IFLA_MASTER;
import static io.netlink4j.route.uapi.IfLinkH.IFLA_MTU;
import static io.netlink4j.route.uapi.IfLinkH.IFLA_NET_NS_FD;
import static io.netlink4j.route.uapi.IfLinkH.IFLA_NET_NS_PID;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_DELLINK;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_GETLINK;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_NEWLINK;

import io.netlink4j.core.socket.BatchResult;
import io.netlink4j.core.Errno;
import io.netlink4j.core.NetlinkException;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.socket.RequestBody;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.ns.NetNs;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import io.netlink4j.core.InterfaceName;
import io.netlink4j.core.MacAddress;
import io.netlink4j.core.KernelException;
import io.netlink4j.core.NetlinkTimeoutException;
import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.socket.Request;
import io.netlink4j.route.Overrun;
import io.netlink4j.route.Rtnetlink;
import io.netlink4j.route.internal.Devices;
import io.netlink4j.route.internal.Structs;

/**
 * {@code ip link}: create, change, list and delete network devices in the handle's namespace.
 *
 * <p>Each {@code ip link} command of the articles, and the call that replaces it
 * ({@code links} is {@code Rtnetlink.open(...).links()} of the namespace the command runs in;
 * for {@code ip netns exec NS ip link ...}, open the handle on {@code NS}):
 * <table>
 * <caption>ip link and netlink4j side by side</caption>
 * <tr><th>iproute2</th><th>netlink4j</th></tr>
 * <tr><td>{@code ip link add veth-blue type veth peer name veth-blue-br}</td>
 *     <td>{@code links.add(Veth.of("veth-blue", "veth-blue-br"))}</td></tr>
 * <tr><td>{@code ip link add veth0 type veth peer name eth0 netns container1}</td>
 *     <td>{@code links.add(Veth.of("veth0", "eth0").peerIn(container1))} (one request; the article
 *     creates the pair, then runs {@code ip link set eth0 netns container1})</td></tr>
 * <tr><td>{@code ip link add br0 type bridge} / {@code ip link add name br0 type bridge}</td>
 *     <td>{@code links.add(Bridge.of("br0"))}</td></tr>
 * <tr><td>{@code ip link add cni0 type bridge}</td><td>{@code links.add(Bridge.of("cni0"))}</td></tr>
 * <tr><td>{@code ip link set veth-blue netns ns-blue}</td>
 *     <td>{@code links.moveTo("veth-blue", "ns-blue")} or {@code links.moveTo("veth-blue", nsBlue)}</td></tr>
 * <tr><td>{@code ip link set veth2 netns $PID}</td><td>{@code links.moveToPid("veth2", pid)}</td></tr>
 * <tr><td>{@code ip link set veth-blue up} / {@code ip link set dev br0 up}</td>
 *     <td>{@code links.setUp("veth-blue")} / {@code links.setUp("br0")}</td></tr>
 * <tr><td>{@code ip link set lo up} (inside a namespace)</td><td>{@code Rtnetlink.open(ns).links().setUp("lo")}</td></tr>
 * <tr><td>{@code ip link set dev br0 down}</td><td>{@code links.setDown("br0")}</td></tr>
 * <tr><td>{@code ip link set veth-blue-br master br0}</td><td>{@code links.setMaster("veth-blue-br", "br0")}</td></tr>
 * <tr><td>{@code ip link set veth0 nomaster}</td><td>{@code links.setNoMaster("veth0")}</td></tr>
 * <tr><td>{@code ip link del veth1} / {@code ip link delete br0}</td>
 *     <td>{@code links.delete("veth1")} / {@code links.delete("br0")}</td></tr>
 * <tr><td>{@code ip link show} / {@code ip link}</td><td>{@code links.list()}</td></tr>
 * <tr><td>{@code ip link show type veth}</td><td>{@code links.list("veth")}</td></tr>
 * <tr><td>{@code ip link show veth1} / {@code ip link show docker0}</td><td>{@code links.get("veth1")}</td></tr>
 * <tr><td>{@code ip link set veth1 mtu 9000 / address MAC / name NEW / alias TEXT / group 7}</td>
 *     <td>{@code setMtu}, {@code setMac}, {@code rename}, {@code setAlias}, {@code setGroup}</td></tr>
 * <tr><td>{@code ip link del group 7}</td><td>{@code links.deleteGroup(7)}</td></tr>
 * <tr><td>{@code ip -batch} of many {@code link add}</td><td>{@code links.addAll(specs)} (pipelined)</td></tr>
 * </table>
 *
 * <p>Names are checked with {@link InterfaceName#check} and other arguments validated before
 * anything is sent. Kernel refusals are {@link io.netlink4j.core.KernelException}s naming the request and device,
 * e.g. {@code RTM_NEWLINK veth-blue: File exists (EEXIST)}. Thread-safe.
 */
public final class Links {
    private static final int IFALIASZ = 256;
    private static final int AF_UNSPEC = 0;

    private final NetlinkSocket socket;
    private final NetNs namespace;

    /**
     * The links of the namespace {@code socket} (a {@code NETLINK_ROUTE} socket) belongs to,
     * {@code namespace}. Usually obtained from the handle: {@code Rtnetlink.links()}.
     */
    public Links(NetlinkSocket socket, NetNs namespace) {
        this.socket = Objects.requireNonNull(socket, "socket");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
    }

    private NetlinkSocket socket() {
        return socket;
    }

    // ---- create -----------------------------------------------------------------------------

    /**
     * Creates a link ({@code RTM_NEWLINK} with {@code NLM_F_CREATE | NLM_F_EXCL}). A master or
     * parent named in the spec is looked up first.
     *
     * @throws NetlinkException {@code EEXIST} if the name is taken; {@code ENODEV} naming a
     *                          missing master or parent
     */
    public void add(LinkSpec spec) {
        Resolved r = resolve(spec, new Devices(socket));
        try (PeerNamespace peer = PeerNamespace.of(spec)) {
            socket.execute(newLink(r, peer.fd()));
        }
    }

    /**
     * Creates many links, pipelined: up to 64 requests per {@code sendto}, then their ACKs.
     * Masters and parents the specs name must exist before the call (they are looked up first,
     * and a missing one fails the whole call with {@code ENODEV} before anything is sent).
     *
     * @return each spec's outcome, in order ({@code RTM_NEWLINK NAME: ...} for failures)
     */
    public BatchResult addAll(List<? extends LinkSpec> specs) {
        Devices devices = new Devices(socket);
        List<Resolved> resolved = new ArrayList<>(specs.size());
        for (LinkSpec s : specs) {
            resolved.add(resolve(s, devices));
        }
        List<PeerNamespace> peers = new ArrayList<>();
        try {
            List<Request> requests = new ArrayList<>(resolved.size());
            for (Resolved r : resolved) {
                PeerNamespace peer = PeerNamespace.of(r.spec());
                peers.add(peer);
                requests.add(newLink(r, peer.fd()));
            }
            return socket.executeAll(requests);
        } finally {
            peers.forEach(PeerNamespace::close);
        }
    }

    private static Request newLink(Resolved r, int peerNamespaceFd) {
        return Request.of(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWLINK", r.spec().name(),
                w -> LinkCodec.writeNewLink(w, r.spec(), r.master(), r.parent(), peerNamespaceFd));
    }

    /** A spec with the indices of the master and parent it names (0: none). */
    private record Resolved(LinkSpec spec, int master, int parent) {}

    private static Resolved resolve(LinkSpec spec, Devices devices) {
        Objects.requireNonNull(spec, "spec");
        String m = spec.options().master();
        String p = LinkCodec.parentOf(spec);
        return new Resolved(spec, m == null ? 0 : devices.index(m, "RTM_NEWLINK " + spec.name()),
                p == null ? 0 : devices.index(p, "RTM_NEWLINK " + spec.name()));
    }

    /** The lease on a veth peer's namespace, held until its request is sent; -1 when there is none. */
    private record PeerNamespace(NetNs.Lease lease) implements AutoCloseable {
        static PeerNamespace of(LinkSpec spec) {
            return new PeerNamespace(spec instanceof Veth v && v.peerNamespace() != null
                    ? v.peerNamespace().lease() : null);
        }

        int fd() {
            return lease == null ? -1 : lease.fd();
        }

        @Override
        public void close() {
            if (lease != null) {
                lease.close();
            }
        }
    }

    // ---- delete -----------------------------------------------------------------------------

    /**
     * Deletes a link, like {@code ip link del NAME}; deleting one end of a veth pair deletes both.
     *
     * @throws NetlinkException {@code ENODEV} naming the device if there is none
     */
    public void delete(String name) {
        InterfaceName.check(name);
        socket.execute(Request.of(RTM_DELLINK, 0, "RTM_DELLINK", name, w -> byName(w, name)));
    }

    /** {@link #delete} that returns {@code false} instead of failing when there is no such link. */
    public boolean deleteIfExists(String name) {
        try {
            delete(name);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /**
     * Deletes every link in interface group {@code group} in one kernel operation, like
     * {@code ip link del group N}: one {@code RTM_DELLINK} with {@code IFLA_GROUP} and index 0.
     * The kernel unregisters them together, paying one RCU grace period for all of them instead
     * of one per device — about 60 times faster than deleting pairs one by one.
     *
     * @throws IllegalArgumentException for group 0, the default group every device starts in
     * @throws NetlinkException {@code ENODEV} when no link is in the group (the kernel's answer)
     */
    public void deleteGroup(int group) {
        if (group == 0) {
            throw new IllegalArgumentException("group 0 is the default group of every device (lo too); "
                    + "put the links to delete in their own group with withGroup or setGroup");
        }
        socket.execute(Request.of(RTM_DELLINK, 0, "RTM_DELLINK", "group " + Integer.toUnsignedString(group), w -> {
            Structs.ifinfomsg(w, AF_UNSPEC, 0, 0, 0);
            w.putU32(IFLA_GROUP, group);
        }));
    }

    /** Deletes links by name, pipelined; each one's own outcome is in the result. */
    public BatchResult deleteAll(List<String> names) {
        names.forEach(InterfaceName::check);
        return socket.executeAll(names.stream()
                .map(n -> Request.of(RTM_DELLINK, 0, "RTM_DELLINK", n, w -> byName(w, n))).toList());
    }

    // ---- read -------------------------------------------------------------------------------

    /**
     * The link named {@code name}, like {@code ip -d -s link show NAME}.
     *
     * @throws NetlinkException {@code ENODEV} naming it if there is none
     */
    public Link get(String name) {
        InterfaceName.check(name);
        Link l = socket.get(Request.of(RTM_GETLINK, 0, "RTM_GETLINK", name, w -> byName(w, name)), LinkCodec::parse).orElse(null);
        if (l == null) {
            throw KernelException.of(Errno.ENODEV, "RTM_GETLINK " + name, "no reply for device " + name);
        }
        return l;
    }

    /** The link named {@code name}, or empty if there is none. */
    public Optional<Link> find(String name) {
        try {
            return Optional.of(get(name));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * The link with interface index {@code index}.
     *
     * @throws NetlinkException {@code ENODEV} if there is none
     */
    public Link get(int index) {
        if (index <= 0) {
            throw new IllegalArgumentException("interface index " + index + " must be positive");
        }
        Link l = socket.get(Request.of(RTM_GETLINK, 0, "RTM_GETLINK", "index " + index, w -> Structs.ifinfomsg(w, AF_UNSPEC, index, 0, 0)), LinkCodec::parse).orElse(null);
        if (l == null) {
            throw KernelException.of(Errno.ENODEV, "RTM_GETLINK index " + index, "no reply");
        }
        return l;
    }

    /** Every link of the namespace, like {@code ip -d -s link show} (a dump). */
    public List<Link> list() {
        return socket.dump(Request.of(RTM_GETLINK, 0, "RTM_GETLINK", null, w -> Structs.ifinfomsg(w, AF_UNSPEC, 0, 0, 0)), LinkCodec::parse);
    }

    /** The links of one kind ({@code "veth"}, {@code "bridge"}...), like {@code ip link show type KIND}. */
    public List<Link> list(String kind) {
        Objects.requireNonNull(kind, "kind");
        return list().stream().filter(l -> kind.equals(l.kind())).toList();
    }

    // ---- change -----------------------------------------------------------------------------

    /** {@code ip link set NAME up}. */
    public void setUp(String name) {
        change(name, "up", IFF_UP, IFF_UP, null);
    }

    /** {@code ip link set NAME down}. */
    public void setDown(String name) {
        change(name, "down", 0, IFF_UP, null);
    }

    /** {@code ip link set NAME master BRIDGE}. */
    public void setMaster(String name, String bridge) {
        InterfaceName.check(name);
        int master = Devices.index(socket, bridge, "RTM_NEWLINK " + name + " master " + bridge);
        change(name, "master " + bridge, 0, 0, w -> w.putU32(IFLA_MASTER, master));
    }

    /** {@code ip link set NAME nomaster}. */
    public void setNoMaster(String name) {
        change(name, "nomaster", 0, 0, w -> w.putU32(IFLA_MASTER, 0));
    }

    /**
     * {@code ip link set NAME netns NS}: moves the link into {@code ns}; it disappears here.
     * Moving one end of a veth pair leaves the other where it is.
     */
    public void moveTo(String name, NetNs ns) {
        Objects.requireNonNull(ns, "ns");
        try (NetNs.Lease l = ns.lease()) {
            change(name, "netns " + ns, 0, 0, w -> w.putU32(IFLA_NET_NS_FD, l.fd()));
        }
    }

    /**
     * {@code ip link set NAME netns NSNAME} for a named namespace ({@code /run/netns/NSNAME}).
     *
     * @throws NetlinkException {@code ENOENT} before anything is sent if there is no such namespace
     */
    public void moveTo(String name, String namespaceName) {
        InterfaceName.check(name);
        try (NetNs ns = NetNs.named(namespaceName)) {
            moveTo(name, ns);
        }
    }

    /** {@code ip link set NAME netns PID}: into the network namespace of process {@code pid}. */
    public void moveToPid(String name, long pid) {
        if (pid <= 0 || pid > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("pid " + pid + " is not a process id");
        }
        change(name, "netns pid " + pid, 0, 0, w -> w.putU32(IFLA_NET_NS_PID, (int) pid));
    }

    /** {@code ip link set NAME mtu MTU}. */
    public void setMtu(String name, int mtu) {
        if (mtu <= 0) {
            throw new IllegalArgumentException("mtu " + mtu + " must be positive");
        }
        change(name, "mtu " + mtu, 0, 0, w -> w.putU32(IFLA_MTU, mtu));
    }

    /** {@code ip link set NAME address MAC}. */
    public void setMac(String name, String mac) {
        byte[] b = MacAddress.parseUnicast(mac).bytes();
        change(name, "address " + mac, 0, 0, w -> w.putBytes(IFLA_ADDRESS, b));
    }

    /**
     * {@code ip link set NAME name NEWNAME}. The kernel renames only links that are down
     * ({@code EBUSY} otherwise).
     */
    public void rename(String name, String newName) {
        InterfaceName.check(newName);
        int index = Devices.index(socket, name, null);
        // By index: with IFLA_IFNAME in the request, the kernel would look the device up by the new name.
        socket.execute(Request.of(RTM_NEWLINK, 0, "RTM_NEWLINK", name + " name " + newName, w -> {
            Structs.ifinfomsg(w, AF_UNSPEC, index, 0, 0);
            w.putString(IFLA_IFNAME, newName);
        }));
    }

    /** {@code ip link set NAME alias TEXT}; an empty text removes the alias. */
    public void setAlias(String name, String alias) {
        Objects.requireNonNull(alias, "alias");
        if (alias.getBytes(StandardCharsets.UTF_8).length >= IFALIASZ) {
            throw new IllegalArgumentException("alias of " + name + " is longer than " + (IFALIASZ - 1) + " bytes");
        }
        change(name, "alias", 0, 0, w -> w.putString(IFLA_IFALIAS, alias));
    }

    /** {@code ip link set NAME group GROUP}. */
    public void setGroup(String name, int group) {
        change(name, "group " + Integer.toUnsignedString(group), 0, 0, w -> w.putU32(IFLA_GROUP, group));
    }

    /** One {@code RTM_NEWLINK} without {@code NLM_F_CREATE}: changes the existing device {@code name}. */
    private void change(String name, String what, int flags, int change, RequestBody attributes) {
        InterfaceName.check(name);
        socket.execute(Request.of(RTM_NEWLINK, 0, "RTM_NEWLINK", name + " " + what, w -> {
            Structs.ifinfomsg(w, AF_UNSPEC, 0, flags, change);
            w.putString(IFLA_IFNAME, name);
            if (attributes != null) {
                attributes.write(w);
            }
        }));
    }

    /** {@code ifinfomsg} with index 0 and {@code IFLA_IFNAME}: the kernel looks the device up by name. */
    private static void byName(MessageWriter w, String name) {
        LinkCodec.header(w, 0, false);
        w.putString(IFLA_IFNAME, name);
    }

    // ---- wait -------------------------------------------------------------------------------

    /**
     * Waits until link {@code name} exists and satisfies {@code condition}, e.g.
     * {@code waitFor("veth0", l -> l.operState() == OperState.UP, Duration.ofSeconds(5))}.
     * Subscribes to {@code RTNLGRP_LINK} first, then reads the current state, then waits for
     * notifications — so no change can slip between the check and the wait, and nothing polls.
     * A lost-events notice ({@link Overrun}) makes it re-read the state.
     *
     * @return the link as it was when the condition held
     * @throws NetlinkTimeoutException if the condition does not hold within {@code timeout}
     * @throws InterruptedException if the thread is interrupted while it waits
     */
    public Link waitFor(String name, Predicate<Link> condition, Duration timeout) throws InterruptedException {
        return LinkWait.waitFor(this, namespace, name, condition, timeout);
    }
}
