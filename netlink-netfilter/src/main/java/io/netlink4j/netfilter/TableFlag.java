package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.uapi.NfTablesH.NFT_TABLE_F_DORMANT;
import static io.netlink4j.netfilter.uapi.NfTablesH.NFT_TABLE_F_OWNER;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A table flag ({@code NFT_TABLE_F_*}), as in {@code nft add table ip t { flags dormant; }}. */
public enum TableFlag {
    /** {@code dormant}: the table's base chains are detached from their hooks. */
    DORMANT(NFT_TABLE_F_DORMANT),
    /**
     * {@code owner}: the table belongs to the netlink socket that made it (here: the
     * {@link Nftables} handle) and goes when that socket closes.
     */
    OWNER(NFT_TABLE_F_OWNER);

    private final int code;

    TableFlag(int code) {
        this.code = code;
    }

    /**
     * The flag's bit.
     *
     * @return the kernel's number
     */
    public int code() {
        return code;
    }

    /**
     * The flag whose bit is {@code code}, or empty.
     *
     * @param code a flag's bit
     * @return the constant, or empty for a number this enum does not name
     */
    public static Optional<TableFlag> fromCode(int code) {
        for (TableFlag f : values()) {
            if (f.code == code) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The bits of {@code flags}. */
    static int bits(Set<TableFlag> flags) {
        int b = 0;
        for (TableFlag f : flags) {
            b |= f.code;
        }
        return b;
    }

    /** The flags of {@code bits} this enum names; the caller keeps the rest. */
    static Set<TableFlag> of(int bits) {
        Set<TableFlag> s = EnumSet.noneOf(TableFlag.class);
        for (TableFlag f : values()) {
            if ((bits & f.code) != 0) {
                s.add(f);
            }
        }
        return s;
    }

    /** The word {@code nft} prints: {@code "dormant"}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
