package io.netlink4j.netfilter;

import java.util.List;
import java.util.Objects;

/**
 * An nftables rule: where it lives, its handle, and its expressions in kernel form. Built with
 * {@link #in} (or from {@link Expr}s directly), read back by {@link Nftables#listRules}; a rule
 * read back equals the one written except for its {@code handle} (and counters that counted).
 *
 * <pre>{@code
 * // nft add rule ip nat POSTROUTING oifname "eth0" masquerade
 * Rule r = Rule.in(Family.IP, "nat", "POSTROUTING").oifname("eth0").masquerade().build();
 * }</pre>
 *
 * @param family      the table's family
 * @param table       the table's name
 * @param chain       the chain's name
 * @param handle      the kernel's handle, for delete and insert-before (0 in a spec)
 * @param expressions what the rule does, in order
 */
public record Rule(Family family, String table, String chain, long handle, List<Expr> expressions) {
    /** Checks the names; copies the list. */
    public Rule {
        if (family == null) {
            throw new IllegalArgumentException("rule family must not be null");
        }
        Names.checkTable(table);
        Names.checkChain(chain);
        Objects.requireNonNull(expressions, "expressions");
        expressions = List.copyOf(expressions);
    }

    /** A rule spec from expressions. */
    public static Rule of(Family family, String table, String chain, List<Expr> expressions) {
        return new Rule(family, table, chain, 0, expressions);
    }

    /** Starts a rule for chain {@code chain} of table {@code family table}. */
    public static RuleBuilder in(Family family, String table, String chain) {
        return new RuleBuilder(family, table, chain);
    }

    /** This rule with another handle. */
    public Rule withHandle(long h) {
        return new Rule(family, table, chain, h, expressions);
    }

    @Override
    public String toString() {
        return "rule " + family.nftName() + " " + table + " " + chain + " " + expressions
                + (handle != 0 ? " # handle " + handle : "");
    }
}
