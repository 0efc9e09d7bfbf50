package io.netlink4j.lab;

import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.lab.model.NodeKind;
import io.netlink4j.lab.model.Plan;
import io.netlink4j.lab.model.PlannedLink;
import io.netlink4j.route.Rtnetlink;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Takes a lab down. A namespace the kernel deletes with thousands of devices in it keeps a
 * kernel worker busy long after ({@code cleanup_net}) and stalls namespace creation meanwhile, so
 * the devices go first, in one request per namespace (they are all in {@link Kernel#GROUP}): the
 * lab's own namespace holds the switches' ends of every veth, and deleting an end deletes its
 * peer. Then every namespace of the lab — the plan's, and any other {@code LAB-*} one that
 * carries the lab's marker — is deleted, several at a time.
 */
final class Teardown {
    private Teardown() {}

    static void run(Plan plan, Spaces spaces) {
        String lab = plan.name();
        List<String> present = Observer.namespaces(lab);
        if (present.isEmpty()) {
            spaces.close();
            return;
        }
        if (present.contains(lab)) {
            inside(spaces, "", Kernel::deleteGroup);
        }
        Set<String> creators = new LinkedHashSet<>();
        for (PlannedLink l : plan.links()) {
            if (l.a().kind().isL3() && l.b().kind().isL3() && present.contains(spaces.nameOf(l.a().node()))) {
                creators.add(l.a().node());
            }
        }
        Workers.each(new ArrayList<>(creators), n -> inside(spaces, n, Kernel::deleteGroup));
        spaces.close();
        List<String> planned = new ArrayList<>();
        for (String kind : List.of("host", "router")) {
            planned.addAll(plan.nodes(NodeKind.fromWord(kind).orElseThrow()));
        }
        List<String> others = new ArrayList<>();
        for (String ns : present) {
            if (!ns.equals(lab) && !planned.contains(ns.substring(lab.length() + 1))) {
                others.add(ns.substring(lab.length() + 1));
            }
        }
        List<String> doomed = new ArrayList<>(planned);
        for (String n : others) {
            if (isOurs(lab, spaces.nameOf(n))) {
                doomed.add(n);
            }
        }
        spaces.deleteAll(doomed);
    }

    /** Whether namespace {@code ns} carries lab {@code lab}'s marker, or is a cut-short creation of it. */
    static boolean isOurs(String lab, String ns) {
        try (NetNs h = NetNs.named(ns); Rtnetlink r = Rtnetlink.open(h)) {
            List<Kernel.Dev> devs = Kernel.links(r);
            Optional<Marker> m = devs.stream().filter(d -> d.name().equals("lo")).findFirst()
                    .flatMap(d -> Marker.parse(d.alias()));
            if (m.isPresent()) {
                return m.get().lab().equals(lab);
            }
            return devs.stream().allMatch(d -> d.name().equals("lo") || d.group() == Kernel.GROUP);
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static void inside(Spaces spaces, String node, java.util.function.Consumer<Rtnetlink> work) {
        try (Rtnetlink h = Rtnetlink.open(node.isEmpty() ? spaces.labNs() : spaces.ns(node))) {
            work.accept(h);
        } catch (NotFoundException e) {
            // already gone
        }
    }
}
