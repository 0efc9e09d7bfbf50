package io.netlink4j.examples.show;

import io.netlink4j.core.ns.NetNs;
import io.netlink4j.examples.catalog.Catalog;
import io.netlink4j.examples.model.Example;
import io.netlink4j.examples.run.Target;
import io.netlink4j.route.link.Link;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code show}: draws the namespaces that exist now — their interfaces and addresses, veth pairs
 * across namespaces, bridges and their ports — read from the kernel through the library, so it
 * draws a topology made by hand with {@code ip} just as well as one an example made.
 */
public final class Show {
    private Show() {}

    /**
     * Draws, for the sandbox: the sandbox, its wan, every named namespace wired to them by veth,
     * and any article namespace that exists; with {@code --host}: the host and every named namespace.
     */
    public static int run(Target t, PrintStream out) {
        List<String> names = new ArrayList<>();
        if (t.isHost()) {
            names.add(null);
            names.addAll(NetNs.list());
            Snapshot s = Snapshot.read(names);
            Diagram.draw(s, out);
            return 0;
        }
        if (!NetNs.exists(t.sandbox())) {
            out.println("no sandbox '" + t.sandbox() + "' (ip netns list has none): nothing to show;"
                    + " run '<id> up' first, or 'show --host' for this machine");
            return 1;
        }
        Snapshot all = Snapshot.read(NetNs.list());
        Set<String> keep = connected(all, t.sandbox());
        keep.add(t.wan());
        for (Example e : Catalog.all()) {
            for (String n : e.namespaces()) {
                if (NetNs.exists(n)) {
                    keep.add(n);
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        ordered.add(t.sandbox());
        ordered.add(t.wan());
        for (String n : NetNs.list()) {
            if (keep.contains(n) && !ordered.contains(n)) {
                ordered.add(n);
            }
        }
        ordered.removeIf(n -> !NetNs.exists(n));
        Diagram.draw(Snapshot.read(ordered), out);
        return 0;
    }

    /** The namespaces reachable from {@code start} over veth pairs. */
    private static Set<String> connected(Snapshot s, String start) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String n = todo.pop();
            if (!seen.add(n)) {
                continue;
            }
            for (Snapshot.Pair p : s.pairs()) {
                if (p.a().space().name().equals(n)) {
                    todo.push(p.b().space().name());
                }
                if (p.b().space().name().equals(n)) {
                    todo.push(p.a().space().name());
                }
            }
        }
        return seen;
    }

    static String flags(Link l) {
        return l.isUp() ? "UP" : "DOWN";
    }
}
