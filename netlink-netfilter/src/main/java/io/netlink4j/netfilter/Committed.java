package io.netlink4j.netfilter;

import java.util.List;
import java.util.Objects;

/**
 * What a committed {@link Transaction} created, as the kernel echoed it back
 * ({@code NLM_F_ECHO}, as {@code nft -e}): new tables, chains and rules with the handles the
 * kernel gave them, in transaction order. A {@code replace} of a table or chain that existed
 * unchanged echoes nothing.
 *
 * @param tables tables created or changed
 * @param chains chains created or changed
 * @param rules  rules added, inserted or replaced, with their handles
 */
public record Committed(List<Table> tables, List<Chain> chains, List<Rule> rules) {
    /** Copies the lists. */
    public Committed {
        tables = List.copyOf(Objects.requireNonNull(tables, "tables"));
        chains = List.copyOf(Objects.requireNonNull(chains, "chains"));
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    }
}
