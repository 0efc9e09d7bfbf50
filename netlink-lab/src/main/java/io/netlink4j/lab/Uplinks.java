package io.netlink4j.lab;

import io.netlink4j.lab.model.Uplink;
import io.netlink4j.route.Rtnetlink;
import java.util.List;

/**
 * The lab's uplink in the kernel (see {@link Uplink}): a veth from the lab's own namespace
 * ({@code inet0}, with the internet's addresses) to the uplink router ({@code uplink0}), and the
 * router's masquerade out of it.
 */
final class Uplinks {
    private Uplinks() {}

    /** The veth and the internet's addresses, through the lab namespace's handle. */
    static void createInternetSide(Rtnetlink lab, Spaces spaces, Uplink u) {
        Kernel.addLinks(lab, List.of(Kernel.veth(new Kernel.VethPlan(Uplink.INTERNET_IFNAME, Uplink.ROUTER_IFNAME,
                spaces.ns(u.router()), 0, null, null, null))));
        Kernel.addAddresses(lab, List.of(new Kernel.Addr(Uplink.INTERNET_IFNAME, u.gatewayAddress()),
                new Kernel.Addr("lo", u.serverAddress())));
    }

    /** The router's end up with its address, and its masquerade (its default route comes with its routes). */
    static void configureRouterSide(Spaces spaces, Uplink u) {
        try (Rtnetlink h = Rtnetlink.open(spaces.ns(u.router()))) {
            Kernel.setAlias(h, Uplink.ROUTER_IFNAME, Marker.peer(Uplink.INTERNET, Uplink.INTERNET_IFNAME));
            Kernel.setUp(h, Uplink.ROUTER_IFNAME);
            Kernel.addAddresses(h, List.of(new Kernel.Addr(Uplink.ROUTER_IFNAME, u.routerAddress())));
        }
        Firewall.masquerade(spaces.ns(u.router()), Uplink.ROUTER_IFNAME);
    }

    /** The whole uplink, for a lab that is up: veth, addresses, masquerade, the router's default route. */
    static void add(Spaces spaces, Uplink u) {
        try (Rtnetlink lab = Rtnetlink.open(spaces.labNs())) {
            Kernel.deleteLink(lab, Uplink.INTERNET_IFNAME);
            Kernel.deleteAddress(lab, "lo", u.serverAddress());
            createInternetSide(lab, spaces, u);
        }
        configureRouterSide(spaces, u);
    }

    /** Removes {@code router}'s uplink (its veth goes with both ends), the internet's server address and the masquerade. */
    static void remove(Spaces spaces, String router) {
        try (Rtnetlink h = Rtnetlink.open(spaces.ns(router))) {
            Kernel.deleteLink(h, Uplink.ROUTER_IFNAME);
        }
        try (Rtnetlink lab = Rtnetlink.open(spaces.labNs())) {
            Kernel.deleteAddress(lab, "lo", new Uplink(router).serverAddress());
        }
        Firewall.unmasquerade(spaces.ns(router));
    }
}
