package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.uapi.NetfilterArpH.*;
import static io.netlink4j.netfilter.uapi.NetfilterH.*;

import java.util.Locale;
import java.util.Optional;

/**
 * Where in the packet path a base chain is attached: {@code hook postrouting} in
 * {@code nft add chain ip nat POSTROUTING { type nat hook postrouting priority srcnat; }}.
 * {@code INGRESS} and {@code EGRESS} are the {@code netdev} family's hooks (and {@code inet}'s
 * ingress).
 *
 * <p>The kernel numbers hooks per family ({@code netdev}'s ingress is 0, as are {@code ip}'s
 * prerouting and {@code arp}'s input), so the number goes with a family: {@link #code(Family)} and
 * {@link #fromCode(Family, int)} instead of a family-less {@code code()}.
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
    EGRESS(-1);

    private final int inetNumber;

    Hook(int inetNumber) {
        this.inetNumber = inetNumber;
    }

    /**
     * The hook number the kernel gets for a chain of {@code family} ({@code NF_INET_*}, or
     * {@code NF_NETDEV_*} for {@code netdev}, {@code NF_ARP_*} for {@code arp}).
     *
     * @param family the chain's family
     * @return the number
     * @throws IllegalArgumentException if {@code family} has no such hook
     */
    public int code(Family family) {
        java.util.Objects.requireNonNull(family, "family");
        int n = switch (family) {
            case NETDEV -> this == INGRESS ? NF_NETDEV_INGRESS : this == EGRESS ? NF_NETDEV_EGRESS : -1;
            case ARP -> this == INPUT ? NF_ARP_IN : this == OUTPUT ? NF_ARP_OUT : this == FORWARD ? NF_ARP_FORWARD : -1;
            default -> inetNumber;
        };
        if (n < 0) {
            throw new IllegalArgumentException("hook " + nftName() + " does not exist in family " + family);
        }
        return n;
    }

    /**
     * The hook that number {@code code} means in {@code family}, or empty.
     *
     * @param family the chain's family
     * @param code the kernel's number
     * @return the constant, or empty for a number this enum does not name
     */
    public static Optional<Hook> fromCode(Family family, int code) {
        java.util.Objects.requireNonNull(family, "family");
        if (family == Family.NETDEV) {
            return Optional.ofNullable(code == NF_NETDEV_INGRESS ? INGRESS : code == NF_NETDEV_EGRESS ? EGRESS : null);
        }
        if (family == Family.ARP) {
            return Optional.ofNullable(code == NF_ARP_IN ? INPUT : code == NF_ARP_OUT ? OUTPUT
                    : code == NF_ARP_FORWARD ? FORWARD : null);
        }
        for (Hook h : values()) {
            if (h.inetNumber >= 0 && h.inetNumber == code) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /**
     * The name {@code nft} prints: {@code "postrouting"}.
     *
     * @return the name
     */
    public String nftName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@link #nftName()}. */
    @Override
    public String toString() {
        return nftName();
    }
}
