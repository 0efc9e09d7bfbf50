package io.netlink4j.examples.run;

import io.netlink4j.core.Cidr;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.examples.model.Check;
import io.netlink4j.examples.model.Op;
import io.netlink4j.examples.model.Place;
import io.netlink4j.route.Address;
import io.netlink4j.route.Bridge;
import io.netlink4j.route.Link;
import io.netlink4j.route.PingResult;
import io.netlink4j.route.Route;
import io.netlink4j.route.RouteHandle;
import io.netlink4j.route.RouteSpec;
import io.netlink4j.route.Veth;
import java.net.InetAddress;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Performs the examples' ops and checks through netlink4j alone: a {@link RouteHandle} per
 * namespace, {@link NetNs} for named namespaces, {@link Nat} (netlink-netfilter) for masquerade. Nothing is forked.
 *
 * <p>In the sandbox, "the host" is a handle on the sandbox namespace, opened by name: if the
 * sandbox is missing the op fails, it never falls back to the machine's own namespace.
 */
public final class LibraryKernel implements Kernel {
    private static final int AF_INET = 2;
    private static final int RT_TABLE_MAIN = 254;
    private static final int PING_COUNT = 3;
    private static final Duration PING_TIMEOUT = Duration.ofSeconds(1);

    private final Target target;
    private final Map<String, RouteHandle> handles = new LinkedHashMap<>();
    private final Set<String> made = new HashSet<>();

    /** A kernel for {@code target}; handles are opened on first use. */
    public LibraryKernel(Target target) {
        this.target = target;
    }

    private String key(Place p) {
        if (!p.isHost()) {
            return p.namespace();
        }
        return target.isHost() ? "" : target.sandbox();
    }

    private RouteHandle handle(Place p) {
        return handles.computeIfAbsent(key(p), k -> k.isEmpty() ? RouteHandle.open() : RouteHandle.open(k));
    }

    private void forget(String ns) {
        RouteHandle h = handles.remove(ns);
        if (h != null) {
            h.close();
        }
    }

    @Override
    public String apply(Op op) {
        switch (op) {
            case Op.CreateNs c -> {
                NetNs.create(c.name()).close();
                made.add("ns:" + c.name());
            }
            case Op.DeleteNs d -> {
                forget(d.name());
                return NetNs.deleteIfExists(d.name()) ? "deleted" : "not there";
            }
            case Op.AddVeth v -> {
                if (v.peerNs() == null) {
                    handle(v.at()).links().add(Veth.of(v.name(), v.peer()));
                    made.add("link:" + v.peer());
                } else {
                    try (NetNs peerNs = NetNs.named(v.peerNs())) {
                        handle(v.at()).links().add(Veth.of(v.name(), v.peer(), peerNs));
                    }
                }
                made.add("link:" + v.name());
            }
            case Op.AddBridge b -> {
                handle(b.at()).links().add(Bridge.of(b.name()));
                made.add("link:" + b.name());
            }
            case Op.DeleteLink d -> {
                return handle(d.at()).links().deleteIfExists(d.name()) ? "deleted" : "not there";
            }
            case Op.MoveTo m -> handle(m.at()).links().moveTo(m.dev(), m.ns());
            case Op.SetMaster m -> handle(m.at()).links().setMaster(m.dev(), m.bridge());
            case Op.SetUp u -> handle(u.at()).links().setUp(u.dev());
            case Op.AddAddress a -> handle(a.at()).addresses().add(a.dev(), a.cidr());
            case Op.AddRoute r -> handle(r.at()).routes().add(r.destination(), r.dev());
            case Op.AddDefault d -> {
                RouteHandle h = handle(d.at());
                if (d.via() == null) {
                    h.routes().add(RouteSpec.defaultRoute().dev(d.dev()));
                } else if (d.dev() == null) {
                    h.routes().addDefault(d.via());
                } else {
                    h.routes().addDefault(d.via(), d.dev());
                }
            }
            case Op.IpForward f -> handle(f.at()).sysctl().setIpForwarding(true);
            case Op.Masquerade m -> {
                Nat.masquerade(handle(m.at()).namespace(), m.table(), m.outInterface());
                made.add("nft:" + m.table());
            }
            case Op.MasqueradeSource m -> {
                Nat.masqueradeSource(handle(m.at()).namespace(), m.table(), m.source(), m.notOutInterface());
                made.add("nft:" + m.table());
            }
            case Op.DeleteNftTable d -> {
                return Nat.deleteTableIfExists(handle(d.at()).namespace(), d.table()) ? "deleted" : "not there";
            }
            case Op.Nothing n -> {
                return "";
            }
        }
        return "";
    }

