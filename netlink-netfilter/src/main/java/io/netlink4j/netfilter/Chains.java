package io.netlink4j.netfilter;

import io.netlink4j.core.Errno;
import io.netlink4j.core.KernelException;
import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.socket.NetlinkSocket;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The nftables chains of one namespace, from {@link Nftables#chains()}. Every change is a
 * transaction of one message (see {@link Transaction} for several at once).
 *
 * <pre>{@code
 * // nft add chain ip nat POSTROUTING '{ type nat hook postrouting priority srcnat; policy accept; }'
 * nft.chains().replace(Chain.base(Family.IP, "nat", "POSTROUTING", Hook.POSTROUTING)
 *         .withType(ChainType.NAT).withPriority(Priority.SRCNAT).withPolicy(Policy.ACCEPT));
 * nft.chains().delete(Family.IP, "nat", "POSTROUTING");   // nft delete chain ip nat POSTROUTING
 * nft.chains().list(Family.IP, "nat");                   // the chains of nft list table ip nat
 * }</pre>
 */
public final class Chains {
    private final NetlinkSocket socket;

    Chains(NetlinkSocket socket) {
        this.socket = socket;
    }

    /**
     * Creates {@code chain} ({@code nft create chain}).
     *
     * @param chain the chain
     * @return the chain as the kernel made it, with its handle
     * @throws io.netlink4j.core.AlreadyExistsException if a chain of that name is in the table
     * @throws NotFoundException                        if the table does not exist
     */
    public Chain add(Chain chain) {
        return Transaction.echo(new Transaction(socket).add(chain).commit().chains(), chain);
    }

    /**
     * Creates {@code chain}, or updates the policy of the one there, keeping its rules
     * ({@code nft add chain}); the kernel refuses another type, hook or priority for an existing
     * base chain.
     *
     * @param chain the chain
     * @throws NotFoundException if the table does not exist
     */
    public void replace(Chain chain) {
        new Transaction(socket).replace(chain).commit();
    }

    /**
     * Deletes chain {@code family table name} ({@code nft delete chain}); it must be empty and
     * nothing may jump to it.
     *
     * @param family the table's family
     * @param table the table's name
     * @param name the chain's name
     * @throws NotFoundException if there is no such chain
     */
    public void delete(Family family, String table, String name) {
        new Transaction(socket).delete(Chain.regular(family, table, name)).commit();
    }

    /**
     * {@link #delete}, for cleanup: {@code false} instead of an error when there is no such chain (or table).
     *
     * @param family the table's family
     * @param table the table's name
     * @param name the chain's name
     * @return whether there was one to delete
     */
    public boolean deleteIfExists(Family family, String table, String name) {
        Chain key = Chain.regular(family, table, name);
        try {
            new Transaction(socket).delete(key).commit();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /**
     * Removes the rules of chain {@code family table name} ({@code nft flush chain}).
     *
     * @param family the table's family
     * @param table the table's name
     * @param name the chain's name
     * @throws NotFoundException if there is no such chain
     */
    public void flush(Family family, String table, String name) {
        new Transaction(socket).flush(Chain.regular(family, table, name)).commit();
    }

    /**
     * Chain {@code family table name} ({@code nft list chain}, the chain alone).
     *
     * @param family the table's family
     * @param table the table's name
     * @param name the chain's name
     * @return it, as the kernel lists it
     * @throws NotFoundException if there is no such chain (or table)
     */
    public Chain get(Family family, String table, String name) {
        Chain.regular(family, table, name); // checks the key before anything is sent
        return socket.get(ChainCodec.get(family, table, name), ChainCodec::parse).orElseThrow(() ->
                KernelException.of(Errno.ENOENT, "get chain " + family + " " + table + " " + name,
                        "the kernel answered with no chain"));
    }

    /**
     * {@link #get}, or empty when there is no such chain (or table).
     *
     * @param family the table's family
     * @param table the table's name
     * @param name the chain's name
     * @return it, or empty
     */
    public Optional<Chain> find(Family family, String table, String name) {
        try {
            return Optional.of(get(family, table, name));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * Every chain of every table ({@code nft list chains}).
     *
     * @return them, as the kernel lists them, in its order
     */
    public List<Chain> list() {
        return socket.dump(ChainCodec.dump(null), ChainCodec::parse);
    }

    /**
     * The chains of table {@code family table}, empty if there is no such table.
     *
     * @param family the table's family
     * @param table the table's name
     * @return them, as the kernel lists them, in its order
     */
    public List<Chain> list(Family family, String table) {
        Table.of(family, table);
        return socket.dump(ChainCodec.dump(family), m -> inTable(ChainCodec.parse(m), table));
    }

    /**
     * {@link #list()}, streamed: each chain goes to {@code each} as it is read.
     *
     * @param each gets each one as it is parsed; it must not use this handle, whose socket it holds
     */
    public void forEach(Consumer<? super Chain> each) {
        socket.dump(ChainCodec.dump(null), ChainCodec::parse, Objects.requireNonNull(each, "each"));
    }

    /**
     * {@link #list(Family, String)}, streamed.
     *
     * @param family the table's family
     * @param table the table's name
     * @param each gets each one as it is parsed; it must not use this handle, whose socket it holds
     */
    public void forEach(Family family, String table, Consumer<? super Chain> each) {
        Table.of(family, table);
        socket.dump(ChainCodec.dump(family), m -> inTable(ChainCodec.parse(m), table),
                Objects.requireNonNull(each, "each"));
    }

    /** The kernel dumps chains by family only; the table is picked here. */
    private static Chain inTable(Chain c, String table) {
        return c != null && c.table().equals(table) ? c : null;
    }
}
