package io.netlink4j.route.link;

import io.netlink4j.core.InterfaceName;
import io.netlink4j.core.MacAddress;
import java.util.Objects;

/**
 * What every kind of link accepts at creation, as
 * {@code ip link add NAME [up] [mtu MTU] [address MAC] [group GROUP] [master BRIDGE]
 * [numtxqueues N numrxqueues N] type ...} does. {@code 0}, {@code null} and {@code false} mean
 * "the kernel's default" and are not sent.
 *
 * @param mtu    {@code IFLA_MTU}, or 0
 * @param mac    {@code IFLA_ADDRESS}, or {@code null} for a random one
 * @param group  {@code IFLA_GROUP} (interface group, see {@link Links#deleteGroup}), or 0 (the default group)
 * @param up     {@code IFF_UP} in the creating request: the link comes up without a second request
 * @param master the bridge to attach to ({@code IFLA_MASTER}), or {@code null}
 * @param queues {@code IFLA_NUM_TX_QUEUES} and {@code IFLA_NUM_RX_QUEUES}, or 0 for the kernel's
 *               default (for veth: one per possible CPU, cut to one after registration)
 */
public record LinkOptions(int mtu, MacAddress mac, int group, boolean up, String master, int queues) {
    /** Nothing set: every value is the kernel's default. */
    public static final LinkOptions DEFAULT = new LinkOptions(0, null, 0, false, null, 0);
    /** The kernel's limit on transmit and receive queues ({@code rtnl_create_link}). */
    public static final int MAX_QUEUES = 4096;

    /** Checks every value: a positive MTU or 0, a unicast MAC, a valid master name, 0..4096 queues. */
    public LinkOptions {
        if (mtu < 0) {
            throw new IllegalArgumentException("mtu " + Integer.toUnsignedString(mtu) + " is out of range: 1.."
                    + Integer.MAX_VALUE + " (0: the kernel's default)");
        }
        if (mac != null && mac.isMulticast()) {
            throw new IllegalArgumentException("MAC address " + mac
                    + " is multicast (lowest bit of the first byte set): a device cannot have it");
        }
        if (master != null) {
            InterfaceName.check(master);
        }
        if (queues < 0 || queues > MAX_QUEUES) {
            throw new IllegalArgumentException("queues " + queues + " is out of range: 1.." + MAX_QUEUES
                    + " (0: the kernel's default)");
        }
    }

    /**
     * A copy with {@code mtu}, which must be positive.
     *
     * @param mtu the MTU in bytes, positive
     * @return these options with the MTU
     * @throws IllegalArgumentException if {@code mtu} is not positive
     */
    public LinkOptions withMtu(int mtu) {
        if (mtu <= 0) {
            throw new IllegalArgumentException("mtu " + mtu + " must be positive");
        }
        return new LinkOptions(mtu, mac, group, up, master, queues);
    }

    /**
     * A copy with the hardware address {@code "aa:bb:cc:dd:ee:ff"} ({@link MacAddress#parseUnicast}).
     *
     * @param mac a unicast Ethernet address, six hexadecimal bytes separated by colons
     * @return these options with the address
     * @throws IllegalArgumentException if {@code mac} is malformed or multicast
     */
    public LinkOptions withMac(String mac) {
        return withMac(MacAddress.parseUnicast(Objects.requireNonNull(mac, "mac")));
    }

    /**
     * A copy with the hardware address {@code mac}, which must be unicast.
     *
     * @param mac a unicast Ethernet address
     * @return these options with the address
     * @throws IllegalArgumentException if {@code mac} is multicast
     */
    public LinkOptions withMac(MacAddress mac) {
        return new LinkOptions(mtu, Objects.requireNonNull(mac, "mac"), group, up, master, queues);
    }

    /**
     * A copy in interface group {@code group} (0 is the default group; any 32-bit value).
     *
     * @param group the group number
     * @return these options with the group
     */
    public LinkOptions withGroup(int group) {
        return new LinkOptions(mtu, mac, group, up, master, queues);
    }

    /**
     * A copy that is created up.
     *
     * @return these options with {@code up} set
     */
    public LinkOptions withUp() {
        return new LinkOptions(mtu, mac, group, true, master, queues);
    }

    /**
     * A copy attached to bridge {@code master} at creation.
     *
     * @param master the bridge's name
     * @return these options with the master
     * @throws IllegalArgumentException if {@code master} is not a valid device name
     */
    public LinkOptions withMaster(String master) {
        return new LinkOptions(mtu, mac, group, up, InterfaceName.check(Objects.requireNonNull(master, "master")),
                queues);
    }

    /**
     * A copy with {@code n} transmit and {@code n} receive queues ({@code numtxqueues N numrxqueues N}).
     * For veth, asking for 1 up front spares the kernel cutting the per-CPU default down after
     * registration, which costs an expedited RCU grace period per end; a device made so cannot
     * raise its channel count later with {@code ethtool -L}.
     *
     * @param n the number of queues each way, 1..4096
     * @return these options with {@code n} queues
     * @throws IllegalArgumentException if {@code n} is out of range
     */
    public LinkOptions withQueues(int n) {
        if (n <= 0 || n > MAX_QUEUES) {
            throw new IllegalArgumentException("queues " + n + " is out of range: 1.." + MAX_QUEUES);
        }
        return new LinkOptions(mtu, mac, group, up, master, n);
    }

    /** The options as {@code ip link add} takes them: {@code up mtu 1400 address 02:... group 7}; empty when all are defaults. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (up) {
            s.append(" up");
        }
        if (mtu > 0) {
            s.append(" mtu ").append(mtu);
        }
        if (mac != null) {
            s.append(" address ").append(mac);
        }
        if (group != 0) {
            s.append(" group ").append(Integer.toUnsignedString(group));
        }
        if (master != null) {
            s.append(" master ").append(master);
        }
        if (queues > 0) {
            s.append(" numtxqueues ").append(queues).append(" numrxqueues ").append(queues);
        }
        return s.isEmpty() ? "" : s.substring(1);
    }
}
