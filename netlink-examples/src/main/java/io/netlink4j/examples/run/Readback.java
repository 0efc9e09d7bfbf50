package io.netlink4j.examples.run;

import io.netlink4j.core.AddressFamily;
import io.netlink4j.core.Cidr;
import io.netlink4j.examples.model.Check;
import io.netlink4j.examples.model.Op;
import io.netlink4j.route.Rtnetlink;
import io.netlink4j.route.bridge.BridgePort;
import io.netlink4j.route.bridge.FdbEntry;
import io.netlink4j.route.bridge.FdbFilter;
import io.netlink4j.route.bridge.FdbSpec;
import io.netlink4j.route.route.Route;
import io.netlink4j.route.route.RouteFilter;
import io.netlink4j.route.route.RouteSpec;
import io.netlink4j.route.route.RouteTable;
import io.netlink4j.route.rule.Rule;
import io.netlink4j.route.rule.RuleSpec;
import io.netlink4j.route.tc.Filter;
import io.netlink4j.route.tc.Htb;
import io.netlink4j.route.tc.HtbClass;
import io.netlink4j.route.tc.Qdisc;
import io.netlink4j.route.tc.TcHandle;
import io.netlink4j.route.tc.TrafficClass;
import io.netlink4j.route.tc.U32;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link Check.Has}: what a step made, read back through the library ({@code tc qdisc|class|filter
 * show}, {@code ip rule}, {@code ip route show table}, {@code bridge fdb|link show}) and compared
 * with the spec the step sent.
 */
final class Readback {
    private Readback() {}

    static Outcome has(LibraryKernel kernel, Op op) {
        return switch (op) {
            case Op.AddTbf t -> qdisc(kernel.handle(t.at()), t.dev(), Specs.tbf(t));
            case Op.AddNetem n -> qdisc(kernel.handle(n.at()), n.dev(), Specs.netem(n));
            case Op.AddHtb h -> {
                Optional<Qdisc> q = root(kernel.handle(h.at()), h.dev());
                // the kernel reports its own r2q and direct_qlen too: compare what the step set
                boolean ok = q.isPresent() && q.get().kind() instanceof Htb got
                        && got.defaultClass() == Specs.htb(h).defaultClass()
                        && q.get().handle().equals(TcHandle.parse(h.handle()));
                yield Outcome.of(ok, q.map(Qdisc::toString).orElse("no root qdisc"));
            }
            case Op.AddHtbClass c -> htbClass(kernel.handle(c.at()), c);
            case Op.AddU32 f -> u32(kernel.handle(f.at()), f);
            case Op.AddRule r -> rule(kernel.handle(r.at()), Specs.rule(r));
            case Op.AddRoute r -> route(kernel.handle(r.at()), Specs.route(r));
            case Op.AddFdb f -> fdb(kernel.handle(f.at()), Specs.fdb(f));
            case Op.SetPortIsolated p -> {
                BridgePort port = kernel.handle(p.at()).bridgePorts().get(p.dev());
                yield Outcome.of(port.isolated() == p.isolated(), "isolated " + (port.isolated() ? "on" : "off")
                        + ", master " + port.master());
            }
            default -> Outcome.fail("no read-back for " + op.call());
        };
    }

    /** The device's root qdisc, as {@code tc qdisc show dev DEV} lists it. */
    private static Optional<Qdisc> root(Rtnetlink h, String dev) {
        return h.qdiscs().list(dev).stream().filter(q -> q.parent().equals(TcHandle.ROOT)).findFirst();
    }

    private static Outcome qdisc(Rtnetlink h, String dev, Object kind) {
        Optional<Qdisc> q = root(h, dev);
        return Outcome.of(q.isPresent() && q.get().kind().equals(kind), q.map(Qdisc::toString).orElse("no root qdisc"));
    }

    private static Outcome htbClass(Rtnetlink h, Op.AddHtbClass c) {
        HtbClass want = Specs.htbClass(c);
        TcHandle id = TcHandle.parse(c.classId());
        Optional<TrafficClass> got = h.classes().list(c.dev()).stream().filter(x -> x.classId().equals(id)).findFirst();
        if (got.isEmpty()) {
            return Outcome.fail("no class " + id + " on " + c.dev());
        }
        TrafficClass k = got.get();
        boolean ok = k.kind() instanceof HtbClass hc && hc.rate().equals(want.rate())
                && hc.ceil().equals(want.ceil()) && parentIs(k.parent(), TcHandle.parse(c.parent()));
        return Outcome.of(ok, k.toString());
    }

