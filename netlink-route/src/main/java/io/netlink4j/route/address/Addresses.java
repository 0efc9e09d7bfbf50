package io.netlink4j.route.address;

import static io.netlink4j.core.uapi.Netlink.NLM_F_CREATE;
import static io.netlink4j.core.uapi.Netlink.NLM_F_EXCL;
import static io.netlink4j.core.uapi.Netlink.NLM_F_REPLACE;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_DELADDR;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_GETADDR;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_NEWADDR;

import io.netlink4j.core.socket.BatchResult;
import io.netlink4j.core.Cidr;
import io.netlink4j.core.uapi.SysConst;
import java.net.InetAddress;
import java.util.List;
import java.util.stream.IntStream;
import io.netlink4j.core.InterfaceName;
import io.netlink4j.core.NetlinkException;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.socket.Request;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.route.Rtnetlink;
import io.netlink4j.route.internal.Devices;

/**
 * {@code ip address}: IPv4 and IPv6 addresses of the handle's namespace.
 *
 * <table>
 * <caption>The articles' commands and their replacements ({@code h} is the namespace's {@link Rtnetlink})</caption>
 * <tr><th>iproute2</th><th>netlink4j</th></tr>
 * <tr><td>{@code ip netns exec ns-blue ip addr add 10.0.0.1/24 dev veth-blue}</td>
 *     <td>{@code blue.addresses().add("veth-blue", "10.0.0.1/24")}</td></tr>
 * <tr><td>{@code ip netns exec ns1 ip addr add 10.0.0.1/24 dev veth1}</td>
 *     <td>{@code ns1.addresses().add("veth1", "10.0.0.1/24")}</td></tr>
 * <tr><td>{@code ip addr add 10.0.0.254/24 dev br0}</td>
 *     <td>{@code host.addresses().add("br0", "10.0.0.254/24")}</td></tr>
 * <tr><td>{@code ip addr add 10.244.0.1/24 dev cni0}</td>
 *     <td>{@code host.addresses().add("cni0", "10.244.0.1/24")}</td></tr>
 * <tr><td>{@code ip netns exec container1 ip addr add 10.244.0.2/24 dev eth0}</td>
 *     <td>{@code c1.addresses().add("eth0", "10.244.0.2/24")}</td></tr>
 * <tr><td>{@code ip netns exec $CON ip addr add 10.200.1.1 dev veth2} (a bare address is a /32)</td>
 *     <td>{@code con.addresses().add("veth2", "10.200.1.1")}</td></tr>
 * <tr><td>{@code ip addr add 172.16.0.1/24 brd + dev br0}</td>
 *     <td>{@code h.addresses().add(AddressSpec.of("br0", "172.16.0.1/24").withAutoBroadcast())}</td></tr>
 * <tr><td>{@code ip addr add fd00::1/64 dev veth0 nodad}</td>
 *     <td>{@code h.addresses().add(AddressSpec.of("veth0", "fd00::1/64").withNoDad())}</td></tr>
 * <tr><td>{@code ip addr replace 10.0.0.1/24 dev veth1}</td>
 *     <td>{@code h.addresses().replace("veth1", "10.0.0.1/24")}</td></tr>
 * <tr><td>{@code ip addr del 10.0.0.1/24 dev veth1}</td>
 *     <td>{@code h.addresses().delete("veth1", "10.0.0.1/24")}</td></tr>
 * <tr><td>{@code ip a show dev veth11} / {@code ip addr show br0}</td>
 *     <td>{@code h.addresses().list("veth11")}</td></tr>
 * <tr><td>{@code ip addr flush dev veth1}</td>
 *     <td>{@code h.addresses().flush("veth1")}</td></tr>
 * </table>
 *
 * <p>A bad CIDR ({@code "10.0.0.1/33"}, {@code "10.0.0.300/24"}) or device name is rejected with
 * {@link IllegalArgumentException} before anything is sent; an unknown device is
 * {@code NetlinkException} {@code ENODEV} naming it; a duplicate address is {@code EEXIST}.
 */
public final class Addresses {
    private final NetlinkSocket socket;
    private final NetNs namespace;

    /**
     * The facade over {@code socket} (a {@code NETLINK_ROUTE} socket in {@code namespace}).
     * Usually obtained from the handle: {@code Rtnetlink.addresses()}.
     */
    public Addresses(NetlinkSocket socket, NetNs namespace) {
        this.socket = java.util.Objects.requireNonNull(socket, "socket");
        this.namespace = java.util.Objects.requireNonNull(namespace, "namespace");
    }

    /** {@code ip addr add CIDR dev DEV}: {@code add("veth-blue", "10.0.0.1/24")}; a bare address is /32 or /128. */
    public void add(String dev, String cidr) {
        add(AddressSpec.of(dev, cidr));
    }

    /** {@code ip addr add CIDR dev DEV}. */
    public void add(String dev, Cidr cidr) {
        add(AddressSpec.of(dev, cidr));
    }

