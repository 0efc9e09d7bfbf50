package io.netlink4j.lab;

import io.netlink4j.core.AddressFamily;
import io.netlink4j.core.Cidr;
import io.netlink4j.core.MacAddress;
import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.socket.BatchResult;
import io.netlink4j.lab.model.Impairment;
import io.netlink4j.lab.model.RouteState;
import io.netlink4j.lab.model.StaticRoute;
import io.netlink4j.route.PingResult;
import io.netlink4j.route.Rtnetlink;
import io.netlink4j.route.address.Address;
import io.netlink4j.route.address.AddressFilter;
import io.netlink4j.route.address.AddressSpec;
import io.netlink4j.route.link.Bridge;
import io.netlink4j.route.link.Link;
import io.netlink4j.route.link.LinkSpec;
import io.netlink4j.route.link.Veth;
import io.netlink4j.route.route.Route;
import io.netlink4j.route.route.RouteFilter;
import io.netlink4j.route.route.RouteSpec;
import io.netlink4j.route.tc.Netem;
import io.netlink4j.route.tc.Qdisc;
import io.netlink4j.route.tc.QdiscSpec;
import io.netlink4j.route.tc.Rate;
import io.netlink4j.route.tc.Tbf;
import io.netlink4j.route.tc.TcHandle;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The seam between the lab and netlink-route: every call the lab makes into the library goes
 * through here, in the library's words, and every answer comes back as the lab's own small
 * records. When a family's API changes shape, this file is where the lab follows it.
 */
final class Kernel {
    /** Interface group of the veths the lab makes: teardown deletes them in one request per namespace. */
    static final int GROUP = 0x6c6162; // "lab"
    /**
     * Interface group of the lab's bridges, apart: taking a bridge down costs the kernel an RCU
     * barrier (about 20 ms here) under the RTNL lock, so teardown leaves the bridges to the
     * kernel's own clean-up of the lab's namespace instead of waiting for them.
     */
    static final int BRIDGE_GROUP = GROUP + 1;

    private Kernel() {}

    /** Whether the lab made {@code d} (it is in one of the lab's interface groups). */
    static boolean isOurs(Dev d) {
        return d.group() == GROUP || d.group() == BRIDGE_GROUP;
    }

    /** What the lab needs to know of a device; {@code master} is the bridge's name, or {@code null}. */
    record Dev(int index, String name, String kind, boolean up, boolean lowerUp, int mtu, MacAddress mac,
               String master, int peerIndex, boolean peerElsewhere, int group, String alias) {
        boolean isVeth() {
            return "veth".equals(kind);
        }
    }

    /** An address of a device. */
    record Addr(String dev, Cidr cidr) {}

    /** One end of a veth pair to make; {@code peerNs} null keeps the peer in the handle's namespace. */
    record VethPlan(String name, String peer, NetNs peerNs, int mtu, MacAddress mac, MacAddress peerMac, String master) {}

    // ---- links ---------------------------------------------------------------------------------

    static LinkSpec bridge(String name) {
        return Bridge.of(name).withGroup(BRIDGE_GROUP).withUp();
    }

    /** This end up (and on its bridge); the peer in its namespace, down until its node sets it up. */
    static LinkSpec veth(VethPlan v) {
        Veth spec = Veth.of(v.name(), v.peer()).withGroup(GROUP).withPeerGroup(GROUP).withQueues(1).withUp();
        if (v.peerNs() != null) {
            spec = spec.withPeerIn(v.peerNs());
        }
        if (v.mtu() != 0) {
            spec = spec.withMtu(v.mtu()).withPeerMtu(v.mtu());
        }
        if (v.mac() != null) {
            spec = spec.withMac(v.mac());
        }
        if (v.peerMac() != null) {
            spec = spec.withPeerMac(v.peerMac());
        }
        if (v.master() != null) {
            spec = spec.withMaster(v.master());
        }
        return spec;
    }

