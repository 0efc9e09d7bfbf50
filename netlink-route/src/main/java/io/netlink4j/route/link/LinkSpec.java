package io.netlink4j.route.link;

/**
 * A link to create with {@link Links#add}: one record per kind, each with static factories and
 * {@code with...} copies that read like {@code ip link add}.
 *
 * <pre>{@code
 * Veth.of("veth-blue", "veth-blue-br")                 // ip link add veth-blue type veth peer name veth-blue-br
 * Veth.of("veth0", "eth0").peerIn(container)           // ... peer name eth0 netns container
 * Bridge.of("br0").withUp()                            // ip link add br0 up type bridge
 * Vlan.of("eth0.10", "eth0", 10)                       // ip link add link eth0 name eth0.10 type vlan id 10
 * }</pre>
 */
public sealed interface LinkSpec permits Veth, Bridge, Vlan, Vxlan, Macvlan {
    /** The new link's name ({@code IFLA_IFNAME}). */
    String name();

    /** {@code IFLA_INFO_KIND}: {@code "veth"}, {@code "bridge"}... */
    String kind();

    /** The options every kind shares. */
    LinkOptions options();

    /** A copy with other common options. */
    LinkSpec withOptions(LinkOptions options);

    /** A copy with {@code mtu}. */
    LinkSpec withMtu(int mtu);

    /** A copy with the hardware address {@code "aa:bb:cc:dd:ee:ff"}. */
    LinkSpec withMac(String mac);

    /** A copy in interface group {@code group}, for {@link Links#deleteGroup}. */
    LinkSpec withGroup(int group);

    /** A copy that is created up ({@code IFF_UP} in the same request). */
    LinkSpec withUp();

    /** A copy attached to the bridge {@code master} at creation. */
    LinkSpec withMaster(String master);
}
