package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.uapi.NetfilterH.*;

import java.util.Locale;
import java.util.Optional;

/**
 * An nftables address family, the word after {@code table} in {@code nft add table ip nat}.
 * {@code ip}, {@code ip6} and {@code inet} (both) are the ones the examples use; the others are
 * here so that listing a ruleset made by someone else names every table it finds.
 */
public enum Family {
    /** {@code ip}: IPv4 ({@code NFPROTO_IPV4}), what {@code iptables} works on. */
    IP(NFPROTO_IPV4),
    /** {@code ip6}: IPv6 ({@code NFPROTO_IPV6}), what {@code ip6tables} works on. */
    IP6(NFPROTO_IPV6),
    /** {@code inet}: IPv4 and IPv6 in one table ({@code NFPROTO_INET}). */
    INET(NFPROTO_INET),
    /** {@code arp} ({@code NFPROTO_ARP}). */
    ARP(NFPROTO_ARP),
    /** {@code bridge} ({@code NFPROTO_BRIDGE}). */
    BRIDGE(NFPROTO_BRIDGE),
    /** {@code netdev} ({@code NFPROTO_NETDEV}). */
    NETDEV(NFPROTO_NETDEV);

    private final int code;

    Family(int code) {
        this.code = code;
    }

    /**
     * The {@code NFPROTO_*} number carried in {@code nfgenmsg.nfgen_family}.
     *
     * @return the kernel's number
     */
    public int code() {
        return code;
    }

    /**
     * The family with {@code NFPROTO_*} number {@code code}, or empty.
     *
     * @param code the kernel's number
     * @return the constant, or empty for a number this enum does not name
     */
    public static Optional<Family> fromCode(int code) {
        for (Family f : values()) {
            if (f.code == code) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The name {@code nft} prints: {@code "ip"}, {@code "ip6"}, {@code "inet"}...
     *
     * @return the name
     */
    public String nftName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The family {@code nft} calls {@code name} ({@code "ip"}, {@code "ip6"}, {@code "inet"}...).
     *
     * @param name {@code "ip"}, {@code "ip6"}, {@code "inet"}, {@code "arp"}, {@code "bridge"} or {@code "netdev"}
     * @return the family
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException for any other word
     */
    public static Family parse(String name) {
        java.util.Objects.requireNonNull(name, "name");
        for (Family f : values()) {
            if (f.nftName().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("nftables family '" + name
                + "' is unknown: use ip, ip6, inet, arp, bridge or netdev");
    }

    /** {@link #nftName()}. */
    @Override
    public String toString() {
        return nftName();
    }
}
