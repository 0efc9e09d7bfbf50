package io.netlink4j.netfilter;

/**
 * An nftables table, as listed ({@code nft list tables}) or to create ({@code handle} 0).
 *
 * @param family the address family
 * @param name   its name, unique within the family
 * @param handle the kernel's handle (0 in a spec)
 * @param flags  {@code NFT_TABLE_F_*} ({@code dormant}, {@code owner})
 * @param use    number of chains, sets... that belong to it (0 in a spec)
 */
public record Table(Family family, String name, long handle, int flags, int use) {
    /** Checks the family and name. */
    public Table {
        if (family == null) {
            throw new IllegalArgumentException("table family must not be null");
        }
        Names.checkTable(name);
    }

    /** A table spec: {@code nft add table FAMILY NAME}. */
    public static Table of(Family family, String name) {
        return new Table(family, name, 0, 0, 0);
    }

    @Override
    public String toString() {
        return "table " + family.nftName() + " " + name + (handle != 0 ? " # handle " + handle : "");
    }
}
