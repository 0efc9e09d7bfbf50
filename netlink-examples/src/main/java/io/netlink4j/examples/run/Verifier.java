package io.netlink4j.examples.run;

import io.netlink4j.core.AddressFamily;
import io.netlink4j.core.Cidr;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.examples.model.Check;
import io.netlink4j.examples.model.Op;
import io.netlink4j.examples.model.Place;
import io.netlink4j.route.PingResult;
import io.netlink4j.route.Rtnetlink;
import io.netlink4j.route.address.Address;
import io.netlink4j.route.address.AddressFilter;
import io.netlink4j.route.link.Link;
import io.netlink4j.route.route.Route;
import io.netlink4j.route.route.RouteFilter;
import io.netlink4j.route.route.RouteLookup;
import java.net.InetAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code verify}: each check read back through the library the way the articles' test scripts
 * look with {@code ip}, {@code tc}, {@code bridge} and {@code ping} — and traffic measured with
 * sockets made inside the namespaces. A check that cannot be made is a failed check, never an
 * exception.
 */
final class Verifier {
    private static final int PING_COUNT = 3;
    private static final Duration PING_TIMEOUT = Duration.ofSeconds(1);
    /** How long a ping that must not be answered waits: replies on a veth take microseconds. */
    private static final Duration SILENCE = Duration.ofMillis(300);
    private static final Duration FORWARD_WARMUP = Duration.ofMillis(300);
    private static final Duration FORWARD_WINDOW = Duration.ofMillis(1200);
    private static final Duration FAST_WARMUP = Duration.ofMillis(200);
    private static final Duration FAST_WINDOW = Duration.ofMillis(400);

    private final LibraryKernel kernel;
    private final Target target;
    /** Payload bytes each measured flow delivered, by destination address, for the class counter checks. */
    private final Map<String, Long> measured = new HashMap<>();

    Verifier(LibraryKernel kernel, Target target) {
        this.kernel = kernel;
        this.target = target;
    }

    private Rtnetlink h(Place p) {
        return kernel.handle(p);
    }

    Outcome check(Check check) {
        Place at = place(check);
        String ns = at == null ? "" : kernel.key(at);
        if (!ns.isEmpty() && !NetNs.exists(ns)) {
            return Outcome.fail("no namespace " + ns);
        }
        try {
            return run(check);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.fail("interrupted");
        } catch (java.io.IOException e) {
            return Outcome.fail(e.getMessage());
        }
    }

    private static Place place(Check check) {
        return switch (check) {
            case Check.LinkUp c -> c.at();
            case Check.HasAddress c -> c.at();
            case Check.HasRoute c -> c.at();
            case Check.Master c -> c.at();
            case Check.Forwarding c -> c.at();
            case Check.Ping c -> c.from();
            case Check.NoPing c -> c.from();
            case Check.Internet c -> c.from();
            case Check.RouteGet c -> c.at();
            case Check.PathVia c -> c.from();
            case Check.Throughput c -> c.from();
            case Check.ClassCarried c -> c.at();
            case Check.PingRtt c -> c.from();
            case Check.IfKernelHas c -> place(c.check());
            case Check.Has c -> null;
            case Check.NsExists c -> null;
        };
    }

    private Outcome run(Check check) throws InterruptedException, java.io.IOException {
        return switch (check) {
            case Check.NsExists n -> Outcome.of(NetNs.exists(n.name()),
                    (NetNs.exists(n.name()) ? "" : "no ") + "/run/netns/" + n.name());
            case Check.LinkUp l -> linkUp(l);
            case Check.HasAddress a -> hasAddress(a);
            case Check.HasRoute r -> route(r);
            case Check.Master m -> {
                Link dev = h(m.at()).links().get(m.dev());
                yield Outcome.of(m.bridge().equals(dev.master()),
                        dev.master() == null ? "no master" : "master " + dev.master() + " (index " + dev.masterIndex() + ")");
            }
            case Check.Forwarding f -> {
                boolean on = h(f.at()).sysctl().ipForwarding();
                yield Outcome.of(on, on ? "on" : "off");
            }
            case Check.Ping p -> ping(p.from(), p.target());
            case Check.NoPing p -> {
                PingResult r = h(p.from()).ping().ping(p.target(), 1, SILENCE);
                yield Outcome.of(!r.ok(), r.ok() ? "it answered: " + detail(r) : "no answer in " + SILENCE.toMillis() + " ms");
            }
            case Check.Internet i -> ping(i.from(), target.internetAddress());
            case Check.Has c -> Readback.has(kernel, c.op());
            case Check.RouteGet g -> routeGet(g);
            case Check.PathVia p -> pathVia(p);
            case Check.Throughput t -> throughput(t);
            case Check.ClassCarried c -> Readback.classCarried(h(c.at()), c, measured.get(c.flowAddress()));
            case Check.PingRtt p -> pingRtt(p);
            case Check.IfKernelHas k -> {
                Optional<String> why = kernel.lacks(k.qdiscKind());
                yield why.isPresent() ? Outcome.skip(why.get()) : run(k.check());
            }
        };
    }

