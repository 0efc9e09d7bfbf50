package io.netlink4j.lab;

import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.lab.model.Names;
import io.netlink4j.lab.model.NodeKind;
import io.netlink4j.lab.model.Plan;
import io.netlink4j.lab.model.PlannedLink;
import io.netlink4j.route.Rtnetlink;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Takes a lab down. A namespace the kernel deletes with thousands of devices in it keeps a
 * kernel worker busy long after ({@code cleanup_net}) and stalls namespace creation meanwhile, so
 * the veths go first, in one request per namespace (they are all in {@link Kernel#GROUP}): the
 * lab's own namespace holds the switches' ends of every veth, and deleting an end deletes its
 * peer. Then every namespace of the lab — the plan's, and any other {@code LAB-*} one that
 * carries the lab's marker — is deleted, several at a time. The bridges are the exception (see
 * {@link Kernel#BRIDGE_GROUP}): they go with the lab's namespace, in the kernel's clean-up.
 */
final class Teardown {
    private Teardown() {}

    /**
     * Takes lab {@code plan.name()} down. {@code trusted}: its namespaces were made or checked by
     * this program (a lab from {@code Lab.up}); otherwise each is checked for the lab's marker
     * first, and one of a planned node without it is deleted only if it holds nothing but
     * {@code lo} and the lab's devices (a creation cut short).
     */
    static void run(Plan plan, Spaces spaces, boolean trusted) {
        String lab = plan.name();
        List<String> present = Observer.namespaces(lab);
        Set<String> planned = new LinkedHashSet<>();
        planned.add("");
        planned.addAll(plan.nodes(NodeKind.HOST));
        planned.addAll(plan.nodes(NodeKind.ROUTER));
        List<String> ours = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> toCheck = new ArrayList<>();
        for (String ns : present) {
            String node = Objects.requireNonNullElse(Names.nodeOf(lab, ns), "");
            if (trusted && planned.contains(node)) {
                ours.add(node);
            } else {
                toCheck.add(node);
            }
        }
        Workers.each(toCheck, node -> {
            if (isOurs(lab, spaces.nameOf(node), node, planned.contains(node))) {
                ours.add(node);
            }
        });
        if (ours.contains("")) {
            inside(spaces, "", Kernel::deleteGroup);
        }
        Set<String> creators = new LinkedHashSet<>();
        for (PlannedLink l : plan.links()) {
            if (l.a().kind().isL3() && l.b().kind().isL3() && ours.contains(l.a().node())) {
                creators.add(l.a().node());
            }
        }
        Workers.each(new ArrayList<>(creators), n -> inside(spaces, n, Kernel::deleteGroup));
        spaces.close();
        spaces.deleteAll(new ArrayList<>(ours));
    }

    /**
     * Whether namespace {@code ns} (of {@code node}, "" for the lab's own) is lab {@code lab}'s:
     * it carries the lab's marker for it, or, for a namespace the plan needs, it is a creation cut
     * short (no marker, nothing but {@code lo} and devices in the lab's group).
     */
    static boolean isOurs(String lab, String ns, String node, boolean planned) {
        try (NetNs h = NetNs.named(ns); Rtnetlink r = Rtnetlink.open(h)) {
            List<Kernel.Dev> devs = Kernel.links(r);
            Optional<Marker> m = devs.stream().filter(d -> d.name().equals("lo")).findFirst()
                    .flatMap(d -> Marker.parse(d.alias()));
            if (m.isPresent()) {
                return m.get().lab().equals(lab) && (node.isEmpty() ? m.get().isLab() : node.equals(m.get().node()));
            }
            return planned && devs.stream().allMatch(d -> d.name().equals("lo") || Kernel.isOurs(d));
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static void inside(Spaces spaces, String node, java.util.function.Consumer<Rtnetlink> work) {
        try (Rtnetlink h = Rtnetlink.open(spaces.ns(node))) {
            work.accept(h);
        } catch (NotFoundException e) {
            // already gone
        }
    }
}
