package io.netlink4j.examples.catalog;

import static io.netlink4j.examples.catalog.Dsl.*;

import io.netlink4j.examples.model.Article;
import io.netlink4j.examples.model.Check;
import io.netlink4j.examples.model.Example;
import io.netlink4j.examples.model.Op;
import io.netlink4j.examples.model.Place;
import io.netlink4j.examples.model.Section;
import io.netlink4j.examples.model.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * Traffic control beyond the articles (issue 12): tc-a and tc-b joined by veth-a/veth-b,
 * 10.10.0.1-2/24, then a shaper, a class tree, or an impairment on veth-a's egress.
 */
final class Tc {
    private static final String A = "tc-a";
    private static final String B = "tc-b";
    private static final Place PA = Place.ns(A);
    private static final Place PB = Place.ns(B);

    private Tc() {}

    private static Section pair() {
        return Section.of("Two namespaces joined by a veth pair",
                netnsAdd(A),
                netnsAdd(B),
                Step.of(in(PA, "ip link add veth-a type veth peer name veth-b netns " + B),
                        new Op.AddVeth(PA, "veth-a", "veth-b", B)),
                addr(PA, "10.10.0.1/24", "veth-a"),
                addr(PB, "10.10.0.2/24", "veth-b"),
                up(PA, "veth-a"),
                up(PB, "veth-b"));
    }

    private static List<Check> pairChecks() {
        return new ArrayList<>(List.of(
                new Check.NsExists(A),
                new Check.NsExists(B),
                new Check.LinkUp(PA, "veth-a"),
                new Check.LinkUp(PB, "veth-b"),
                new Check.HasAddress(PA, "veth-a", "10.10.0.1/24"),
                new Check.HasAddress(PB, "veth-b", "10.10.0.2/24"),
                new Check.Ping(PA, "10.10.0.2")));
    }

    private static Step tc(Op op, String command) {
        return Step.of(in(placeOf(op), command), op);
    }

    private static Place placeOf(Op op) {
        return switch (op) {
            case Op.AddTbf t -> t.at();
            case Op.AddHtb h -> h.at();
            case Op.AddHtbClass c -> c.at();
            case Op.AddU32 f -> f.at();
            case Op.AddNetem n -> n.at();
            default -> throw new IllegalArgumentException("not a tc op: " + op);
        };
    }

    static Example shaping() {
        Op.AddTbf tbf = new Op.AddTbf(PA, "veth-a", "8mbit", "32kb", "50ms");
        Section shape = Section.of("Shape veth-a's egress to 8 Mbit/s",
                        tc(tbf, "tc qdisc add dev veth-a root tbf rate 8mbit burst 32kb latency 50ms"))
                .note("tbf (token bucket filter) lets veth-a send 8 Mbit/s on average and bursts of 32 KiB; a packet"
                        + " that would wait longer than 50 ms is dropped. Only egress is shaped: tc-b -> tc-a runs"
                        + " at whatever the veth does");
        List<Check> c = pairChecks();
        c.add(new Check.Has(tbf));
        c.add(new Check.Throughput(PA, PB, "10.10.0.2", 6.4, 9.6, "about 8 Mbit/s (within 20%)"));
        c.add(new Check.Throughput(PB, PA, "10.10.0.1", 40, Double.POSITIVE_INFINITY,
                "unshaped, far higher (over 40 Mbit/s)"));
        return new Example("tc-shaping", Article.TC,
                "tc-a/tc-b over veth-a/veth-b 10.10.0.1-2/24, tbf 8mbit burst 32kb latency 50ms on veth-a",
                List.of(pair(), shape), c);
    }

