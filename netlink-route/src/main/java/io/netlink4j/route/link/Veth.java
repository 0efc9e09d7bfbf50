package io.netlink4j.route.link;

import io.netlink4j.core.InterfaceName;
import io.netlink4j.core.MacAddress;
import io.netlink4j.core.ns.NetNs;
import java.util.Objects;

/**
 * A veth pair: {@code ip link add NAME type veth peer name PEER [netns NS]}. The peer may be
 * created directly inside another namespace in the same request ({@code IFLA_NET_NS_FD} inside
 * {@code VETH_INFO_PEER}), so it never appears in this one.
 *
 * <pre>{@code
 * Veth.of("veth0", "eth0").withPeerIn(container).withMtu(1450)
 * // ip link add veth0 mtu 1450 type veth peer name eth0 netns container
 * }</pre>
 *
 * @param name          this end
 * @param peerName      the other end
 * @param peerNamespace where the peer is created, or {@code null} for the handle's namespace; it
 *                      must stay open until {@link Links#add} returns
 * @param options       this end's options
 * @param peerOptions   the peer's options (mtu, mac, group, queues; neither up nor with a master)
 */
public record Veth(String name, String peerName, NetNs peerNamespace, LinkOptions options,
                   LinkOptions peerOptions) implements LinkSpec {
    /**
     * Checks both names, and that the peer is neither up nor attached (the kernel cannot do either
     * at creation). Two ends of the same name are refused when the pair is added without
     * {@link #withPeerIn} (before anything is sent).
     */
    public Veth {
        InterfaceName.check(Objects.requireNonNull(name, "name"));
        InterfaceName.check(Objects.requireNonNull(peerName, "peerName"));
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(peerOptions, "peerOptions");
        if (peerOptions.master() != null) {
            throw new IllegalArgumentException("veth peer " + peerName
                    + ": a master cannot be set at creation; use Links.setMaster after");
        }
        if (peerOptions.up()) {
            // veth_open refuses with ENOTCONN while the pair is not yet joined, which is when the
            // kernel would apply the peer's IFF_UP.
            throw new IllegalArgumentException("veth peer " + peerName
                    + ": cannot be created up; set it up after creation (in its namespace)");
        }
    }

    /**
     * Refuses two ends of one name in one namespace — checked when the pair is added, not here,
     * so that {@code Veth.of("eth0", "eth0").withPeerIn(wan)} can be written.
     */
    void checkNames() {
        if (peerNamespace == null && name.equals(peerName)) {
            throw new IllegalArgumentException("veth " + name + ": both ends have the same name in one namespace"
                    + " (possible only with the peer in another namespace, withPeerIn)");
        }
    }

    /**
     * {@code ip link add NAME type veth peer name PEER}.
     *
     * @param name this end's name
     * @param peerName the other end's name
     * @return the pair, both ends in the handle's namespace, default options
     * @throws IllegalArgumentException if a name is not a valid device name
     */
    public static Veth of(String name, String peerName) {
        return new Veth(name, peerName, null, LinkOptions.DEFAULT, LinkOptions.DEFAULT);
    }

    /**
     * {@code ... peer name PEER netns NS}: the peer is born inside {@code ns}, so both ends may
     * have the same name ({@code eth0} on each side).
     *
     * @param ns the namespace the peer is born in; keep it open until the pair is added
     * @return this pair with the peer in {@code ns}
     */
    public Veth withPeerIn(NetNs ns) {
        return new Veth(name, peerName, Objects.requireNonNull(ns, "ns"), options, peerOptions);
    }

    /** A copy whose two ends each have {@code n} transmit and receive queues (see {@link LinkOptions#withQueues}). */
    @Override
    public Veth withQueues(int n) {
        return new Veth(name, peerName, peerNamespace, options.withQueues(n), peerOptions.withQueues(n));
    }

    /**
     * A copy whose peer has {@code mtu} ({@code peer name PEER mtu MTU}).
     *
     * @param mtu the peer's MTU in bytes, positive
     * @return this pair with the peer's MTU
     * @throws IllegalArgumentException if {@code mtu} is not positive
     */
    public Veth withPeerMtu(int mtu) {
        return new Veth(name, peerName, peerNamespace, options, peerOptions.withMtu(mtu));
    }

    /**
     * A copy whose peer has the hardware address {@code mac} ({@code peer name PEER address MAC}).
     *
     * @param mac a unicast Ethernet address, six hexadecimal bytes separated by colons
     * @return this pair with the peer's address
     * @throws IllegalArgumentException if {@code mac} is malformed or multicast
     */
    public Veth withPeerMac(String mac) {
        return new Veth(name, peerName, peerNamespace, options, peerOptions.withMac(mac));
    }

    /**
     * A copy whose peer has the hardware address {@code mac}.
     *
     * @param mac a unicast Ethernet address
     * @return this pair with the peer's address
     * @throws IllegalArgumentException if {@code mac} is multicast
     */
    public Veth withPeerMac(MacAddress mac) {
        return new Veth(name, peerName, peerNamespace, options, peerOptions.withMac(mac));
    }

    /**
     * A copy whose peer is in interface group {@code group} ({@code peer name PEER group N}).
     *
     * @param group the peer's group number, any 32-bit value
     * @return this pair with the peer in that group
     */
    public Veth withPeerGroup(int group) {
        return new Veth(name, peerName, peerNamespace, options, peerOptions.withGroup(group));
    }

    @Override
    public String kind() {
        return "veth";
    }

    @Override
    public Veth withOptions(LinkOptions o) {
        return new Veth(name, peerName, peerNamespace, o, peerOptions);
    }

    @Override
    public Veth withMtu(int mtu) {
        return withOptions(options.withMtu(mtu));
    }

    @Override
    public Veth withMac(String mac) {
        return withOptions(options.withMac(mac));
    }

    @Override
    public Veth withMac(MacAddress mac) {
        return withOptions(options.withMac(mac));
    }

    @Override
    public Veth withGroup(int group) {
        return withOptions(options.withGroup(group));
    }

    @Override
    public Veth withUp() {
        return withOptions(options.withUp());
    }

    @Override
    public Veth withMaster(String master) {
        return withOptions(options.withMaster(master));
    }

    /** The {@code ip link add} arguments: {@code veth0 mtu 1450 type veth peer name eth0 netns ns-blue}. */
    @Override
    public String toString() {
        String peer = peerOptions.toString();
        return Specs.head(name, options) + " type veth peer name " + peerName + (peer.isEmpty() ? "" : " " + peer)
                + (peerNamespace == null ? "" : " netns " + Specs.namespace(peerNamespace));
    }
}
