package io.netlink4j.netfilter;

import static io.netlink4j.core.uapi.Netlink.NLM_F_ECHO;
import static io.netlink4j.core.uapi.Netlink.NLM_F_EXCL;
import static io.netlink4j.netfilter.uapi.NetfilterH.NFPROTO_UNSPEC;
import static io.netlink4j.netfilter.uapi.NfTablesH.*;

import io.netlink4j.core.message.RawAttribute;
import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.socket.Request;
import io.netlink4j.netfilter.internal.NfGenMsg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tables on the wire, both ways, as {@code nft} 1.0 writes them: {@code NEWTABLE} carries the
 * name and the flags (0 included); {@code nft add table} asks for no {@code NLM_F_CREATE} (the
 * kernel creates regardless) and {@code create table} adds {@code NLM_F_EXCL}. Every new object
 * is asked to be echoed ({@code NLM_F_ECHO}, {@code nft -e}) to learn its handle.
 */
final class TableCodec {
    private TableCodec() {}

    /** {@code create table} ({@code exclusive}) or {@code add table}. */
    static Request create(Table t, boolean exclusive) {
        int flags = NLM_F_ECHO | (exclusive ? NLM_F_EXCL : 0);
        return Request.of(NfGenMsg.type(NFT_MSG_NEWTABLE), flags, exclusive ? "add" : "replace", t, w -> {
            NfGenMsg.write(w, t.family().code(), 0);
            w.putString(NFTA_TABLE_NAME, t.name());
            w.putU32be(NFTA_TABLE_FLAGS, TableFlag.bits(t.flags()));
        });
    }

    /** {@code delete table FAMILY NAME}. */
    static Request delete(Family family, String name) {
        return named(NFT_MSG_DELTABLE, "delete", family, name);
    }

    /** {@code flush table FAMILY NAME}: {@code DELRULE} naming only the table. */
    static Request flush(Family family, String name) {
        return Request.of(NfGenMsg.type(NFT_MSG_DELRULE), 0, "flush", "table " + family + " " + name, w -> {
            NfGenMsg.write(w, family.code(), 0);
            w.putString(NFTA_RULE_TABLE, name);
        });
    }

    /** {@code list table FAMILY NAME}: one table. */
    static Request get(Family family, String name) {
        return named(NFT_MSG_GETTABLE, "get", family, name);
    }

    /** The tables of {@code family}, or of every family when {@code null}. */
    static Request dump(Family family) {
        int code = family == null ? NFPROTO_UNSPEC : family.code();
        return Request.of(NfGenMsg.type(NFT_MSG_GETTABLE), 0, "list", family == null ? "tables" : "tables " + family,
                w -> NfGenMsg.write(w, code, 0));
    }

    private static Request named(int msg, String verb, Family family, String name) {
        return Request.of(NfGenMsg.type(msg), 0, verb, "table " + family + " " + name, w -> {
            NfGenMsg.write(w, family.code(), 0);
            w.putString(NFTA_TABLE_NAME, name);
        });
    }

    /**
     * A table from a {@code NEWTABLE} message, or {@code null} for a family this library does
     * not name. Attributes not modelled are kept in {@link Table#unknown()}, as are flag bits
     * {@link TableFlag} does not name (the whole {@code NFTA_TABLE_FLAGS}).
     *
     * @throws io.netlink4j.core.ProtocolException for a table without a valid name
     */
    static Table parse(Message m) {
        Optional<Family> family = Family.fromCode(m.u8(0));
        if (family.isEmpty()) {
            return null;
        }
        String name = null;
        int flags = 0;
        long handle = 0;
        List<RawAttribute> unknown = new ArrayList<>();
        Attributes a = m.attributes(NfGenMsg.LENGTH);
        while (a.next()) {
            switch (a.type()) {
                case NFTA_TABLE_NAME -> name = a.string();
                case NFTA_TABLE_HANDLE -> handle = a.u64be();
                case NFTA_TABLE_FLAGS -> {
                    flags = a.u32be();
                    if (TableFlag.bits(TableFlag.of(flags)) != flags) {
                        unknown.add(new RawAttribute(a.type(), a.bytes()));
                    }
                }
                case NFTA_TABLE_PAD -> { }
                default -> unknown.add(new RawAttribute(a.type(), a.bytes()));
            }
        }
        Names.parsedTable(name, "NFT_MSG_NEWTABLE");
        return new Table(family.get(), name, TableFlag.of(flags), handle, unknown);
    }
}
