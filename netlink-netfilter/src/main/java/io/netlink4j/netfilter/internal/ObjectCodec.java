package io.netlink4j.netfilter.internal;

import static io.netlink4j.netfilter.internal.NfNetlink.NFNETLINK_V0;
import static io.netlink4j.netfilter.internal.NfNetlink.NFNL_SUBSYS_NFTABLES;
import static io.netlink4j.netfilter.internal.NfTables.*;

import static io.netlink4j.core.message.Netlink.NLMSG_HDRLEN;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.message.Netlink;
import io.netlink4j.netfilter.Chain;
import io.netlink4j.netfilter.ChainType;
import io.netlink4j.netfilter.Expr;
import io.netlink4j.netfilter.Family;
import io.netlink4j.netfilter.Hook;
import io.netlink4j.netfilter.Policy;
import io.netlink4j.netfilter.Rule;
import io.netlink4j.netfilter.Table;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code nfgenmsg} header and the attributes of tables, chains and rules, both ways.
 * Handles and hook numbers are big-endian, as {@code nf_tables_api.c} expects.
 */
public final class ObjectCodec {
    /** {@code sizeof(struct nfgenmsg)}. */
    public static final int NFGENMSG_LEN = 4;

    private ObjectCodec() {}

    /** The netlink message type of nf_tables message {@code msg} ({@code NFT_MSG_NEWTABLE}...). */
    public static int type(int msg) {
        return NFNL_SUBSYS_NFTABLES << 8 | msg;
    }

    /** Appends {@code struct nfgenmsg}: family, {@code NFNETLINK_V0}, {@code res_id} in network order. */
    public static void nfgenmsg(MessageWriter w, int family, int resId) {
        w.u8(family).u8(NFNETLINK_V0).u16be(resId);
    }

    // ---- tables -----------------------------------------------------------------------------

    /** Table attributes for NEWTABLE / DELTABLE. */
    public static void writeTable(MessageWriter w, Family family, String name, int flags, boolean withFlags) {
        nfgenmsg(w, family.code(), 0);
        w.putString(NFTA_TABLE_NAME, name);
        if (withFlags) {
            w.putU32be(NFTA_TABLE_FLAGS, flags);
        }
    }

    /** A table from a NEWTABLE message, or {@code null} for a family this library does not name. */
    public static Table readTable(Message m) {
        Family family = Family.ofCode(m.u8(0));
        if (family == null) {
            return null;
        }
        String name = null;
        long handle = 0;
        int flags = 0;
        int use = 0;
        Attributes a = m.attributes(NFGENMSG_LEN);
        while (a.next()) {
            switch (a.type()) {
                case NFTA_TABLE_NAME -> name = a.string();
                case NFTA_TABLE_HANDLE -> handle = a.u64be();
                case NFTA_TABLE_FLAGS -> flags = a.u32be();
                case NFTA_TABLE_USE -> use = a.u32be();
                default -> { }
            }
        }
        return name == null ? null : new Table(family, name, handle, flags, use);
    }

    // ---- chains -----------------------------------------------------------------------------

    /** Chain attributes for NEWCHAIN. */
    public static void writeChain(MessageWriter w, Chain c) {
        nfgenmsg(w, c.family().code(), 0);
        w.putString(NFTA_CHAIN_TABLE, c.table());
        w.putString(NFTA_CHAIN_NAME, c.name());
        if (c.isBase()) {
            int hook = w.beginNested(NFTA_CHAIN_HOOK);
            w.putU32be(NFTA_HOOK_HOOKNUM, c.hook().number(c.family()));
            w.putU32be(NFTA_HOOK_PRIORITY, c.priority());
            w.endNested(hook);
            if (c.policy() != null) {
                w.putU32be(NFTA_CHAIN_POLICY, c.policy().verdict());
            }
            w.putString(NFTA_CHAIN_TYPE, c.type().nftName());
        }
    }

    /** Chain identity for DELCHAIN and FLUSH (DELRULE without a handle). */
    public static void writeChainName(MessageWriter w, Family family, String table, int tableAttr, String chain,
                                      int chainAttr) {
        nfgenmsg(w, family.code(), 0);
        w.putString(tableAttr, table);
        if (chain != null) {
            w.putString(chainAttr, chain);
        }
    }

    /** A chain from a NEWCHAIN message, or {@code null} if it cannot be named in this model. */
    public static Chain readChain(Message m) {
        Family family = Family.ofCode(m.u8(0));
        if (family == null) {
            return null;
        }
        String table = null;
        String name = null;
        long handle = 0;
        String type = null;
        int hookNum = -1;
        int priority = 0;
        Policy policy = null;
        Attributes a = m.attributes(NFGENMSG_LEN);
        while (a.next()) {
            switch (a.type()) {
                case NFTA_CHAIN_TABLE -> table = a.string();
                case NFTA_CHAIN_NAME -> name = a.string();
                case NFTA_CHAIN_HANDLE -> handle = a.u64be();
                case NFTA_CHAIN_TYPE -> type = a.string();
                case NFTA_CHAIN_POLICY -> policy = Policy.of(a.u32be());
                case NFTA_CHAIN_HOOK -> {
                    Attributes h = a.nested();
                    while (h.next()) {
                        switch (h.type()) {
                            case NFTA_HOOK_HOOKNUM -> hookNum = h.u32be();
                            case NFTA_HOOK_PRIORITY -> priority = h.u32be();
                            default -> { }
                        }
                    }
                }
                default -> { }
            }
        }
        if (table == null || name == null) {
            return null;
        }
        Hook hook = hookNum < 0 ? null : Hook.of(family, hookNum);
        ChainType ct = type == null ? null : ChainType.of(type);
        if (hook == null || ct == null) {
            return new Chain(family, table, name, handle, null, null, 0, null);
        }
        return new Chain(family, table, name, handle, ct, hook, priority, policy);
    }

    // ---- rules ------------------------------------------------------------------------------

    /**
     * Rule attributes for NEWRULE: {@code position} is the handle to add after / insert before,
     * or 0 for the end / the start.
     */
    public static void writeRule(MessageWriter w, Rule r, long position) {
        nfgenmsg(w, r.family().code(), 0);
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

    /**
     * Which of {@code r}'s expressions holds byte {@code offset} of the NEWRULE message that
     * {@link #writeRule} makes (the extended ACK's {@code NLMSGERR_ATTR_OFFS}), or -1. Only called
     * on the error path, so it may encode the rule again into a scratch buffer.
     */
    public static int expressionAt(Rule r, long position, int offset) {
        try (Arena arena = Arena.ofConfined()) {
            MessageWriter w = new MessageWriter(arena, 1024);
            w.begin(0, 0);
            writeRule(w, r, position);
            MemorySegment msg = w.finish();
            int pos = NLMSG_HDRLEN + NFGENMSG_LEN;
            Attributes top = new Attributes(msg, pos, (int) msg.byteSize() - pos);
            while (top.next()) {
                int size = Netlink.align(Netlink.NLA_HDRLEN + top.length());
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
                pos += size;
            }
            return -1;
        }
    }

    /** DELRULE of one rule. */
    public static void writeRuleHandle(MessageWriter w, Family family, String table, String chain, long handle) {
        nfgenmsg(w, family.code(), 0);
        w.putString(NFTA_RULE_TABLE, table);
        w.putString(NFTA_RULE_CHAIN, chain);
        w.putU64be(NFTA_RULE_HANDLE, handle);
    }

    /** A rule from a NEWRULE message, or {@code null} for a family this library does not name. */
    public static Rule readRule(Message m) {
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
}