    /** {@code ip addr add ADDRESS/PREFIX dev DEV}. */
    public void add(String dev, InetAddress address, int prefixLength) {
        add(AddressSpec.of(dev, address, prefixLength));
    }

    /** {@code ip addr add ...} with every option; {@code EEXIST} if the device has the address already. */
    public void add(AddressSpec spec) {
        send(spec, NLM_F_CREATE | NLM_F_EXCL);
    }

    /** {@code ip addr replace CIDR dev DEV}: adds, or updates the existing address's options. */
    public void replace(String dev, String cidr) {
        replace(AddressSpec.of(dev, cidr));
    }

    /** {@code ip addr replace CIDR dev DEV}. */
    public void replace(String dev, Cidr cidr) {
        replace(AddressSpec.of(dev, cidr));
    }

    /**
     * {@code ip addr replace ...} with every option. For an address the device already has, the
     * kernel updates only its metric, lifetimes and (IPv6) flags, as for {@code ip addr replace};
     * delete and add to change a broadcast or label.
     */
    public void replace(AddressSpec spec) {
        send(spec, NLM_F_CREATE | NLM_F_REPLACE);
    }

    private void send(AddressSpec spec, int flags) {
        int index = Devices.index(socket, spec.dev(), "RTM_NEWADDR" + " " + spec);
        socket.execute(Request.of(RTM_NEWADDR, flags, "RTM_NEWADDR", spec, w -> AddressCodec.writeNew(w, index, spec)));
    }

    /**
     * Adds many addresses pipelined: one {@code sendmsg} carries up to 64 requests. Device names
     * are resolved first (an unknown one fails the call before anything is added).
     *
     * @return each address's own outcome, in order
     */
    public BatchResult addAll(List<AddressSpec> specs) {
        Devices devices = new Devices(socket);
        int[] index = new int[specs.size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = devices.index(specs.get(i).dev(), "RTM_NEWADDR" + " " + specs.get(i));
        }
        return socket.executeAll(IntStream.range(0, index.length).mapToObj(i -> Request.of(RTM_NEWADDR,
                NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWADDR", specs.get(i),
                w -> AddressCodec.writeNew(w, index[i], specs.get(i)))).toList());
    }

    /** {@code ip addr del CIDR dev DEV}; {@code EADDRNOTAVAIL} if the device has no such address. */
    public void delete(String dev, String cidr) {
        delete(dev, Cidr.parse(cidr));
    }

    /** {@code ip addr del CIDR dev DEV}. */
    public void delete(String dev, Cidr cidr) {
        InterfaceName.check(dev);
        String what = cidr + " dev " + dev;
        int index = Devices.index(socket, dev, "RTM_DELADDR" + " " + what);
        socket.execute(Request.of(RTM_DELADDR, 0, "RTM_DELADDR", what, w -> AddressCodec.writeDelete(w, index, cidr.address(), cidr.prefixLength())));
    }

    /** {@code ip addr flush dev DEV}: deletes every IPv4 and IPv6 address of the device, link-local ones too. */
    public BatchResult flush(String dev) {
        List<Address> all = list(dev);
        // Deleting a primary IPv4 address also deletes its secondaries unless promote_secondaries is set.
        all.removeIf(Address::isSecondary);
        return socket.executeAll(all.stream().map(a -> Request.of(RTM_DELADDR, 0, "RTM_DELADDR",
                a.cidr() + " dev " + dev,
                w -> AddressCodec.writeDelete(w, a.index(), a.cidr().address(), a.prefixLength()))).toList());
    }

    /** {@code ip addr show}: every IPv4 and IPv6 address of the namespace. */
    public List<Address> list() {
        return dump(SysConst.AF_UNSPEC, 0);
    }

    /** {@code ip addr show dev DEV}: the device's addresses (the kernel filters by index). */
    public List<Address> list(String dev) {
        InterfaceName.check(dev);
        return dump(SysConst.AF_UNSPEC, Devices.index(socket, dev, "RTM_GETADDR dev" + " " + dev));
    }

    /** {@code ip -4 addr show dev DEV} ({@code AF_INET}) or {@code ip -6 ...} ({@code AF_INET6}); {@code dev} may be null. */
    public List<Address> list(String dev, int family) {
        int index = dev == null ? 0 : Devices.index(socket, InterfaceName.check(dev), "RTM_GETADDR dev" + " " + dev);
        return dump(family, index);
    }

    private List<Address> dump(int family, int index) {
        List<Address> out = socket.dump(Request.of(RTM_GETADDR, 0, "RTM_GETADDR", null, w -> AddressCodec.writeDump(w, family, index)), AddressCodec::parse);
        // Old kernels without strict checking ignore the index filter.
        if (index != 0) {
            out.removeIf(a -> a.index() != index);
        }
        return out;
    }
}
