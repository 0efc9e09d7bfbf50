package io.netlink4j.netfilter;

import io.netlink4j.core.message.RawAttribute;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An nftables table: a spec to create ({@code handle} 0) or one the kernel listed.
 *
 * <pre>{@code
 * Table.of(Family.IP, "nat")                                  // nft add table ip nat
 * Table.of(Family.INET, "fw").withFlags(TableFlag.DORMANT)    // nft add table inet fw { flags dormant; }
 * }</pre>
 *
 * @param family  the address family
 * @param name    its name, unique within the family (1..255 bytes)
 * @param flags   its flags, usually none
 * @param handle  the kernel's handle (0 in a spec)
 * @param unknown attributes of a listing the record does not model ({@code NFTA_TABLE_USE},
 *                a comment, the owner's port id...), kept as sent; never written back
 */
public record Table(Family family, String name, Set<TableFlag> flags, long handle, List<RawAttribute> unknown) {
    /** Checks the family and name; copies the collections. */
    public Table {
        Objects.requireNonNull(family, "family");
        Names.checkTable(Objects.requireNonNull(name, "name"));
        Objects.requireNonNull(flags, "flags");
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        unknown = List.copyOf(Objects.requireNonNull(unknown, "unknown"));
    }

    /**
     * A table spec: {@code nft add table FAMILY NAME}.
     *
     * @param family the table's family
     * @param name the table's name
     * @return the table spec
     */
    public static Table of(Family family, String name) {
        return new Table(family, name, Set.of(), 0, List.of());
    }

    /**
     * This table with {@code flags} instead of its own.
     *
     * @param flags the flags; none for none
     * @return a copy with these flags
     */
    public Table withFlags(TableFlag... flags) {
        Set<TableFlag> s = EnumSet.noneOf(TableFlag.class);
        for (TableFlag f : Objects.requireNonNull(flags, "flags")) {
            s.add(Objects.requireNonNull(f, "flag"));
        }
        return new Table(family, name, s, handle, unknown);
    }

    /** {@code table ip nat}, with {@code { flags dormant; }} and {@code # handle 1} (as {@code nft -a}) when set. */
    @Override
    public String toString() {
        String s = "table " + family + " " + name;
        if (!flags.isEmpty()) {
            s += " { flags " + flags.stream().sorted().map(TableFlag::toString).collect(Collectors.joining(","))
                    + "; }";
        }
        return handle != 0 ? s + " # handle " + handle : s;
    }
}