    @Override
    public Outcome check(Check check) {
        Place at = switch (check) {
            case Check.LinkUp c -> c.at();
            case Check.HasAddress c -> c.at();
            case Check.HasRoute c -> c.at();
            case Check.Master c -> c.at();
            case Check.Forwarding c -> c.at();
            case Check.Ping c -> c.from();
            case Check.Internet c -> c.from();
            case Check.NsExists c -> null;
        };
        String ns = at == null ? "" : key(at);
        if (!ns.isEmpty() && !NetNs.exists(ns)) {
            return Outcome.fail("no namespace " + ns);
        }
        return switch (check) {
            case Check.NsExists n -> NetNs.exists(n.name())
                    ? Outcome.pass("/run/netns/" + n.name())
                    : Outcome.fail("no /run/netns/" + n.name());
            case Check.LinkUp l -> {
                Optional<Link> link = handle(l.at()).links().find(l.dev());
                if (link.isEmpty()) {
                    yield Outcome.fail("no device " + l.dev());
                }
                Link k = link.get();
                String state = "state " + k.operState() + ", index " + k.index();
                yield k.isUp() ? Outcome.pass("UP, " + state) : Outcome.fail("DOWN, " + state);
            }
            case Check.HasAddress a -> {
                Cidr want = Cidr.parse(a.cidr());
                List<Address> have = handle(a.at()).addresses().list(a.dev());
                yield have.stream().anyMatch(x -> want.equals(x.cidr()))
                        ? Outcome.pass("inet " + want)
                        : Outcome.fail("has " + have.stream().map(x -> x.cidr().toString()).toList());
            }
            case Check.HasRoute r -> route(r);
            case Check.Master m -> {
                RouteHandle h = handle(m.at());
                Link dev = h.links().get(m.dev());
                Link bridge = h.links().get(m.bridge());
                yield dev.masterIndex() == bridge.index()
                        ? Outcome.pass("master " + bridge.name() + " (index " + bridge.index() + ")")
                        : Outcome.fail(dev.masterIndex() == 0 ? "no master" : "master index " + dev.masterIndex());
            }
            case Check.Forwarding f -> handle(f.at()).sysctl().ipForwarding()
                    ? Outcome.pass("on") : Outcome.fail("off");
            case Check.Ping p -> ping(p.from(), p.target());
            case Check.Internet i -> ping(i.from(), target.internetAddress());
        };
    }

    private Outcome route(Check.HasRoute r) {
        RouteHandle h = handle(r.at());
        Cidr dst = r.destination() == null ? null : Cidr.parse(r.destination());
        InetAddress gw = r.gateway() == null ? null : Cidr.parseAddress(r.gateway());
        int dev = r.dev() == null ? 0 : h.indexOf(r.dev());
        List<Route> routes = h.routes().list(AF_INET).stream().filter(x -> x.table() == RT_TABLE_MAIN).toList();
        for (Route x : routes) {
            boolean dstOk = dst == null ? x.destination() == null || x.destination().prefixLength() == 0
                    : x.destination() != null && x.destination().prefixLength() == dst.prefixLength()
                            && x.destination().network().equals(dst.network());
            boolean gwOk = gw == null || gw.equals(x.gateway());
            boolean devOk = dev == 0 || x.outputIndex() == dev;
            if (dstOk && gwOk && devOk) {
                return Outcome.pass(describe(x, h));
            }
        }
        return Outcome.fail("main table has " + routes.stream().map(x -> describe(x, h)).toList());
    }

    private static String describe(Route r, RouteHandle h) {
        String dev = "";
        if (r.outputIndex() > 0) {
            try {
                dev = " dev " + h.links().get(r.outputIndex()).name();
            } catch (RuntimeException e) {
                dev = " dev #" + r.outputIndex();
            }
        }
        return (r.destination() == null ? "default" : r.destination().toString())
                + (r.gateway() == null ? "" : " via " + r.gateway().getHostAddress()) + dev;
    }

    private Outcome ping(Place from, String address) {
        PingResult r = handle(from).ping().ping(address, PING_COUNT, PING_TIMEOUT);
        String summary = r.summary();
        String detail = summary.substring(summary.indexOf(": ") + 2);
        return r.ok() ? Outcome.pass(detail) : Outcome.fail(detail);
    }

    @Override
    public boolean namespaceExists(String name) {
        return NetNs.exists(name);
    }

    @Override
    public boolean madeByThisRun(Op deleteOp) {
        return switch (deleteOp) {
            case Op.DeleteNs d -> made.contains("ns:" + d.name());
            case Op.DeleteLink d -> made.contains("link:" + d.name());
            case Op.DeleteNftTable d -> made.contains("nft:" + d.table());
            default -> false;
        };
    }

    @Override
    public void close() {
        RuntimeException first = null;
        for (RouteHandle h : handles.values()) {
            try {
                h.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        handles.clear();
        if (first != null) {
            throw first;
        }
    }
}