    static void addLinks(Rtnetlink h, List<LinkSpec> specs) {
        if (!specs.isEmpty()) {
            h.links().addAll(specs).throwIfFailed();
        }
    }

    static void setUp(Rtnetlink h, String dev) {
        h.links().setUp(dev);
    }

    static void setDown(Rtnetlink h, String dev) {
        h.links().setDown(dev);
    }

    static void setMtu(Rtnetlink h, String dev, int mtu) {
        h.links().setMtu(dev, mtu);
    }

    static void setMac(Rtnetlink h, String dev, MacAddress mac) {
        h.links().setMac(dev, mac);
    }

    static void setMaster(Rtnetlink h, String dev, String bridge) {
        h.links().setMaster(dev, bridge);
    }

    static void setAlias(Rtnetlink h, String dev, String alias) {
        h.links().setAlias(dev, alias);
    }

    static boolean deleteLink(Rtnetlink h, String dev) {
        return h.links().deleteIfExists(dev);
    }

    /** Deletes the lab's veths in the handle's namespace in one request; {@code false} if there were none. */
    static boolean deleteGroup(Rtnetlink h) {
        try {
            h.links().deleteGroup(GROUP);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    static List<Dev> links(Rtnetlink h) {
        List<Dev> out = new ArrayList<>();
        for (Link l : h.links().list()) {
            out.add(new Dev(l.index(), l.name(), l.kind(), l.isUp(), l.isLowerUp(), l.mtu(), l.mac(), l.master(),
                    l.linkIndex(), l.linkNetnsId() >= 0, l.group(), l.alias()));
        }
        return out;
    }

    // ---- addresses and routes ------------------------------------------------------------------

    /** {@code ip addr add CIDR dev DEV} for each, pipelined. */
    static void addAddresses(Rtnetlink h, List<Addr> addrs) {
        if (addrs.isEmpty()) {
            return;
        }
        List<AddressSpec> specs = new ArrayList<>();
        for (Addr a : addrs) {
            specs.add(AddressSpec.of(a.cidr(), a.dev()));
        }
        h.addresses().addAll(specs).throwIfFailed();
    }

    static void deleteAddress(Rtnetlink h, String dev, Cidr cidr) {
        h.addresses().deleteIfExists(AddressSpec.of(cidr, dev));
    }

    /** Every device's IPv4 addresses. */
    static List<Addr> addresses(Rtnetlink h) {
        List<Addr> out = new ArrayList<>();
        for (Address a : h.addresses().list(AddressFilter.all().withFamily(AddressFamily.INET))) {
            out.add(new Addr(a.dev(), a.cidr()));
        }
        return out;
    }

    static void addRoutes(Rtnetlink h, List<StaticRoute> routes) {
        if (routes.isEmpty()) {
            return;
        }
        List<RouteSpec> specs = new ArrayList<>();
        for (StaticRoute r : routes) {
            specs.add(spec(r));
        }
        h.routes().addAll(specs).throwIfFailed();
    }

    static void deleteRoute(Rtnetlink h, RouteState r) {
        RouteSpec s = RouteSpec.to(r.to());
        if (r.via() != null) {
            s = s.withVia(r.via());
        }
        h.routes().deleteIfExists(s);
    }

    private static RouteSpec spec(StaticRoute r) {
        return RouteSpec.to(r.to()).withVia(r.via());
    }

    /** The IPv4 routes of the main table. */
    static List<RouteState> routes(Rtnetlink h) {
        List<RouteState> out = new ArrayList<>();
        for (Route r : h.routes().list(RouteFilter.main().withFamily(AddressFamily.INET))) {
            out.add(new RouteState(r.destination(), r.gateway(), r.dev(), r.type().toString(), r.protocol().toString()));
        }
        return out;
    }

    // ---- sysctl and ping -----------------------------------------------------------------------

    /**
     * No IPv6 on the devices of the handle's namespace, those there and those to come: the lab's
     * own namespace holds only bridges and ports, which need no addresses, and whose IPv6 router
     * solicitations and listener reports would otherwise flood every switch of a large lab.
     */
    static void disableIpv6(Rtnetlink h) {
        h.sysctl().set("net.ipv6.conf.default.disable_ipv6", "1");
        h.sysctl().set("net.ipv6.conf.all.disable_ipv6", "1");
    }

    static boolean forwarding(Rtnetlink h) {
        return h.sysctl().ipForwarding();
    }

    static void setForwarding(Rtnetlink h, boolean on) {
        h.sysctl().setIpForwarding(on);
    }

    /** One echo request: its round trip, or {@code null} and the reason in {@code error[0]}. */
    static Duration ping(Rtnetlink h, InetAddress target, Duration timeout, String[] error) throws InterruptedException {
        PingResult r = h.ping().ping(target, 1, timeout);
        if (r.ok()) {
            return r.roundTrips().getFirst();
        }
        error[0] = r.errors().isEmpty() ? null : r.errors().getFirst().replaceFirst("^icmp_seq=\\d+: ", "");
        return null;
    }

    // ---- traffic control ---------------------------------------------------------------------

    /**
     * The root qdisc of {@code dev} for {@code imp}'s rate, delay and jitter: netem for a delay
     * (with its own rate cap), tbf for a rate alone, the kernel's default for neither.
     *
     * @throws UnsupportedOperationException for a delay on a kernel without netem
     */
    static void setQdisc(Rtnetlink h, String dev, Impairment imp, int mtu) {
        if (!imp.delay().isZero() || !imp.jitter().isZero()) {
            Netem n = Netem.of().withDelay(imp.delay()).withJitter(imp.jitter());
            if (imp.rate() > 0) {
                n = n.withRate(Rate.ofBitsPerSecond(imp.rate()));
            }
            try {
                h.qdiscs().replace(QdiscSpec.root(dev, n));
            } catch (NotFoundException e) {
                throw new UnsupportedOperationException("delay and jitter (" + imp + " on " + dev + ") need the netem"
                        + " qdisc (sch_netem, CONFIG_NET_SCH_NETEM), which this kernel does not have; rate and loss work"
                        + " without it", e);
            }
        } else if (imp.rate() > 0) {
            // tbf drops packets larger than its bucket: at least a full frame, else 10 ms of traffic.
            long burst = Math.max(mtu + 64L, imp.rate() / 8 / 100);
            h.qdiscs().replace(QdiscSpec.root(dev, Tbf.of(Rate.ofBitsPerSecond(imp.rate())).withBurst(burst)
                    .withLatency(Duration.ofMillis(50))));
        } else {
            h.qdiscs().deleteIfExists(QdiscSpec.root(dev));
        }
    }

    /** The rate, delay and jitter the root qdiscs of the handle's devices give them: device to impairment. */
    static Map<String, Impairment> qdiscs(Rtnetlink h) {
        Map<String, Impairment> out = new HashMap<>();
        for (Qdisc q : h.qdiscs().list()) {
            if (!q.parent().equals(TcHandle.ROOT)) {
                continue;
            }
            if (q.kind() instanceof Tbf t) {
                out.put(q.dev(), Impairment.NONE.withRate(t.rate().bitsPerSecond()));
            } else if (q.kind() instanceof Netem n) {
                Impairment i = Impairment.NONE.withDelay(n.delay()).withJitter(n.jitter());
                out.put(q.dev(), n.rate() == null ? i : i.withRate(n.rate().bitsPerSecond()));
            }
        }
        return out;
    }

    // ---- processes -----------------------------------------------------------------------------

    /** A child process inside {@code ns} (it inherits the namespace, and so do its children). */
    static Process start(NetNs ns, ProcessBuilder builder) throws java.io.IOException {
        return ns.start(builder);
    }
}
