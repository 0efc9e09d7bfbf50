package io.netlink4j.netfilter;

import static io.netlink4j.core.uapi.Netlink.NLM_F_APPEND;
import static io.netlink4j.core.uapi.Netlink.NLM_F_CREATE;
import static io.netlink4j.core.uapi.Netlink.NLM_F_ECHO;
import static io.netlink4j.core.uapi.Netlink.NLM_F_REPLACE;
import static io.netlink4j.netfilter.uapi.NetfilterH.NFPROTO_UNSPEC;
import static io.netlink4j.netfilter.uapi.NfTablesH.*;

import io.netlink4j.core.message.RawAttribute;
import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.socket.Request;
import io.netlink4j.netfilter.internal.AttributeWalk;
import io.netlink4j.netfilter.internal.NfGenMsg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rules on the wire, both ways, as {@code nft} 1.0 writes them: table, chain, (for replace) the
 * handle, the expressions ({@link ExprCodec}), then (for a position) the handle to add after or
 * insert before. {@code add rule} is {@code NLM_F_CREATE | NLM_F_APPEND}, {@code insert rule}
 * {@code NLM_F_CREATE}, {@code replace rule} {@code NLM_F_REPLACE}. Handles are big-endian.
 */
final class RuleCodec {
    private RuleCodec() {}

    /** {@code add rule ... [position H]}: after the rule with handle {@code after}, or at the end (0). */
    static Request add(Rule r, long after) {
        return Request.of(NfGenMsg.type(NFT_MSG_NEWRULE), NLM_F_CREATE | NLM_F_APPEND | NLM_F_ECHO, "add", r.place(),
                w -> write(w, r, 0, after));
    }

    /** {@code insert rule ... [position H]}: before the rule with handle {@code before}, or at the start (0). */
    static Request insert(Rule r, long before) {
        return Request.of(NfGenMsg.type(NFT_MSG_NEWRULE), NLM_F_CREATE | NLM_F_ECHO, "insert", r.place(),
                w -> write(w, r, 0, before));
    }

    /** {@code replace rule ... handle H}: the rule with {@code r}'s handle gets {@code r}'s expressions. */
    static Request replace(Rule r) {
        return Request.of(NfGenMsg.type(NFT_MSG_NEWRULE), NLM_F_REPLACE | NLM_F_ECHO, "replace",
                r.place() + " handle " + r.handle(), w -> write(w, r, r.handle(), 0));
    }

    /** {@code delete rule ... handle H}. */
    static Request delete(Family family, String table, String chain, long handle) {
        return handle(NFT_MSG_DELRULE, "delete", family, table, chain, handle);
    }

    /** One rule by handle. */
    static Request get(Family family, String table, String chain, long handle) {
        return handle(NFT_MSG_GETRULE, "get", family, table, chain, handle);
    }

    /**
     * The rules of chain {@code chain} of table {@code family table}; {@code chain} {@code null}
     * for every chain of the table; {@code family} {@code null} for every table (the kernel
     * filters by both).
     */
    static Request dump(Family family, String table, String chain) {
        int code = family == null ? NFPROTO_UNSPEC : family.code();
        String what = family == null ? "rules" : "rules " + family + " " + table + (chain == null ? "" : " " + chain);
        return Request.of(NfGenMsg.type(NFT_MSG_GETRULE), 0, "list", what, w -> {
            NfGenMsg.write(w, code, 0);
            if (table != null) {
                w.putString(NFTA_RULE_TABLE, table);
            }
            if (chain != null) {
                w.putString(NFTA_RULE_CHAIN, chain);
            }
        });
    }

    private static Request handle(int msg, String verb, Family family, String table, String chain, long handle) {
        String what = "rule " + family + " " + table + " " + chain + " handle " + handle;
        return Request.of(NfGenMsg.type(msg), 0, verb, what,
                w -> {
                    NfGenMsg.write(w, family.code(), 0);
                    w.putString(NFTA_RULE_TABLE, table);
                    w.putString(NFTA_RULE_CHAIN, chain);
                    w.putU64be(NFTA_RULE_HANDLE, handle);
                });
    }

    private static void write(MessageWriter w, Rule r, long handle, long position) {
        NfGenMsg.write(w, r.family().code(), 0);
        w.putString(NFTA_RULE_TABLE, r.table());
        w.putString(NFTA_RULE_CHAIN, r.chain());
        if (handle != 0) {
            w.putU64be(NFTA_RULE_HANDLE, handle);
        }
        int list = w.beginNested(NFTA_RULE_EXPRESSIONS);
        for (Expr e : r.expressions()) {
            ExprCodec.write(w, e);
        }
        w.endNested(list);
        if (position != 0) {
            w.putU64be(NFTA_RULE_POSITION, position);
        }
    }

    /**
     * A rule from a {@code NEWRULE} message, or {@code null} for a family this library does not
     * name. {@code NFTA_RULE_POSITION} (the handle of the rule before it, which a listing's
     * order already says) is not kept; other attributes not modelled are, in
     * {@link Rule#unknown()}.
     *
     * @throws ProtocolException for a rule without valid table and chain names or with a
     *                           handle beyond 2^63
     */
    static Rule parse(Message m) {
        Optional<Family> family = Family.fromCode(m.u8(0));
        if (family.isEmpty()) {
            return null;
        }
        String table = null;
        String chain = null;
        long handle = 0;
        List<Expr> exprs = new ArrayList<>();
        List<RawAttribute> unknown = new ArrayList<>();
        Attributes a = m.attributes(NfGenMsg.LENGTH);
        while (a.next()) {
            switch (a.type()) {
                case NFTA_RULE_TABLE -> table = a.string();
                case NFTA_RULE_CHAIN -> chain = a.string();
                case NFTA_RULE_HANDLE -> handle = a.u64be();
                case NFTA_RULE_EXPRESSIONS -> {
                    Attributes list = a.nested();
                    while (list.next()) {
                        if (list.type() != NFTA_LIST_ELEM) {
                            throw new ProtocolException("NFT_MSG_NEWRULE: attribute " + list.type()
                                    + " in the expression list, where only NFTA_LIST_ELEM belongs");
                        }
                        exprs.add(ExprCodec.read(list.nested()));
                    }
                }
                case NFTA_RULE_POSITION, NFTA_RULE_PAD -> { }
                default -> unknown.add(new RawAttribute(a.type(), a.bytes()));
            }
        }
        String where = "NFT_MSG_NEWRULE";
        Names.parsedTable(table, where);
        Names.parsedChain(chain, where);
        if (handle < 0) {
            throw new ProtocolException(where + ": rule handle " + Long.toUnsignedString(handle) + " beyond 2^63");
        }
        return new Rule(family.get(), table, chain, exprs, handle, unknown);
    }

    /**
     * Which expression of the rule {@code request} adds holds byte {@code offset} of the message
     * (the extended ACK's {@code NLMSGERR_ATTR_OFFS}), or -1.
     */
    static int expressionAt(Request request, int offset) {
        return AttributeWalk.elementAt(request.toBytes(), NfGenMsg.LENGTH, NFTA_RULE_EXPRESSIONS, offset);
    }
}
