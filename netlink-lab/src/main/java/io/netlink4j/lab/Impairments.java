package io.netlink4j.lab;

import io.netlink4j.lab.model.Impairment;
import io.netlink4j.lab.model.NodeKind;
import io.netlink4j.lab.model.Plan;
import io.netlink4j.lab.model.PlannedInterface;
import io.netlink4j.lab.model.PlannedLink;
import io.netlink4j.route.Rtnetlink;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Impairments and partitions in the kernel. A link's rate, delay and jitter shape what leaves
 * each of its two ends (a root qdisc on both, {@link Kernel#setQdisc}); its loss is one nftables
 * rule per direction ({@link Firewall#setLoss}) on the switch's port, or on the first end of a
 * link between two nodes. A partition puts drop rules for the other side's addresses in every
 * node of each side; healing removes them.
 */
final class Impairments {
    private Impairments() {}

    /** Gives {@code link} the impairment the plan has for it. */
    static void apply(Spaces spaces, PlannedLink link) {
        set(spaces, link, link.link().impairment());
    }

    /** Gives {@code link} the impairment {@code imp} ({@link Impairment#NONE}: none), replacing what it had. */
    static void set(Spaces spaces, PlannedLink link, Impairment imp) {
        for (PlannedInterface end : List.of(link.a(), link.b())) {
            try (Rtnetlink h = Rtnetlink.open(spaces.of(end))) {
                Kernel.setQdisc(h, end.name(), imp, link.link().effectiveMtu());
            }
        }
        PlannedInterface where = link.a().kind() == NodeKind.SWITCH ? link.a()
                : link.b().kind() == NodeKind.SWITCH ? link.b() : link.a();
        Firewall.setLoss(spaces.of(where), where.kind() == NodeKind.SWITCH, where.name(), imp.loss());
    }

    /** Cuts every node of {@code a} off from every node of {@code b}, both ways. */
    static void partition(Plan plan, Spaces spaces, Set<String> a, Set<String> b) {
        List<InetAddress> ofA = addresses(plan, a);
        List<InetAddress> ofB = addresses(plan, b);
        List<Map.Entry<String, List<InetAddress>>> work = new ArrayList<>();
        a.forEach(x -> work.add(Map.entry(x, ofB)));
        b.forEach(y -> work.add(Map.entry(y, ofA)));
        Workers.each(work, w -> Firewall.partition(spaces.ns(w.getKey()), w.getValue()));
    }

    private static List<InetAddress> addresses(Plan plan, Set<String> nodes) {
        List<InetAddress> out = new ArrayList<>();
        for (String n : nodes) {
            for (PlannedInterface p : plan.interfaces(n)) {
                if (p.address() != null) {
                    out.add(p.address().address());
                }
            }
        }
        return out;
    }

    /** Removes the partition rules of {@code node}. */
    static void heal(Spaces spaces, String node) {
        Firewall.heal(spaces.ns(node));
    }
}
