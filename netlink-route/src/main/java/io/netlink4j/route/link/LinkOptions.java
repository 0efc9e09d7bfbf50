package io.netlink4j.route.link;

import io.netlink4j.core.InterfaceName;
import io.netlink4j.core.MacAddress;


/**
 * What every kind of link accepts at creation, as {@code ip link add NAME mtu M address MAC group G
 * master BR up numtxqueues Q numrxqueues Q type ...} does. {@code 0} and {@code null} mean "the kernel's default" and are not sent.
 *
 * @param mtu    {@code IFLA_MTU}, or 0
 * @param mac    {@code IFLA_ADDRESS} as {@code "aa:bb:cc:dd:ee:ff"}, or {@code null} for a random one
 * @param group  {@code IFLA_GROUP} (interface group, see {@link Links#deleteGroup}), or 0 (the default group)
 * @param up     {@code IFF_UP} in the creating request: the link comes up without a second request
 * @param master the bridge to attach to ({@code IFLA_MASTER}), or {@code null}
 * @param queues {@code IFLA_NUM_TX_QUEUES} and {@code IFLA_NUM_RX_QUEUES}, or 0 for the kernel's
 *               default (for veth: one per possible CPU, cut to one after registration)
 */
public record LinkOptions(int mtu, String mac, int group, boolean up, String master, int queues) {
    /** Nothing set: every value is the kernel's default. */
    public static final LinkOptions DEFAULT = new LinkOptions(0, null, 0, false, null, 0);

    /** Checks the values; {@code mac} is normalized to lower case. */
    public LinkOptions {
        if (mtu < 0) {
            throw new IllegalArgumentException("mtu " + mtu + " must be positive");
        }
        if (mac != null) {
            mac = MacAddress.parseUnicast(mac).toString();
        }
        if (master != null) {
            InterfaceName.check(master);
        }
        if (queues < 0 || queues > 4096) {
            throw new IllegalArgumentException("queues " + queues + " is out of range 1..4096 (0: kernel default)");
        }
    }

    /** A copy with {@code mtu}, which must be positive. */
    public LinkOptions withMtu(int mtu) {
        if (mtu <= 0) {
            throw new IllegalArgumentException("mtu " + mtu + " must be positive");
        }
        return new LinkOptions(mtu, mac, group, up, master, queues);
    }

    /** A copy with the hardware address {@code "aa:bb:cc:dd:ee:ff"}. */
    public LinkOptions withMac(String mac) {
        return new LinkOptions(mtu, mac, group, up, master, queues);
    }

    /** A copy in interface group {@code group} (0 is the default group). */
    public LinkOptions withGroup(int group) {
        return new LinkOptions(mtu, mac, group, up, master, queues);
    }

    /** A copy that is created up. */
    public LinkOptions withUp() {
        return new LinkOptions(mtu, mac, group, true, master, queues);
    }

    /** A copy attached to bridge {@code master} at creation. */
    public LinkOptions withMaster(String master) {
        return new LinkOptions(mtu, mac, group, up, InterfaceName.check(master), queues);
    }

    /**
     * A copy with {@code n} transmit and {@code n} receive queues ({@code numtxqueues N numrxqueues N}).
     * For veth, asking for 1 up front spares the kernel cutting the per-CPU default down after
     * registration, which costs an expedited RCU grace period per end; a device made so cannot
     * raise its channel count later with {@code ethtool -L}.
     */
    public LinkOptions withQueues(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("queues " + n + " must be positive");
        }
        return new LinkOptions(mtu, mac, group, up, master, n);
    }
}
