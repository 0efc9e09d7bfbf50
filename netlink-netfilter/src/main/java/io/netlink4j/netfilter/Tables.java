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
 * The nftables tables of one namespace, from {@link Nftables#tables()}. Every change is a
 * transaction of one message (see {@link Transaction} for several at once).
 *
 * <pre>{@code
 * nft.tables().replace(Table.of(Family.IP, "nat"));        // nft add table ip nat
 * nft.tables().add(Table.of(Family.IP, "nat"));            // nft create table ip nat
 * nft.tables().delete(Family.IP, "nat");                   // nft delete table ip nat
 * nft.tables().deleteIfExists(Family.IP, "nat");           // nft destroy table ip nat
 * nft.tables().list();                                     // nft list tables
 * }</pre>
 */
public final class Tables {
    private final NetlinkSocket socket;

    Tables(NetlinkSocket socket) {
        this.socket = socket;
    }

    /**
     * Creates {@code table} ({@code nft create table}).
     *
     * @param table the table
     * @return the table as the kernel made it, with its handle
     * @throws io.netlink4j.core.AlreadyExistsException if a table of that family and name exists
     */
    public Table add(Table table) {
        Committed c = new Transaction(socket).add(table).commit();
        return Transaction.echo(c.tables(), table);
    }

    /**
     * Creates {@code table}, or updates the flags of the one there, keeping its chains and rules
     * ({@code nft add table}). Calling it again changes nothing.
     *
     * @param table the table
     */
    public void replace(Table table) {
        new Transaction(socket).replace(table).commit();
    }

    /**
     * Deletes table {@code family name} with everything in it ({@code nft delete table}).
     *
     * @param family the table's family
     * @param name the table's name
     * @throws NotFoundException if there is no such table
     */
    public void delete(Family family, String name) {
        new Transaction(socket).delete(key(family, name)).commit();
    }

    /**
     * {@link #delete}, for cleanup: {@code false} instead of an error when there is no such table
     * ({@code nft destroy table}).
     *
     * @param family the table's family
     * @param name the table's name
     * @return whether there was one to delete
     */
    public boolean deleteIfExists(Family family, String name) {
        Table t = key(family, name);
        try {
            new Transaction(socket).delete(t).commit();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /**
     * Removes every rule of every chain of table {@code family name}, keeping the chains
     * ({@code nft flush table}).
     *
     * @param family the table's family
     * @param name the table's name
     * @throws NotFoundException if there is no such table
     */
    public void flush(Family family, String name) {
        new Transaction(socket).flush(key(family, name)).commit();
    }

    /**
     * Table {@code family name} ({@code nft list table}, the table alone).
     *
     * @param family the table's family
     * @param name the table's name
     * @return it, as the kernel lists it
     * @throws NotFoundException if there is no such table
     */
    public Table get(Family family, String name) {
        key(family, name);
        return socket.get(TableCodec.get(family, name), TableCodec::parse).orElseThrow(() ->
                KernelException.of(Errno.ENOENT, "get table " + family + " " + name,
                        "the kernel answered with no table"));
    }

    /**
     * {@link #get}, or empty when there is no such table.
     *
     * @param family the table's family
     * @param name the table's name
     * @return it, or empty
     */
    public Optional<Table> find(Family family, String name) {
        try {
            return Optional.of(get(family, name));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * Every table of every family ({@code nft list tables}).
     *
     * @return them, as the kernel lists them, in its order
     */
    public List<Table> list() {
        return socket.dump(TableCodec.dump(null), TableCodec::parse);
    }

    /**
     * The tables of {@code family} ({@code nft list tables ip}).
     *
     * @param family the table's family
     * @return them, as the kernel lists them, in its order
     */
    public List<Table> list(Family family) {
        return socket.dump(TableCodec.dump(Objects.requireNonNull(family, "family")), TableCodec::parse);
    }

    /**
     * {@link #list()}, streamed: each table goes to {@code each} as it is read.
     *
     * @param each gets each one as it is parsed; it must not use this handle, whose socket it holds
     */
    public void forEach(Consumer<? super Table> each) {
        socket.dump(TableCodec.dump(null), TableCodec::parse, Objects.requireNonNull(each, "each"));
    }

    /**
     * {@link #list(Family)}, streamed.
     *
     * @param family the table's family
     * @param each gets each one as it is parsed; it must not use this handle, whose socket it holds
     */
    public void forEach(Family family, Consumer<? super Table> each) {
        socket.dump(TableCodec.dump(Objects.requireNonNull(family, "family")), TableCodec::parse,
                Objects.requireNonNull(each, "each"));
    }

    /** The key of a table: its family and a valid name, checked before anything is sent. */
    private static Table key(Family family, String name) {
        return Table.of(family, name);
    }
}
