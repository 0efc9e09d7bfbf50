package io.netlink4j.netfilter;

import static io.netlink4j.core.message.Netlink.NLMSG_HDRLEN;
import static io.netlink4j.netfilter.internal.NfTables.*;
import static io.netlink4j.netfilter.internal.ObjectCodec.NFGENMSG_LEN;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.message.Netlink;
import io.netlink4j.netfilter.internal.ObjectCodec;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * The attributes of rules, both ways: where the rule lives, its handle, and its expression list
 * ({@link ExprCodec}). Handles and positions are big-endian, as {@code nf_tables_api.c} expects.
 * In this package, not {@code internal}, because the expressions' own codecs are package-private.
 */
final class RuleCodec {
    private RuleCodec() {}

    /**
     * Rule attributes for NEWRULE: {@code position} is the handle to add after / insert before,
     * or 0 for the end / the start.
     */
    static void write(MessageWriter w, Rule r, long position) {
        ObjectCodec.nfgenmsg(w, r.family().code(), 0);
        w.putString(NFTA_RULE_TABLE, r.table());
        w.putString(NFTA_RULE_CHAIN, r.chain());
        if (position != 0) {
            w.putU64be(NFTA_RULE_POSITION, position);
        }
        int list = w.beginNested(NFTA_RULE_EXPRESSIONS);
        for (Expr e : r.expressions()) {
            ExprCodec.write(w, e);
        }
        w.endNested(list);
    }

    /** DELRULE of one rule. */
    static void writeHandle(MessageWriter w, Family family, String table, String chain, long handle) {
        ObjectCodec.nfgenmsg(w, family.code(), 0);
        w.putString(NFTA_RULE_TABLE, table);
        w.putString(NFTA_RULE_CHAIN, chain);
        w.putU64be(NFTA_RULE_HANDLE, handle);
    }

    /** A rule from a NEWRULE message, or {@code null} for a family this library does not name. */
    static Rule read(Message m) {
        Family family = Family.ofCode(m.u8(0));
        if (family == null) {
            return null;
        }
        String table = null;
        String chain = null;
        long handle = 0;
        List<Expr> exprs = new ArrayList<>();
        Attributes a = m.attributes(NFGENMSG_LEN);
        while (a.next()) {
            switch (a.type()) {
                case NFTA_RULE_TABLE -> table = a.string();
                case NFTA_RULE_CHAIN -> chain = a.string();
                case NFTA_RULE_HANDLE -> handle = a.u64be();
                case NFTA_RULE_EXPRESSIONS -> {
                    Attributes list = a.nested();
                    while (list.next()) {
                        if (list.type() == NFTA_LIST_ELEM) {
                            exprs.add(ExprCodec.read(list.nested()));
                        }
                    }
                }
                default -> { }
            }
        }
        return table == null || chain == null ? null : new Rule(family, table, chain, handle, exprs);
    }

    /**
     * Which of {@code r}'s expressions holds byte {@code offset} of the NEWRULE message that
     * {@link #write} makes (the extended ACK's {@code NLMSGERR_ATTR_OFFS}, counted from the
     * message header), or -1. Only called on the error path, so it may encode the rule again into
     * a scratch buffer.
     */
    static int expressionAt(Rule r, long position, int offset) {
        try (Arena arena = Arena.ofConfined()) {
            MessageWriter w = new MessageWriter(arena, 1024);
            w.begin(0, 0);
            write(w, r, position);
            MemorySegment msg = w.finish();
            int pos = NLMSG_HDRLEN + NFGENMSG_LEN;
            Attributes top = new Attributes(msg, pos, (int) msg.byteSize() - pos);
            while (top.next()) {
                if (top.type() == NFTA_RULE_EXPRESSIONS) {
                    int elemPos = pos + Netlink.NLA_HDRLEN;
                    Attributes list = top.nested();
                    for (int i = 0; list.next(); i++) {
                        int elemSize = Netlink.align(Netlink.NLA_HDRLEN + list.length());
                        if (offset >= elemPos && offset < elemPos + elemSize) {
                            return i;
                        }
                        elemPos += elemSize;
                    }
                }
                pos += Netlink.align(Netlink.NLA_HDRLEN + top.length());
            }
            return -1;
        }
    }
}
