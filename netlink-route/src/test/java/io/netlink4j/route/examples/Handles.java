package io.netlink4j.route.examples;

import io.netlink4j.core.ns.NetNs;
import io.netlink4j.route.Rtnetlink;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The rtnetlink handles an example opens on its namespaces, by the example's own names (mapped
 * to the real ones by {@code names}), closed together.
 */
final class Handles implements AutoCloseable {
    private final UnaryOperator<String> names;
    private final Map<String, Rtnetlink> open = new LinkedHashMap<>();

    Handles(UnaryOperator<String> names) {
        this.names = names;
    }

    /** Creates the namespace the example calls {@code name} (ip netns add) and opens a handle on it. */
    Rtnetlink create(String name) {
        NetNs.create(names.apply(name)).close();
        return get(name);
    }

    /** A handle on the existing namespace the example calls {@code name}. */
    Rtnetlink get(String name) {
        return open.computeIfAbsent(name, n -> Rtnetlink.open(names.apply(n)));
    }

    /** The namespace's real name. */
    String real(String name) {
        return names.apply(name);
    }

    /** Deletes the namespaces the example calls {@code names} (ip netns del), those that exist. */
    void deleteAll(Iterable<String> exampleNames) {
        close();
        for (String n : exampleNames) {
            NetNs.deleteIfExists(names.apply(n));
        }
    }

    @Override
    public void close() {
        open.values().forEach(Rtnetlink::close);
        open.clear();
    }
}
