package io.netlink4j.lab.model;

import java.util.ArrayList;
import java.util.List;

/** The {@link Snapshot} a {@link Plan} means. */
final class Expected {
    private Expected() {}

    static Snapshot of(Plan plan) {
        List<NodeState> nodes = new ArrayList<>();
        for (Node n : plan.topology().nodes()) {
            List<InterfaceState> ifs = new ArrayList<>();
            List<RouteState> routes = new ArrayList<>();
            if (n.kind() == NodeKind.SWITCH) {
                ifs.add(new InterfaceState(n.name(), "bridge", true, true, Link.DEFAULT_MTU, null, null, List.of(), null,
                        null, Impairment.NONE));
            }
            for (PlannedInterface p : plan.interfaces(n.name())) {
                PlannedLink l = plan.links().get(p.link());
                PlannedInterface peer = l.other(p);
                ifs.add(new InterfaceState(p.name(), "veth", true, true, p.mtu(), p.mac(),
                        n.kind() == NodeKind.SWITCH ? n.name() : null,
                        p.address() == null ? List.of() : List.of(p.address()), peer.node(), peer.name(),
                        l.link().impairment()));
                if (p.address() != null) {
                    routes.add(new RouteState(Subnets.networkOf(p.address()), null, p.name(), "unicast", "kernel"));
                }
            }
            for (StaticRoute r : plan.routes(n.name())) {
                String dev = plan.uplink().filter(u -> u.router().equals(n.name()) && r.via().equals(u.gateway()))
                        .map(u -> Uplink.ROUTER_IFNAME).orElse(null);
                for (PlannedInterface p : plan.interfaces(n.name())) {
                    if (dev == null && p.address() != null && p.address().contains(r.via())) {
                        dev = p.name();
                        break;
                    }
                }
                routes.add(new RouteState(r.to(), r.via(), dev, "unicast", "boot"));
            }
            if (plan.uplink().map(u -> u.router().equals(n.name())).orElse(false)) {
                Uplink u = plan.uplink().orElseThrow();
                ifs.add(new InterfaceState(Uplink.ROUTER_IFNAME, "veth", true, true, Link.DEFAULT_MTU, null, null,
                        List.of(u.routerAddress()), Uplink.INTERNET, Uplink.INTERNET_IFNAME, Impairment.NONE));
                routes.add(new RouteState(Subnets.networkOf(u.routerAddress()), null, Uplink.ROUTER_IFNAME, "unicast",
                        "kernel"));
            }
            nodes.add(new NodeState(n.name(), n.kind(), n.kind() == NodeKind.ROUTER, ifs, routes, List.of()));
        }
        return new Snapshot(plan.name(), nodes);
    }
}
