package io.netlink4j.netfilter.internal;

import static io.netlink4j.netfilter.internal.NfNetlink.NFNETLINK_V0;
import static io.netlink4j.netfilter.internal.NfNetlink.NFNL_SUBSYS_NFTABLES;
import static io.netlink4j.netfilter.internal.NfTables.*;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.netfilter.Chain;
import io.netlink4j.netfilter.ChainType;
import io.netlink4j.netfilter.Family;
import io.netlink4j.netfilter.Hook;
import io.netlink4j.netfilter.Policy;
import io.netlink4j.netfilter.Table;

/**
 * The {@code nfgenmsg} header and the attributes of tables and chains, both ways (rules, made of
 * expressions, are {@code RuleCodec}'s). Handles and hook numbers are big-endian, as
 * {@code nf_tables_api.c} expects.
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
}
