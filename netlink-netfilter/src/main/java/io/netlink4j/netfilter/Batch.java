package io.netlink4j.netfilter;

import static io.netlink4j.core.message.Netlink.NLM_F_APPEND;
import static io.netlink4j.core.message.Netlink.NLM_F_CREATE;
import static io.netlink4j.core.message.Netlink.NLM_F_EXCL;
import static io.netlink4j.netfilter.internal.NfTables.*;

import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.netfilter.internal.ObjectCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A transaction of nftables changes, what {@code nft -f FILE} sends: the kernel applies all of it
 * or none. Build it with the methods below (each checks its arguments at once and throws
 * {@link IllegalArgumentException} before anything is sent), then {@link #commit}.
 *
 * <pre>{@code
 * // nft -f - <<EOF
 * //   add table ip filter
 * //   add chain ip filter FORWARD { type filter hook forward priority filter; policy drop; }
 * //   add rule ip filter FORWARD ct state established,related accept
 * //   add rule ip filter FORWARD iifname "br0" oifname "eth0" accept
 * // EOF
 * nft.batch()
 *    .addTable(Family.IP, "filter")
 *    .addChain(Chain.base(Family.IP, "filter", "FORWARD", ChainType.FILTER, Hook.FORWARD, Priority.FILTER, Policy.DROP))
 *    .addRule(Rule.in(Family.IP, "filter", "FORWARD").ctState(CtState.ESTABLISHED, CtState.RELATED).accept().build())
 *    .addRule(Rule.in(Family.IP, "filter", "FORWARD").iifname("br0").oifname("eth0").accept().build())
 *    .commit();
 * }</pre>
 *
 * A failure throws {@link BatchException} naming the message that failed; the ruleset is then
 * exactly as before. Not thread-safe; a batch can be committed more than once.
 */
public final class Batch {
    /**
     * One message of the batch: type, flags, how nft would say it, its body, and for NEWRULE the
     * rule and position (to name the expression an extended ACK points at).
     */
    record Op(int msg, int flags, String description, Consumer<MessageWriter> body, Rule rule, long position) {}

    private final Nftables owner;
    private final List<Op> ops = new ArrayList<>();

    Batch(Nftables owner) {
        this.owner = owner;
    }

    List<Op> ops() {
        return ops;
    }

    /** Number of messages so far. */
    public int size() {
        return ops.size();
    }

    /** Sends the batch and waits for the kernel's verdict on every message. */
    public Committed commit() {
        return owner.commit(this);
    }

    // ---- tables -----------------------------------------------------------------------------

    /** {@code add table FAMILY NAME}: creates it, or leaves an existing one as it is. */
    public Batch addTable(Family family, String name) {
        Table t = Table.of(family, name);
        return op(NFT_MSG_NEWTABLE, NLM_F_CREATE, "add " + t, w -> ObjectCodec.writeTable(w, family, name, 0, false));
    }

    /** {@code create table FAMILY NAME}: fails with {@code EEXIST} if it exists. */
    public Batch createTable(Family family, String name) {
        Table t = Table.of(family, name);
        return op(NFT_MSG_NEWTABLE, NLM_F_CREATE | NLM_F_EXCL, "create " + t,
                w -> ObjectCodec.writeTable(w, family, name, 0, false));
    }

    /** {@code delete table FAMILY NAME}, with all it holds; {@code ENOENT} if it does not exist. */
    public Batch deleteTable(Family family, String name) {
        Table t = Table.of(family, name);
        return op(NFT_MSG_DELTABLE, 0, "delete " + t, w -> ObjectCodec.writeTable(w, family, name, 0, false));
    }

    /** {@code flush table FAMILY NAME}: removes every rule of every chain, keeps the chains. */
    public Batch flushTable(Family family, String name) {
        Table t = Table.of(family, name);
        return op(NFT_MSG_DELRULE, 0, "flush " + t,
                w -> ObjectCodec.writeChainName(w, family, name, NFTA_RULE_TABLE, null, NFTA_RULE_CHAIN));
    }

    // ---- chains -----------------------------------------------------------------------------

    /** {@code add chain ...}: creates it, or leaves an existing chain of the same hook and priority. */
    public Batch addChain(Chain chain) {
        return op(NFT_MSG_NEWCHAIN, NLM_F_CREATE, "add " + chain, w -> ObjectCodec.writeChain(w, chain));
    }

    /** {@code create chain ...}: fails with {@code EEXIST} if it exists. */
    public Batch createChain(Chain chain) {
        return op(NFT_MSG_NEWCHAIN, NLM_F_CREATE | NLM_F_EXCL, "create " + chain, w -> ObjectCodec.writeChain(w, chain));
    }

    /** {@code delete chain FAMILY TABLE NAME}: it must be empty and nothing may jump to it. */
    public Batch deleteChain(Family family, String table, String name) {
        Chain c = Chain.regular(family, table, name);
        return op(NFT_MSG_DELCHAIN, 0, "delete " + c,
                w -> ObjectCodec.writeChainName(w, family, table, NFTA_CHAIN_TABLE, name, NFTA_CHAIN_NAME));
    }

    /** {@code flush chain FAMILY TABLE NAME}: removes its rules. */
    public Batch flushChain(Family family, String table, String name) {
        Chain c = Chain.regular(family, table, name);
        return op(NFT_MSG_DELRULE, 0, "flush " + c,
                w -> ObjectCodec.writeChainName(w, family, table, NFTA_RULE_TABLE, name, NFTA_RULE_CHAIN));
    }

    // ---- rules ------------------------------------------------------------------------------

    /** {@code add rule ...}: appends to the end of the chain ({@code iptables -A}). */
    public Batch addRule(Rule rule) {
        return addRule(rule, 0);
    }

    /** {@code add rule ... position HANDLE}: after the rule with that handle (0: at the end). */
    public Batch addRule(Rule rule, long afterHandle) {
        checkPosition(afterHandle);
        ops.add(new Op(NFT_MSG_NEWRULE, NLM_F_CREATE | NLM_F_APPEND, "add " + place(rule),
                w -> RuleCodec.write(w, rule, afterHandle), rule, afterHandle));
        return this;
    }

    /** {@code insert rule ...}: at the start of the chain ({@code iptables -I}). */
    public Batch insertRule(Rule rule) {
        return insertRule(rule, 0);
    }

    /** {@code insert rule ... position HANDLE}: before the rule with that handle (0: at the start). */
    public Batch insertRule(Rule rule, long beforeHandle) {
        checkPosition(beforeHandle);
        ops.add(new Op(NFT_MSG_NEWRULE, NLM_F_CREATE, "insert " + place(rule),
                w -> RuleCodec.write(w, rule, beforeHandle), rule, beforeHandle));
        return this;
    }

    /** {@code delete rule ... handle H} of a rule read back by {@link Nftables#listRules}. */
    public Batch deleteRule(Rule rule) {
        if (rule.handle() == 0) {
            throw new IllegalArgumentException("cannot delete " + place(rule)
                    + " without a handle: delete a rule as listed or committed, not a spec");
        }
        return deleteRule(rule.family(), rule.table(), rule.chain(), rule.handle());
    }

    /** {@code delete rule FAMILY TABLE CHAIN handle H}. */
    public Batch deleteRule(Family family, String table, String chain, long handle) {
        Chain c = Chain.regular(family, table, chain);
        if (handle <= 0) {
            throw new IllegalArgumentException("rule handle " + handle + " is invalid: handles are positive");
        }
        return op(NFT_MSG_DELRULE, 0, "delete rule " + family.nftName() + " " + table + " " + c.name() + " handle "
                + handle, w -> RuleCodec.writeHandle(w, family, table, chain, handle));
    }

    private static void checkPosition(long handle) {
        if (handle < 0) {
            throw new IllegalArgumentException("rule position " + handle + " is invalid: a handle, or 0");
        }
    }

    private static String place(Rule r) {
        return "rule " + r.family().nftName() + " " + r.table() + " " + r.chain();
    }

    private Batch op(int msg, int flags, String description, Consumer<MessageWriter> body) {
        ops.add(new Op(msg, flags, description, body, null, 0));
        return this;
    }
}
