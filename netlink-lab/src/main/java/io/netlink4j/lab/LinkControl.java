package io.netlink4j.lab;

import io.netlink4j.lab.model.Endpoint;
import io.netlink4j.lab.model.NodeKind;
import io.netlink4j.lab.model.PlannedInterface;
import io.netlink4j.lab.model.PlannedLink;
import io.netlink4j.lab.model.RouteState;
import io.netlink4j.lab.model.StaticRoute;
import io.netlink4j.route.Rtnetlink;
import java.util.ArrayList;
import java.util.List;

/** Cutting and mending links of a running lab. */
final class LinkControl {
    private LinkControl() {}

    /** The one planned link between {@code a} and {@code b}, each {@code NODE} or {@code NODE:INTERFACE}. */
    static PlannedLink resolve(Lab lab, String a, String b) {
        Endpoint x = Endpoint.parse(a);
        Endpoint y = Endpoint.parse(b);
        List<PlannedLink> found = new ArrayList<>();
        for (PlannedLink l : lab.plan().linksBetween(x.node(), y.node())) {
            PlannedInterface ex = l.endOn(x.node());
            PlannedInterface ey = l.other(ex);
            if ((x.ifname() == null || x.ifname().equals(ex.name())) && (y.ifname() == null || y.ifname().equals(ey.name()))) {
                found.add(l);
            }
        }
        if (found.size() != 1) {
            throw new IllegalArgumentException("lab " + lab.name() + ": " + (found.isEmpty() ? "no link" : found.size()
                    + " links") + " between " + a + " and " + b + (found.isEmpty() ? ""
                    : ": name the interfaces, e.g. " + found.getFirst().a().label() + " and " + found.getFirst().b().label()));
        }
        return found.getFirst();
    }

    static void setDown(Lab lab, String a, String b) {
        PlannedLink l = resolve(lab, a, b);
        PlannedInterface end = l.b().kind() == NodeKind.SWITCH ? l.b() : l.a();
        try (Spaces s = new Spaces(lab.name())) {
            in(s, end, h -> Kernel.setDown(h, end.name()));
        }
    }

    static void setUp(Lab lab, String a, String b) {
        PlannedLink l = resolve(lab, a, b);
        try (Spaces s = new Spaces(lab.name())) {
            for (PlannedInterface end : List.of(l.a(), l.b())) {
                in(s, end, h -> {
                    Kernel.setUp(h, end.name());
                    if (end.kind().isL3()) {
                        // An interface that went down took its routes with it; put the plan's back.
                        List<RouteState> there = Kernel.routes(h);
                        List<StaticRoute> missing = new ArrayList<>();
                        for (StaticRoute r : lab.plan().routes(end.node())) {
                            if (there.stream().noneMatch(t -> t.to().equals(r.to()) && r.via().equals(t.via()))) {
                                missing.add(r);
                            }
                        }
                        Kernel.addRoutes(h, missing);
                    }
                });
            }
        }
    }

    private static void in(Spaces s, PlannedInterface end, java.util.function.Consumer<Rtnetlink> work) {
        try (Rtnetlink h = Rtnetlink.open(s.of(end))) {
            work.accept(h);
        }
    }
}