    static Example classes() {
        Op.AddHtb htb = new Op.AddHtb(PA, "veth-a", "1:", "30");
        Op.AddHtbClass parent = new Op.AddHtbClass(PA, "veth-a", "1:", "1:1", "20mbit", null);
        Op.AddHtbClass slow = new Op.AddHtbClass(PA, "veth-a", "1:1", "1:10", "4mbit", "4mbit");
        Op.AddHtbClass fast = new Op.AddHtbClass(PA, "veth-a", "1:1", "1:20", "12mbit", "12mbit");
        Op.AddU32 toSlow = new Op.AddU32(PA, "veth-a", "1:", 1, "10.10.0.2/32", "1:10");
        Op.AddU32 toFast = new Op.AddU32(PA, "veth-a", "1:", 1, "10.10.0.3/32", "1:20");
        Section second = Section.of("A second address behind veth-b", addr(PB, "10.10.0.3/24", "veth-b"));
        Section tree = Section.of("An htb tree on veth-a, and filters that classify by destination",
                        tc(htb, "tc qdisc add dev veth-a root handle 1: htb default 30"),
                        tc(parent, "tc class add dev veth-a parent 1: classid 1:1 htb rate 20mbit"),
                        tc(slow, "tc class add dev veth-a parent 1:1 classid 1:10 htb rate 4mbit ceil 4mbit"),
                        tc(fast, "tc class add dev veth-a parent 1:1 classid 1:20 htb rate 12mbit ceil 12mbit"),
                        tc(toSlow, "tc filter add dev veth-a parent 1: protocol ip prio 1 u32 match ip dst"
                                + " 10.10.0.2/32 flowid 1:10"),
                        tc(toFast, "tc filter add dev veth-a parent 1: protocol ip prio 1 u32 match ip dst"
                                + " 10.10.0.3/32 flowid 1:20"))
                .note("traffic to 10.10.0.2 goes to class 1:10 (4 Mbit/s, ceil 4: it may not borrow), traffic to"
                        + " 10.10.0.3 to 1:20 (12 Mbit/s); both under 1:1 (20 Mbit/s). Anything unclassified goes to"
                        + " the default 1:30, which does not exist, so htb sends it unshaped");
        List<Check> c = pairChecks();
        c.add(new Check.HasAddress(PB, "veth-b", "10.10.0.3/24"));
        for (Op op : List.of(htb, parent, slow, fast, toSlow, toFast)) {
            c.add(new Check.Has(op));
        }
        c.add(new Check.Throughput(PA, PB, "10.10.0.2", 3.2, 4.8, "class 1:10, about 4 Mbit/s (within 20%)"));
        c.add(new Check.Throughput(PA, PB, "10.10.0.3", 9.6, 14.4, "class 1:20, about 12 Mbit/s (within 20%)"));
        c.add(new Check.ClassCarried(PA, "veth-a", "1:10", "1:1", "10.10.0.2"));
        c.add(new Check.ClassCarried(PA, "veth-a", "1:20", "1:1", "10.10.0.3"));
        return new Example("tc-classes", Article.TC,
                "tc-shaping's pair + 10.10.0.3 on veth-b; htb 1: default 30, 1:1 20mbit, 1:10 4mbit, 1:20 12mbit, u32 by dst",
                List.of(pair(), second, tree), c);
    }

    static Example netem() {
        Op.AddNetem netem = new Op.AddNetem(PA, "veth-a", "50ms", "1%");
        Section impair = Section.of("Impair veth-a: 50 ms of delay, 1% loss",
                        tc(netem, "tc qdisc add dev veth-a root netem delay 50ms loss 1%"))
                .note("netem needs the kernel's sch_netem (CONFIG_NET_SCH_NETEM). Where the kernel lacks it, up"
                        + " says so and goes on, and verify skips the checks that need it instead of failing");
        List<Check> c = pairChecks();
        c.add(new Check.IfKernelHas("netem", new Check.Has(netem)));
        c.add(new Check.IfKernelHas("netem", new Check.PingRtt(PA, "10.10.0.2", 5, 50)));
        return new Example("tc-netem", Article.TC,
                "tc-shaping's pair, netem delay 50ms loss 1% on veth-a (where the kernel has netem)",
                List.of(pair(), impair), c);
    }
}
