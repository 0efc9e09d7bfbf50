package io.netlink4j.netfilter;

import static io.netlink4j.core.uapi.Netlink.NLM_F_CREATE;
import static io.netlink4j.core.uapi.Netlink.NLM_F_ECHO;
import static io.netlink4j.core.uapi.Netlink.NLM_F_EXCL;
import static io.netlink4j.netfilter.uapi.NetfilterH.NFPROTO_UNSPEC;
import static io.netlink4j.netfilter.uapi.NfTablesH.*;

import io.netlink4j.core.message.RawAttribute;
import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.socket.Request;
import io.netlink4j.netfilter.internal.NfGenMsg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chains on the wire, both ways, as {@code nft} 1.0 writes them: table, name, then for a base
 * chain type, policy and the hook (number, priority); {@code NLM_F_CREATE} always,
 * {@code NLM_F_EXCL} for {@code create chain}. Handles and numbers are big-endian.
 */
final class ChainCodec {
    private ChainCodec() {}

    /** {@code create chain} ({@code exclusive}) or {@code add chain}. */
    static Request create(Chain c, boolean exclusive) {
        int flags = NLM_F_CREATE | NLM_F_ECHO | (exclusive ? NLM_F_EXCL : 0);
        return Request.of(NfGenMsg.type(NFT_MSG_NEWCHAIN), flags, exclusive ? "add" : "replace", c, w -> {
            NfGenMsg.write(w, c.family().code(), 0);
            w.putString(NFTA_CHAIN_TABLE, c.table());
            w.putString(NFTA_CHAIN_NAME, c.name());
            if (c.isBase()) {
                w.putString(NFTA_CHAIN_TYPE, c.type().nftName());
                if (c.policy() != null) {
                    w.putU32be(NFTA_CHAIN_POLICY, c.policy().code());
                }
                int hook = w.beginNested(NFTA_CHAIN_HOOK);
                w.putU32be(NFTA_HOOK_HOOKNUM, c.hook().code(c.family()));
                w.putU32be(NFTA_HOOK_PRIORITY, c.priority().value());
                w.endNested(hook);
            }
        });
    }

    /** {@code delete chain FAMILY TABLE NAME}. */
    static Request delete(Family family, String table, String name) {
        return named(NFT_MSG_DELCHAIN, "delete", family, table, name);
    }

    /** {@code list chain FAMILY TABLE NAME}: one chain. */
    static Request get(Family family, String table, String name) {
        return named(NFT_MSG_GETCHAIN, "get", family, table, name);
    }

    /** {@code flush chain FAMILY TABLE NAME}: {@code DELRULE} naming the table and the chain. */
    static Request flush(Family family, String table, String name) {
        return Request.of(NfGenMsg.type(NFT_MSG_DELRULE), 0, "flush", where(family, table, name), w -> {
            NfGenMsg.write(w, family.code(), 0);
            w.putString(NFTA_RULE_TABLE, table);
            w.putString(NFTA_RULE_CHAIN, name);
        });
    }

    /** The chains of {@code family}, or of every family when {@code null} (the kernel filters no further). */
    static Request dump(Family family) {
        int code = family == null ? NFPROTO_UNSPEC : family.code();
        return Request.of(NfGenMsg.type(NFT_MSG_GETCHAIN), 0, "list", family == null ? "chains" : "chains " + family,
                w -> NfGenMsg.write(w, code, 0));
    }

    private static Request named(int msg, String verb, Family family, String table, String name) {
        return Request.of(NfGenMsg.type(msg), 0, verb, where(family, table, name), w -> {
            NfGenMsg.write(w, family.code(), 0);
            w.putString(NFTA_CHAIN_TABLE, table);
            w.putString(NFTA_CHAIN_NAME, name);
        });
    }

    private static String where(Family family, String table, String name) {
        return "chain " + family + " " + table + " " + name;
    }

    /**
     * A chain from a {@code NEWCHAIN} message, or {@code null} for a family this library does
     * not name. A hook with more than a number and a priority (a netdev chain's devices) is also
     * kept whole in {@link Chain#unknown()}; a hook number or type this library does not name
     * makes the chain read as regular, with those attributes kept there.
     *
     * @throws ProtocolException for a chain without valid table and chain names, or a hook
     *                           without a priority
     */
    static Chain parse(Message m) {
        Optional<Family> family = Family.fromCode(m.u8(0));
        if (family.isEmpty()) {
            return null;
        }
        String table = null;
        String name = null;
        long handle = 0;
        String type = null;
        int hookNum = -1;
        Integer priority = null;
        int policy = -1;
        List<RawAttribute> unknown = new ArrayList<>();
        List<RawAttribute> baseParts = new ArrayList<>();
        Attributes a = m.attributes(NfGenMsg.LENGTH);
        while (a.next()) {
            switch (a.type()) {
                case NFTA_CHAIN_TABLE -> table = a.string();
                case NFTA_CHAIN_NAME -> name = a.string();
                case NFTA_CHAIN_HANDLE -> handle = a.u64be();
                case NFTA_CHAIN_TYPE -> {
                    type = a.string();
                    baseParts.add(new RawAttribute(a.type(), a.bytes()));
                }
                case NFTA_CHAIN_POLICY -> {
                    policy = a.u32be();
                    baseParts.add(new RawAttribute(a.type(), a.bytes()));
                }
                case NFTA_CHAIN_HOOK -> {
                    RawAttribute whole = new RawAttribute(a.type(), a.bytes());
                    baseParts.add(whole);
                    Attributes h = a.nested();
                    boolean more = false;
                    while (h.next()) {
                        switch (h.type()) {
                            case NFTA_HOOK_HOOKNUM -> hookNum = h.u32be();
                            case NFTA_HOOK_PRIORITY -> priority = h.u32be();
                            default -> more = true;
                        }
                    }
                    if (more) {
                        unknown.add(whole);
                    }
                }
                case NFTA_CHAIN_PAD -> { }
                default -> unknown.add(new RawAttribute(a.type(), a.bytes()));
            }
        }
        String where = "NFT_MSG_NEWCHAIN";
        Names.parsedTable(table, where);
        Names.parsedChain(name, where);
        if (hookNum < 0) {
            return new Chain(family.get(), table, name, null, null, null, null, handle, unknown);
        }
        if (priority == null) {
            throw new ProtocolException(where + ": base chain " + name + " has a hook but no priority");
        }
        Optional<Hook> hook = Hook.fromCode(family.get(), hookNum);
        Optional<ChainType> ct = ChainType.fromNftName(type);
        if (hook.isEmpty() || ct.isEmpty()) {
            unknown.addAll(baseParts);
            return new Chain(family.get(), table, name, null, null, null, null, handle, unknown);
        }
        Policy p = Policy.fromCode(policy).orElse(null);
        if (p == null && policy != -1) {
            unknown.add(baseParts.stream().filter(x -> x.type() == NFTA_CHAIN_POLICY).findFirst().orElseThrow());
        }
        return new Chain(family.get(), table, name, ct.get(), hook.get(), Priority.of(priority), p, handle, unknown);
    }
}
