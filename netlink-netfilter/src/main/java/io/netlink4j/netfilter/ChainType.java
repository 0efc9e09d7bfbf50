package io.netlink4j.netfilter;

import java.util.Locale;

/** The {@code type} of a base chain: what its rules may do. */
public enum ChainType {
    /** {@code filter}: accept or drop. */
    FILTER,
    /** {@code nat}: rewrite addresses; only the first packet of a connection sees it. */
    NAT,
    /** {@code route}: re-route locally generated packets whose marks or addresses changed. */
    ROUTE;

    /** The name the kernel and {@code nft} use ({@code "nat"}). */
    public String nftName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named {@code name}, or {@code null} if the kernel reported one this enum lacks. */
    public static ChainType of(String name) {
        for (ChainType t : values()) {
            if (t.nftName().equals(name)) {
                return t;
            }
        }
        return null;
    }
}