    private Outcome linkUp(Check.LinkUp l) {
        Optional<Link> link = h(l.at()).links().find(l.dev());
        if (link.isEmpty()) {
            return Outcome.fail("no device " + l.dev());
        }
        Link k = link.get();
        String state = "state " + k.operState() + ", index " + k.index();
        return Outcome.of(k.isUp(), (k.isUp() ? "UP, " : "DOWN, ") + state);
    }

    private Outcome hasAddress(Check.HasAddress a) {
        Cidr want = Cidr.parse(a.cidr());
        List<Address> have = h(a.at()).addresses().list(AddressFilter.dev(a.dev()));
        return have.stream().anyMatch(x -> want.equals(x.cidr()))
                ? Outcome.pass("inet " + want)
                : Outcome.fail("has " + have.stream().map(x -> x.cidr().toString()).toList());
    }

    private Outcome route(Check.HasRoute r) {
        Cidr dst = r.destination() == null ? null : Cidr.parse(r.destination());
        InetAddress gw = r.gateway() == null ? null : Cidr.parseAddress(r.gateway());
        List<Route> routes = h(r.at()).routes().list(RouteFilter.main().withFamily(AddressFamily.INET));
        for (Route x : routes) {
            boolean dstOk = dst == null ? x.isDefault() : dst.equals(x.destination());
            boolean gwOk = gw == null || gw.equals(x.gateway());
            boolean devOk = r.dev() == null || r.dev().equals(x.dev());
            if (dstOk && gwOk && devOk) {
                return Outcome.pass(describe(x));
            }
        }
        return Outcome.fail("main table has " + routes.stream().map(Verifier::describe).toList());
    }

    static String describe(Route r) {
        return (r.isDefault() ? "default" : r.destination().toString())
                + (r.gateway() == null ? "" : " via " + r.gateway().getHostAddress())
                + (r.dev() == null ? "" : " dev " + r.dev());
    }

    private Outcome ping(Place from, String address) throws InterruptedException {
        PingResult r = h(from).ping().ping(address, PING_COUNT, PING_TIMEOUT);
        return Outcome.of(r.ok(), detail(r));
    }

    private static String detail(PingResult r) {
        String summary = r.summary();
        return summary.substring(summary.indexOf(": ") + 2);
    }

    private Outcome routeGet(Check.RouteGet g) {
        RouteLookup l = RouteLookup.to(g.to());
        if (g.from() != null) {
            l = l.withFrom(g.from());
        }
        if (g.iif() != null) {
            l = l.withIif(g.iif());
        }
        if (g.mark() != 0) {
            l = l.withMark(g.mark());
        }
        Route r = h(g.at()).routes().lookup(l);
        String via = r.gateway() == null ? null : r.gateway().getHostAddress();
        return Outcome.of(g.via().equals(via) && g.dev().equals(r.dev()),
                (via == null ? "no gateway" : "via " + via) + " dev " + r.dev()
                        + (r.table() == null ? "" : " table " + r.table()));
    }

    private Outcome pathVia(Check.PathVia p) throws InterruptedException {
        long viaBefore = received(p.via(), p.dev());
        long otherBefore = received(p.other(), p.otherDev());
        PingResult r = h(p.from()).ping().ping(p.target(), PING_COUNT, p.answered() ? PING_TIMEOUT : SILENCE);
        long viaGot = received(p.via(), p.dev()) - viaBefore;
        long otherGot = received(p.other(), p.otherDev()) - otherBefore;
        boolean answerOk = p.answered() ? r.received() == PING_COUNT : r.received() == 0;
        // The other link must not carry the pings (a stray ARP probe may still count one packet there).
        boolean pathOk = viaGot >= PING_COUNT && otherGot < PING_COUNT;
        return Outcome.of(answerOk && pathOk, r.received() + "/" + PING_COUNT + " answered; " + p.via() + " "
                + p.dev() + " received +" + viaGot + ", " + p.other() + " " + p.otherDev() + " +" + otherGot);
    }

    private long received(Place at, String dev) {
        return h(at).links().get(dev).stats().rxPackets();
    }

    private Outcome throughput(Check.Throughput t) throws InterruptedException, java.io.IOException {
        boolean bounded = !Double.isInfinite(t.maxMbit());
        TcpMeter.Result r = TcpMeter.measure(h(t.from()).namespace(), h(t.to()).namespace(), t.address(),
                bounded ? FORWARD_WARMUP : FAST_WARMUP, bounded ? FORWARD_WINDOW : FAST_WINDOW);
        measured.put(t.address(), r.bytes());
        double m = r.megabitsPerSecond();
        return Outcome.of(m >= t.minMbit() && m <= t.maxMbit(), r + (bounded
                ? String.format(Locale.ROOT, ", wanted %.1f..%.1f", t.minMbit(), t.maxMbit())
                : String.format(Locale.ROOT, ", wanted over %.0f", t.minMbit())));
    }

    private Outcome pingRtt(Check.PingRtt p) throws InterruptedException {
        PingResult r = h(p.from()).ping().ping(p.target(), p.count(), PING_TIMEOUT.plusMillis(p.minRttMillis() * 2));
        Duration min = Duration.ofMillis(p.minRttMillis());
        boolean ok = r.ok() && r.min().orElseThrow().compareTo(min) >= 0;
        return Outcome.of(ok, detail(r));
    }
}
