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
 * The nftables rules of one namespace, from {@link Nftables#rules()}. A rule is named by its
 * handle, which the kernel gives it: every method that creates one returns it with its handle.
 * Every change is a transaction of one message (see {@link Transaction} for several at once).
 *
 * <pre>{@code
 * Rule r = nft.rules().add(Rule.in(Family.IP, "nat", "POSTROUTING").oifname("eth0").masquerade());
 * nft.rules().list(Family.IP, "nat", "POSTROUTING");   // nft -a list chain ip nat POSTROUTING
 * nft.rules().delete(r);                                // nft delete rule ip nat POSTROUTING handle 4
 * }</pre>
 */
public final class Rules {
    private final NetlinkSocket socket;

    Rules(NetlinkSocket socket) {
        this.socket = socket;
    }

    /**
     * Appends {@code rule} to its chain ({@code nft add rule}, {@code iptables -A}).
     *
     * @param rule the rule: its family, table, chain and expressions
     * @return the rule with the handle the kernel gave it
     * @throws NotFoundException if the table or chain does not exist, or a jump names a missing chain
     */
    public Rule add(Rule rule) {
        return one(new Transaction(socket).add(rule), rule);
    }

    /**
     * Adds {@code rule} right after the rule with handle {@code handle} ({@code nft add rule ... position H}).
     *
     * @param rule the rule: its family, table, chain and expressions
     * @param handle a rule's handle, as listed or returned
     * @return the rule with the handle the kernel gave it
     */
    public Rule addAfter(Rule rule, long handle) {
        return one(new Transaction(socket).addAfter(rule, handle), rule);
    }

    /**
     * Puts {@code rule} at the start of its chain ({@code nft insert rule}, {@code iptables -I}).
     *
     * @param rule the rule: its family, table, chain and expressions
     * @return the rule with the handle the kernel gave it
     */
    public Rule insert(Rule rule) {
        return one(new Transaction(socket).insert(rule), rule);
    }

    /**
     * Puts {@code rule} right before the rule with handle {@code handle} ({@code nft insert rule ... position H}).
     *
     * @param rule the rule: its family, table, chain and expressions
     * @param handle a rule's handle, as listed or returned
     * @return the rule with the handle the kernel gave it
     */
    public Rule insertBefore(Rule rule, long handle) {
        return one(new Transaction(socket).insertBefore(rule, handle), rule);
    }

    /**
     * Replaces the rule with {@code rule}'s handle by {@code rule} in place
     * ({@code nft replace rule ... handle H}).
     *
     * @param rule the new rule, with the handle of the one it replaces
     * @return the new rule, with its new handle
     * @throws NotFoundException if there is no rule with that handle
     */
    public Rule replace(Rule rule) {
        return one(new Transaction(socket).replace(rule), rule);
    }

    /**
     * Deletes {@code rule}, named by its handle ({@code nft delete rule ... handle H}).
     *
     * @param rule a rule as listed or returned: its place and handle name it
     * @throws NotFoundException        if there is no such rule
     * @throws IllegalArgumentException for a rule without a handle (a spec, not a rule as listed or returned)
     */
    public void delete(Rule rule) {
        new Transaction(socket).delete(rule).commit();
    }

    /**
     * {@link #delete}, for cleanup: {@code false} instead of an error when there is no such rule.
     *
     * @param rule a rule as listed or returned: its place and handle name it
     * @return whether there was one to delete
     */
    public boolean deleteIfExists(Rule rule) {
        Transaction t = new Transaction(socket).delete(rule);
        try {
            t.commit();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /**
     * The rule with handle {@code handle} in chain {@code family table chain}.
     *
     * @param family the table's family
     * @param table the table's name
     * @param chain the chain's name
     * @param handle a rule's handle, as listed or returned
     * @return it, as the kernel lists it
     * @throws NotFoundException if there is no such rule (or chain, or table)
     */
    public Rule get(Family family, String table, String chain, long handle) {
        Rule.in(family, table, chain);
        Transaction.checkHandle(handle, "get rule " + family + " " + table + " " + chain + ": handle");
        return socket.get(RuleCodec.get(family, table, chain, handle), RuleCodec::parse).orElseThrow(() ->
                KernelException.of(Errno.ENOENT, "get rule " + family + " " + table + " " + chain + " handle " + handle,
                        "the kernel answered with no rule"));
    }

    /**
     * {@link #get}, or empty when there is no such rule (or chain, or table).
     *
     * @param family the table's family
     * @param table the table's name
     * @param chain the chain's name
     * @param handle a rule's handle, as listed or returned
     * @return it, or empty
     */
    public Optional<Rule> find(Family family, String table, String chain, long handle) {
        try {
            return Optional.of(get(family, table, chain, handle));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * Every rule of every table, chain by chain in order ({@code nft -a list ruleset}'s rules).
     *
     * @return them, as the kernel lists them, in its order
     */
    public List<Rule> list() {
        return socket.dump(RuleCodec.dump(null, null, null), RuleCodec::parse);
    }

    /**
     * The rules of table {@code family table}, chain by chain in order; empty if there is no such table.
     *
     * @param family the table's family
     * @param table the table's name
     * @return them, as the kernel lists them, in its order
     */
    public List<Rule> list(Family family, String table) {
        Table.of(family, table);
        return socket.dump(RuleCodec.dump(family, table, null), RuleCodec::parse);
    }

    /**
     * The rules of chain {@code family table chain} in order ({@code nft -a list chain}); empty if there is none.
     *
     * @param family the table's family
     * @param table the table's name
     * @param chain the chain's name
     * @return them, as the kernel lists them, in its order
     */
    public List<Rule> list(Family family, String table, String chain) {
        Rule.in(family, table, chain);
        return socket.dump(RuleCodec.dump(family, table, chain), RuleCodec::parse);
    }

    /**
     * {@link #list()}, streamed: each rule goes to {@code each} as it is read.
     *
     * @param each gets each one as it is parsed; it must not use this handle, whose socket it holds
     */
    public void forEach(Consumer<? super Rule> each) {
        socket.dump(RuleCodec.dump(null, null, null), RuleCodec::parse, Objects.requireNonNull(each, "each"));
    }

    /**
     * {@link #list(Family, String)}, streamed.
     *
     * @param family the table's family
     * @param table the table's name
     * @param each gets each one as it is parsed; it must not use this handle, whose socket it holds
     */
    public void forEach(Family family, String table, Consumer<? super Rule> each) {
        Table.of(family, table);
        socket.dump(RuleCodec.dump(family, table, null), RuleCodec::parse, Objects.requireNonNull(each, "each"));
    }

    /**
     * {@link #list(Family, String, String)}, streamed.
     *
     * @param family the table's family
     * @param table the table's name
     * @param chain the chain's name
     * @param each gets each one as it is parsed; it must not use this handle, whose socket it holds
     */
    public void forEach(Family family, String table, String chain, Consumer<? super Rule> each) {
        Rule.in(family, table, chain);
        socket.dump(RuleCodec.dump(family, table, chain), RuleCodec::parse, Objects.requireNonNull(each, "each"));
    }

    private static Rule one(Transaction t, Rule spec) {
        return Transaction.echo(t.commit().rules(), spec);
    }
}
