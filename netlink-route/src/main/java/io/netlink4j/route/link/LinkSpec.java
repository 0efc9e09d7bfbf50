package io.netlink4j.route.link;

import io.netlink4j.core.MacAddress;

/**
 * A link to create with {@link Links#add}: one record per kind. The name and what the kind needs
 * are the factory's arguments; everything optional is a {@code with...} copy. Each reads like the
 * {@code ip link add} command it replaces.
 *
 * <pre>{@code
 * Veth.of("veth-blue", "veth-blue-br")                 // ip link add veth-blue type veth peer name veth-blue-br
 * Veth.of("veth0", "eth0").withPeerIn(container)       // ... peer name eth0 netns container
 * Bridge.of("br0").withUp()                            // ip link add br0 up type bridge
 * Vlan.of("eth0.10", "eth0", 10)                       // ip link add eth0.10 link eth0 type vlan id 10
 * Vxlan.of("vxlan100", 100).withRemote("192.0.2.2")    // ip link add vxlan100 type vxlan id 100 remote 192.0.2.2 dstport 4789
 * Macvlan.of("mv0", "eth0").withMode(MacvlanMode.BRIDGE)
 * }</pre>
 */
public sealed interface LinkSpec permits Veth, Bridge, Vlan, Vxlan, Macvlan {
    /**
     * The new link's name ({@code IFLA_IFNAME}).
     *
     * @return the name, at most 15 bytes
     */
    String name();

    /**
     * {@code IFLA_INFO_KIND}: {@code "veth"}, {@code "bridge"}...
     *
     * @return the kind's name as the kernel knows it
     */
    String kind();

    /**
     * The options every kind shares.
     *
     * @return mtu, address, group, up, master and queues; {@link LinkOptions#DEFAULT} when none is set
     */
    LinkOptions options();

    /**
     * A copy with other common options.
     *
     * @param options the common options, replacing all of them
     * @return a spec like this one with those options
     */
    LinkSpec withOptions(LinkOptions options);

    /**
     * A copy with {@code mtu} ({@code mtu MTU}).
     *
     * @param mtu the MTU in bytes, positive
     * @return a spec like this one with the MTU
     * @throws IllegalArgumentException if {@code mtu} is not positive
     */
    LinkSpec withMtu(int mtu);

    /**
     * A copy with the hardware address {@code "aa:bb:cc:dd:ee:ff"} ({@code address MAC}).
     *
     * @param mac a unicast Ethernet address, six hexadecimal bytes separated by colons
     * @return a spec like this one with the address
     * @throws IllegalArgumentException if {@code mac} is malformed or multicast
     */
    LinkSpec withMac(String mac);

    /**
     * A copy with the hardware address {@code mac}.
     *
     * @param mac a unicast Ethernet address
     * @return a spec like this one with the address
     * @throws IllegalArgumentException if {@code mac} is multicast
     */
    LinkSpec withMac(MacAddress mac);

    /**
     * A copy in interface group {@code group} ({@code group N}), for {@link Links#deleteGroup}.
     *
     * @param group the group number, any 32-bit value (0 is the default group)
     * @return a spec like this one in that group
     */
    LinkSpec withGroup(int group);

    /**
     * A copy that is created up ({@code up}: {@code IFF_UP} in the same request).
     *
     * @return a spec like this one, created up
     */
    LinkSpec withUp();

    /**
     * A copy attached to the bridge {@code master} at creation ({@code master BRIDGE}).
     *
     * @param master the bridge's name; it must exist when the link is added
     * @return a spec like this one, attached to {@code master}
     * @throws IllegalArgumentException if {@code master} is not a valid device name
     */
    LinkSpec withMaster(String master);

    /**
     * A copy with {@code n} transmit and receive queues ({@code numtxqueues N numrxqueues N}).
     *
     * @param n the number of queues each way, 1..4096
     * @return a spec like this one with {@code n} queues
     * @throws IllegalArgumentException if {@code n} is out of range
     */
    LinkSpec withQueues(int n);
}