    /** A class right under its qdisc is reported with parent root ({@code tc} prints "root"). */
    private static boolean parentIs(TcHandle reported, TcHandle asked) {
        return reported.equals(asked) || (asked.minor() == 0 && reported.equals(TcHandle.ROOT));
    }

    private static Outcome u32(Rtnetlink h, Op.AddU32 f) {
        U32 want = Specs.u32(f);
        List<Filter> all = h.filters().list(f.dev(), f.parent());
        for (Filter x : all) {
            if (x.kind() instanceof U32 u && u.keys().equals(want.keys()) && Objects.equals(u.classId(), want.classId())
                    && x.priority() == f.priority()) {
                return Outcome.pass("filter prio " + x.priority() + " " + u);
            }
        }
        return Outcome.fail("filters: " + all.stream().map(x -> x.kind().toString()).toList());
    }

    private static Outcome rule(Rtnetlink h, RuleSpec want) {
        List<Rule> rules = h.rules().list(AddressFamily.INET);
        for (Rule r : rules) {
            if (Objects.equals(r.from(), want.from()) && Objects.equals(r.fwmark(), want.fwmark())
                    && Objects.equals(r.table(), want.table())) {
                return Outcome.pass(r.toString());
            }
        }
        return Outcome.fail("rules: " + rules);
    }

    private static Outcome route(Rtnetlink h, RouteSpec want) {
        RouteTable table = want.table() == null ? RouteTable.MAIN : want.table();
        List<Route> routes = h.routes().list(RouteFilter.table(table).withFamily(AddressFamily.INET));
        for (Route r : routes) {
            boolean dst = want.destination() == null ? r.isDefault() : want.destination().equals(r.destination());
            if (dst && Objects.equals(r.gateway(), want.gateway())
                    && (want.dev() == null || want.dev().equals(r.dev()))) {
                return Outcome.pass(Verifier.describe(r) + " table " + table);
            }
        }
        return Outcome.fail("table " + table + " has " + routes.stream().map(Verifier::describe).toList());
    }

    private static Outcome fdb(Rtnetlink h, FdbSpec want) {
        List<FdbEntry> entries = h.fdb().list(FdbFilter.port(want.dev()));
        for (FdbEntry e : entries) {
            if (e.mac().equals(want.mac()) && Objects.equals(e.dst(), want.dst()) && e.state() == want.state()) {
                return Outcome.pass(e.toString());
            }
        }
        return Outcome.fail(want.dev() + " has " + entries.stream()
                .map(e -> e.mac() + (e.dst() == null ? "" : " dst " + Cidr.format(e.dst())) + " " + e.state()).toList());
    }

    /** The class counted at least the flow's measured payload, and its parent at least as much as it. */
    static Outcome classCarried(Rtnetlink h, Check.ClassCarried c, Long flowBytes) {
        TcHandle id = TcHandle.parse(c.classId());
        TcHandle parentId = TcHandle.parse(c.parentId());
        List<TrafficClass> classes = h.classes().list(c.dev());
        Optional<TrafficClass> k = classes.stream().filter(x -> x.classId().equals(id)).findFirst();
        Optional<TrafficClass> p = classes.stream().filter(x -> x.classId().equals(parentId)).findFirst();
        if (k.isEmpty() || p.isEmpty()) {
            return Outcome.fail("no class " + (k.isEmpty() ? id : parentId) + " on " + c.dev());
        }
        long bytes = k.get().stats().bytes();
        long parent = p.get().stats().bytes();
        if (flowBytes == null) {
            return Outcome.fail("class " + id + " sent " + bytes + " bytes, but no flow to " + c.flowAddress()
                    + " was measured in this verify");
        }
        return Outcome.of(bytes >= flowBytes && parent >= bytes, "class " + id + " sent " + bytes + " bytes ("
                + k.get().stats().packets() + " packets) >= the " + flowBytes + " the receiver counted; " + parentId
                + " sent " + parent);
    }
}
