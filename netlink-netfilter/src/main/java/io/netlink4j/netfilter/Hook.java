package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.internal.Netfilter.*;

import java.util.Locale;

/**
 * Where in the packet path a base chain is attached: {@code hook postrouting} in
 * {@code nft add chain ip nat POSTROUTING { type nat hook postrouting priority srcnat; }}.
 * {@code INGRESS} and {@code EGRESS} are the {@code netdev} family's hooks (and {@code inet}'s ingress).
 */
public enum Hook {
    /** {@code prerouting}: every packet that arrives, before the routing decision (DNAT goes here). */
    PREROUTING(NF_INET_PRE_ROUTING),
    /** {@code input}: packets for this host. */
    INPUT(NF_INET_LOCAL_IN),
    /** {@code forward}: packets routed through this host. */
    FORWARD(NF_INET_FORWARD),
    /** {@code output}: packets this host sends. */
    OUTPUT(NF_INET_LOCAL_OUT),
    /** {@code postrouting}: every packet that leaves, after routing (masquerade and SNAT go here). */
    POSTROUTING(NF_INET_POST_ROUTING),
    /** {@code ingress}: {@code netdev} and {@code inet} families, right after the driver. */
    INGRESS(NF_INET_INGRESS),
    /** {@code egress}: {@code netdev} family, right before the driver. */
    EGRESS(NF_NETDEV_EGRESS);

    private final int number;

    Hook(int number) {
        this.number = number;
    }

    /** The hook number the kernel gets for a chain of {@code family}. */
    public int number(Family family) {
        if (family == Family.NETDEV) {
            return this == EGRESS ? NF_NETDEV_EGRESS : NF_NETDEV_INGRESS;
        }
        return number;
    }

    /** The hook that number {@code n} means in {@code family}, or {@code null}. */
    public static Hook of(Family family, int n) {
        if (family == Family.NETDEV) {
            return n == NF_NETDEV_INGRESS ? INGRESS : n == NF_NETDEV_EGRESS ? EGRESS : null;
        }
        for (Hook h : values()) {
            if (h != EGRESS && h.number == n) {
                return h;
            }
        }
        return null;
    }

    /** The name {@code nft} prints. */
    public String nftName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
