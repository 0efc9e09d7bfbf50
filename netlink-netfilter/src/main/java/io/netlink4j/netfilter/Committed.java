package io.netlink4j.netfilter;

import java.util.List;

/**
 * What a committed {@link Batch} created, as the kernel echoed it back ({@code NLM_F_ECHO}):
 * new tables, chains and rules with the handles the kernel gave them, in batch order. An
 * {@code add} of something that already existed unchanged echoes nothing.
 *
 * @param tables tables created or changed
 * @param chains chains created or changed
 * @param rules  rules added or inserted, with their handles
 */
public record Committed(List<Table> tables, List<Chain> chains, List<Rule> rules) {
    /** Copies the lists. */
    public Committed {
        tables = List.copyOf(tables);
        chains = List.copyOf(chains);
        rules = List.copyOf(rules);
    }
}
