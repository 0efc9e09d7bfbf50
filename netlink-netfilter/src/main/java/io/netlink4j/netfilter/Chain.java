package io.netlink4j.netfilter;

/**
 * An nftables chain, as listed or to create ({@code handle} 0). A <em>base</em> chain is attached
 * to a hook and sees packets; a <em>regular</em> chain ({@code type}, {@code hook} and
 * {@code policy} all {@code null}) only runs when a rule jumps to it.
 *
 * <pre>{@code
 * // nft add chain ip nat POSTROUTING '{ type nat hook postrouting priority srcnat; policy accept; }'
 * Chain.base(Family.IP, "nat", "POSTROUTING", ChainType.NAT, Hook.POSTROUTING, Priority.SRCNAT, Policy.ACCEPT);
 * // nft add chain ip filter my-rules
 * Chain.regular(Family.IP, "filter", "my-rules");
 * }</pre>
 *
 * @param family   the table's family
 * @param table    the table's name
 * @param name     the chain's name, unique within the table
 * @param handle   the kernel's handle (0 in a spec)
 * @param type     base chains: {@code filter}, {@code nat}, {@code route}; {@code null} for regular chains
 * @param hook     base chains: where they attach; {@code null} for regular chains
 * @param priority base chains: order among chains on the same hook, lower first ({@link Priority}); 0 otherwise
 * @param policy   base chains: what happens to packets no rule decided about; {@code null} for regular chains
 */
public record Chain(Family family, String table, String name, long handle, ChainType type, Hook hook, int priority,
                    Policy policy) {
    /** Checks names, and that a chain is either fully base or fully regular. */
    public Chain {
        if (family == null) {
            throw new IllegalArgumentException("chain family must not be null");
        }
        Names.checkTable(table);
        Names.checkChain(name);
        if ((type == null) != (hook == null)) {
            throw new IllegalArgumentException("chain " + name + ": a base chain needs both a type and a hook"
                    + " (type " + type + ", hook " + hook + ")");
        }
        if (type == null && (policy != null || priority != 0)) {
            throw new IllegalArgumentException("chain " + name
                    + ": a regular chain has no policy or priority; give it a type and a hook to make it a base chain");
        }
    }

    /** A base chain spec; a {@code null} policy leaves the kernel's default, accept. */
    public static Chain base(Family family, String table, String name, ChainType type, Hook hook, int priority,
                             Policy policy) {
        if (type == null || hook == null) {
            throw new IllegalArgumentException("base chain " + name + " needs a type and a hook");
        }
        return new Chain(family, table, name, 0, type, hook, priority, policy);
    }

    /** A regular chain spec: reached only by {@code jump} or {@code goto}. */
    public static Chain regular(Family family, String table, String name) {
        return new Chain(family, table, name, 0, null, null, 0, null);
    }

    /** Whether this chain is attached to a hook. */
    public boolean isBase() {
        return hook != null;
    }

    @Override
    public String toString() {
        String s = "chain " + family.nftName() + " " + table + " " + name;
        if (isBase()) {
            s += " { type " + type.nftName() + " hook " + hook.nftName() + " priority " + priority + ";"
                    + (policy != null ? " policy " + policy.name().toLowerCase(java.util.Locale.ROOT) + ";" : "") + " }";
        }
        return handle != 0 ? s + " # handle " + handle : s;
    }
}
