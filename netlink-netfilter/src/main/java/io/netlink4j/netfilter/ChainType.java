package io.netlink4j.netfilter;

import java.util.Locale;
import java.util.Optional;

/**
 * The {@code type} of a base chain: what its rules may do. The kernel names types by string
 * ({@code NFTA_CHAIN_TYPE}), so this enum has names, not codes.
 */
public enum ChainType {
    /** {@code filter}: accept or drop. */
    FILTER,
    /** {@code nat}: rewrite addresses; only the first packet of a connection sees it. */
    NAT,
    /** {@code route}: re-route locally generated packets whose marks or addresses changed. */
    ROUTE;

    /**
     * The name the kernel and {@code nft} use ({@code "nat"}).
     *
     * @return the name
     */
    public String nftName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The type the kernel calls {@code name}, or empty for one this enum lacks.
     *
     * @param name the type's name, {@code "nat"}
     * @return the type, or empty
     */
    public static Optional<ChainType> fromNftName(String name) {
        for (ChainType t : values()) {
            if (t.nftName().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** {@link #nftName()}. */
    @Override
    public String toString() {
        return nftName();
    }
}
