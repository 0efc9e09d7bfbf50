package io.netlink4j.netfilter;

import io.netlink4j.core.message.RawAttribute;
import java.util.List;
import java.util.Objects;

/**
 * An nftables chain: a spec to create ({@code handle} 0) or one the kernel listed. A <em>base</em>
 * chain is attached to a hook and sees packets; a <em>regular</em> chain ({@code type},
 * {@code hook}, {@code priority} and {@code policy} all {@code null}) only runs when a rule jumps
 * to it.
 *
 * <pre>{@code
 * // nft add chain ip nat POSTROUTING '{ type nat hook postrouting priority srcnat; }'
 * Chain.base(Family.IP, "nat", "POSTROUTING", Hook.POSTROUTING).withType(ChainType.NAT).withPriority(Priority.SRCNAT)
 * // nft add chain inet fw input '{ type filter hook input priority filter; policy drop; }'
 * Chain.base(Family.INET, "fw", "input", Hook.INPUT).withPolicy(Policy.DROP)
 * // nft add chain ip filter my-rules
 * Chain.regular(Family.IP, "filter", "my-rules")
 * }</pre>
 *
 * @param family   the table's family
 * @param table    the table's name
 * @param name     the chain's name, unique within the table (1..255 bytes)
 * @param type     base chains: {@code filter}, {@code nat}, {@code route}; {@code null} for regular chains
 * @param hook     base chains: where they attach; {@code null} for regular chains
 * @param priority base chains: order among chains on the same hook; {@code null} for regular chains
 * @param policy   base chains: what happens to packets no rule decided about, or {@code null} in a
 *                 spec for the kernel's default (accept); always {@code null} for regular chains
 * @param handle   the kernel's handle (0 in a spec)
 * @param unknown  attributes of a listing the record does not model ({@code NFTA_CHAIN_FLAGS},
 *                 {@code NFTA_CHAIN_USE}, counters, a netdev chain's whole hook with its devices),
 *                 kept as sent; never written back
 */
public record Chain(Family family, String table, String name, ChainType type, Hook hook, Priority priority,
                    Policy policy, long handle, List<RawAttribute> unknown) {
    /** Checks names, and that a chain is either fully base or fully regular. */
    public Chain {
        Objects.requireNonNull(family, "family");
        Names.checkTable(Objects.requireNonNull(table, "table"));
        Names.checkChain(Objects.requireNonNull(name, "name"));
        unknown = List.copyOf(Objects.requireNonNull(unknown, "unknown"));
        if (hook == null) {
            if (type != null || priority != null || policy != null) {
                throw new IllegalArgumentException("chain " + name + " has no hook, so it is a regular chain: it takes"
                        + " no type, priority or policy (give it a hook with Chain.base to make it a base chain)");
            }
        } else {
            if (type == null || priority == null) {
                throw new IllegalArgumentException("base chain " + name
                        + " needs a type and a priority besides its hook");
            }
            hook.code(family); // refuses a hook the family does not have
        }
    }

    /**
     * A base chain spec on {@code hook}, of type {@code filter} at priority {@code filter} (0)
     * with the kernel's default policy (accept) until told otherwise.
     *
     * @param family the table's family
     * @param table the table's name
     * @param name the chain's name
     * @param hook where the chain attaches
     * @return the chain spec
     */
    public static Chain base(Family family, String table, String name, Hook hook) {
        Objects.requireNonNull(hook, "hook");
        return new Chain(family, table, name, ChainType.FILTER, hook, Priority.FILTER, null, 0, List.of());
    }

    /**
     * A regular chain spec: reached only by {@code jump} or {@code goto}.
     *
     * @param family the table's family
     * @param table the table's name
     * @param name the chain's name
     * @return the chain spec
     */
    public static Chain regular(Family family, String table, String name) {
        return new Chain(family, table, name, null, null, null, null, 0, List.of());
    }

    /**
     * This base chain with another type ({@code type nat}).
     *
     * @param type the type
     * @return a copy with it
     */
    public Chain withType(ChainType type) {
        return new Chain(family, table, name, Objects.requireNonNull(type, "type"), baseHook("a type"), priority,
                policy, handle, unknown);
    }

    /**
     * This base chain with another priority ({@code priority srcnat}).
     *
     * @param priority the priority
     * @return a copy with it
     */
    public Chain withPriority(Priority priority) {
        Objects.requireNonNull(priority, "priority");
        return new Chain(family, table, name, type, baseHook("a priority"), priority,
                policy, handle, unknown);
    }

    /**
     * This base chain with a policy ({@code policy drop;}).
     *
     * @param policy the policy
     * @return a copy with it
     */
    public Chain withPolicy(Policy policy) {
        return new Chain(family, table, name, type, baseHook("a policy"), priority,
                Objects.requireNonNull(policy, "policy"), handle, unknown);
    }

    private Hook baseHook(String what) {
        if (hook == null) {
            throw new IllegalArgumentException("regular chain " + name + " cannot take " + what
                    + ": make it with Chain.base(family, table, name, hook)");
        }
        return hook;
    }

    /**
     * Whether this chain is attached to a hook.
     *
     * @return whether it has a hook
     */
    public boolean isBase() {
        return hook != null;
    }

    /**
     * As {@code nft} writes it after {@code add}: {@code chain ip nat POSTROUTING { type nat hook
     * postrouting priority srcnat; policy accept; }}, with {@code # handle 2} (as {@code nft -a})
     * when the kernel gave one.
     */
    @Override
    public String toString() {
        String s = "chain " + family + " " + table + " " + name;
        if (isBase()) {
            s += " { type " + type + " hook " + hook + " priority " + priority.nftText(family, hook) + ";"
                    + (policy != null ? " policy " + policy + ";" : "") + " }";
        }
        return handle != 0 ? s + " # handle " + handle : s;
    }
}
