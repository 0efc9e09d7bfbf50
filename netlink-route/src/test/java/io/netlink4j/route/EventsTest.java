package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.AddressFamily;
import io.netlink4j.core.NetlinkTimeoutException;
import io.netlink4j.route.bridge.BridgePortState;
import io.netlink4j.route.link.Bridge;
import io.netlink4j.route.link.Link;
import io.netlink4j.route.link.LinkSpec;
import io.netlink4j.route.link.OperState;
import io.netlink4j.route.link.Veth;
import io.netlink4j.route.route.RouteTable;
import io.netlink4j.route.rule.RuleSpec;
import io.netlink4j.route.tc.FilterSpec;
import io.netlink4j.route.tc.Htb;
import io.netlink4j.route.tc.HtbClass;
import io.netlink4j.route.tc.QdiscSpec;
import io.netlink4j.route.tc.TcHandle;
import io.netlink4j.route.tc.TrafficClassSpec;
import io.netlink4j.route.tc.U32;
import io.netlink4j.route.testing.TestNs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Notifications: parsed link, bridge-port, address, route, rule and tc events, lost events, and waiting on them. */
class EventsTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    /** Events until one matching {@code type} and {@code p} arrives; fails after 5 s. */
    static <T extends RtnetlinkEvent> T nextOf(EventStream s, Class<T> type, Predicate<T> p) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            RtnetlinkEvent e = s.next(Duration.ofMillis(200));
            if (type.isInstance(e) && p.test(type.cast(e))) {
                return type.cast(e);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " within " + WAIT);
    }

    /** Every event until none comes for 300 ms. */
    static List<RtnetlinkEvent> drain(EventStream s) throws InterruptedException {
        List<RtnetlinkEvent> out = new ArrayList<>();
        RtnetlinkEvent e;
        while ((e = s.next(Duration.ofMillis(300))) != null) {
            out.add(e);
        }
        return out;
    }

    @Test
    void linkChangesArriveAsParsedLinkEventsNamingTheirPeers() throws InterruptedException {
        try (TestNs t = new TestNs(); EventStream events = t.handle.events().open(EventGroup.LINK)) {
            t.links().add(Veth.of("ev0", "ev1").withMtu(1300));
            LinkEvent created = nextOf(events, LinkEvent.class, e -> e.link().name().equals("ev0"));
            assertThat(created.removed()).isFalse();
            assertThat(created.link().mtu()).isEqualTo(1300);
            assertThat(created.link().kind()).isEqualTo("veth");
            t.links().setUp("ev0");
            LinkEvent up = nextOf(events, LinkEvent.class, e -> e.link().name().equals("ev0") && e.link().isUp());
            assertThat(up.link().index()).isEqualTo(created.link().index());
            assertThat(up.link().link()).isEqualTo("ev1");
            t.links().delete("ev1");
            LinkEvent gone = nextOf(events, LinkEvent.class, e -> e.removed() && e.link().name().equals("ev1"));
            assertThat(gone.link().kind()).isEqualTo("veth");
            assertThat(gone.toString()).startsWith("Deleted " + gone.link().index() + ": ev1");
        }
    }

    /**
     * Issue 10, item 7: {@code AF_BRIDGE} link messages are bridge-port notices. Joining and
     * leaving a bridge gives BridgePortEvents; the device itself is never reported removed, and
     * no link event comes without its kind.
     */
    @Test
    void bridgePortNoticesAreBridgePortEventsNotLinkEvents() throws InterruptedException {
        try (TestNs t = new TestNs(); EventStream events = t.handle.events().open(EventGroup.LINK)) {
            t.links().add(Veth.of("veth-x", "veth-y"));
            t.links().add(Bridge.of("br0"));
            drain(events);
            t.links().setMaster("veth-x", "br0");
            List<RtnetlinkEvent> joined = drain(events);
            t.links().setNoMaster("veth-x");
            List<RtnetlinkEvent> left = drain(events);

            assertThat(joined).filteredOn(BridgePortEvent.class::isInstance).map(BridgePortEvent.class::cast)
                    .anySatisfy(p -> {
                        assertThat(p.removed()).isFalse();
                        assertThat(p.port()).isEqualTo("veth-x");
                        assertThat(p.master()).isEqualTo("br0");
                        assertThat(p.state()).isEqualTo(BridgePortState.DISABLED); // the port is down
                        assertThat(p).hasToString("veth-x master br0 state disabled");
                    });
            assertThat(joined).filteredOn(LinkEvent.class::isInstance).map(LinkEvent.class::cast)
                    .anySatisfy(l -> assertThat(l.link().master()).isEqualTo("br0"));
            // Leaving, the bridge first reports the port disabled, then removed.
            assertThat(left).filteredOn(BridgePortEvent.class::isInstance).map(BridgePortEvent.class::cast)
                    .filteredOn(BridgePortEvent::removed).singleElement().satisfies(p -> {
                        assertThat(p.port()).isEqualTo("veth-x");
                        assertThat(p.master()).isEqualTo("br0");
                    });
            List<LinkEvent> links = new ArrayList<>();
            for (RtnetlinkEvent e : joined) {
                if (e instanceof LinkEvent l) {
                    links.add(l);
                }
            }
            for (RtnetlinkEvent e : left) {
                if (e instanceof LinkEvent l) {
                    links.add(l);
                }
            }
            assertThat(links).isNotEmpty().allSatisfy(l -> {
                assertThat(l.removed()).as(l.toString()).isFalse();
                assertThat(l.link().kind()).as(l.toString()).isIn("veth", "bridge");
            });
            assertThat(links.stream().filter(l -> l.link().name().equals("veth-x")).toList().getLast().link().master())
                    .as("veth-x as last reported").isNull();
            assertThat(t.links().get("veth-x").master()).isNull();
        }
    }

    /**
     * Issue 10, item 4, the issue's own scenario: x goes down, 300 bridges flood a tiny receive
     * queue, x comes up. A consumer that re-reads x on the overrun and applies the later events
     * must end with x up: no event older than the overrun may follow it.
     */
    @RepeatedTest(5)
    void afterAnOverrunNoOlderEventIsDelivered() throws InterruptedException {
        try (TestNs t = new TestNs()) {
            t.links().add(Veth.of("x", "x-peer"));
            t.links().setUp("x");
            try (EventStream events = t.handle.events().open(EventGroup.LINK)) {
                events.setReceiveBufferSize(1); // the kernel rounds it up to its minimum, a few KiB
                t.links().setDown("x");
                List<LinkSpec> bridges = new ArrayList<>();
                for (int i = 0; i < 300; i++) {
                    bridges.add(Bridge.of("b" + i));
                }
                t.links().addAll(bridges).throwIfFailed();
                t.links().setUp("x");

                Boolean xUp = null;
                int overruns = 0;
                RtnetlinkEvent e;
                while ((e = events.next(Duration.ofMillis(300))) != null) {
                    switch (e) {
                        case Overrun o -> {
                            overruns++;
                            xUp = t.links().get("x").isUp();
                        }
                        case LinkEvent l when l.link().name().equals("x") -> xUp = !l.removed() && l.link().isUp();
                        default -> { }
                    }
                }
                assertThat(overruns).as("the flood overran the queue").isPositive();
                assertThat(xUp).as("x as the consumer's model has it").isTrue();
                assertThat(t.links().get("x").isUp()).isTrue();
            }
        }
    }

    @Test
    void theStreamGoesOnAfterAnOverrun() throws InterruptedException {
        try (TestNs t = new TestNs(); EventStream events = t.handle.events().open(EventGroup.LINK)) {
            events.setReceiveBufferSize(1);
            List<LinkSpec> specs = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                specs.add(Veth.of("o" + i, "p" + i));
            }
            t.links().addAll(specs).throwIfFailed();
            List<RtnetlinkEvent> seen = drain(events);
            assertThat(seen).contains(Overrun.INSTANCE);
            assertThat(seen.stream().filter(LinkEvent.class::isInstance).count()).isLessThan(200);
            events.setReceiveBufferSize(1 << 20); // room again, so the next changes are not lost too
            t.links().delete("o0");
            LinkEvent gone = nextOf(events, LinkEvent.class, l -> l.removed() && l.link().name().equals("o0"));
            assertThat(gone.link().kind()).as("a whole parsed event, not a stale or truncated one").isEqualTo("veth");
            assertThat(gone.toString()).startsWith("Deleted " + gone.link().index() + ": o0");
        }
    }

    @Test
    void addressAndRouteChangesArriveParsedAndOtherNamespacesStaySilent() throws InterruptedException {
        try (TestNs t = new TestNs(); TestNs other = new TestNs();
             EventStream events = t.handle.events().open(EventGroup.ADDRESS, EventGroup.ROUTE)) {
            other.links().add(Veth.of("quiet0", "quiet1"));
            t.links().add(Veth.of("ad0", "ad1").withUp());
            t.ip("addr", "add", "10.9.9.1/24", "dev", "ad0");
            AddressEvent added = nextOf(events, AddressEvent.class, a -> !a.removed());
            assertThat(added.address().cidr()).hasToString("10.9.9.1/24");
            assertThat(added.address().dev()).as("the device named, not just its index").isEqualTo("ad0");
            t.ip("route", "add", "10.8.0.0/16", "via", "10.9.9.2");
            RouteEvent route = nextOf(events, RouteEvent.class, r -> !r.removed() && r.route().destination() != null
                    && r.route().destination().toString().equals("10.8.0.0/16"));
            assertThat(route.route().gateway().getHostAddress()).isEqualTo("10.9.9.2");
            assertThat(route.route().dev()).isEqualTo("ad0");
            t.ip("addr", "del", "10.9.9.1/24", "dev", "ad0");
            AddressEvent removed = nextOf(events, AddressEvent.class, AddressEvent::removed);
            assertThat(removed.address().cidr()).hasToString("10.9.9.1/24");
            drain(events);
            other.ip("addr", "add", "10.7.7.1/24", "dev", "quiet0");
            assertThat(events.next(Duration.ofMillis(200))).isNull();
        }
    }

    @Test
    void rulesAddedAndDeletedArriveAsRuleEvents() throws InterruptedException {
        try (TestNs t = TestNs.withIpv6(); EventStream events = t.handle.events().open(EventGroup.RULE)) {
            RuleSpec v4 = RuleSpec.from("10.2.0.0/24").withTable(RouteTable.of(100)).withPriority(100);
            RuleSpec v6 = RuleSpec.from("fd00:2::/64").withTable(RouteTable.of(200)).withPriority(200);
            t.handle.rules().add(v4);
            RuleEvent added = nextOf(events, RuleEvent.class, r -> r.rule().priority() == 100);
            assertThat(added.removed()).isFalse();
            assertThat(added.rule().family()).isEqualTo(AddressFamily.INET);
            assertThat(added.rule().from()).hasToString("10.2.0.0/24");
            assertThat(added.rule().table()).isEqualTo(RouteTable.of(100));
            assertThat(added).hasToString("100:\tfrom 10.2.0.0/24 lookup 100");
            t.handle.rules().add(v6);
            RuleEvent six = nextOf(events, RuleEvent.class, r -> r.rule().priority() == 200);
            assertThat(six.rule().family()).isEqualTo(AddressFamily.INET6);
            assertThat(six.rule().from()).hasToString("fd00:2::/64");
            // the witness: ip shows the rule the event describes
            assertThat(t.ip("rule", "show", "priority", "100")).contains("from 10.2.0.0/24 lookup 100");
            t.handle.rules().delete(v4);
            RuleEvent deleted = nextOf(events, RuleEvent.class, RuleEvent::removed);
            assertThat(deleted.rule()).isEqualTo(added.rule());
            assertThat(deleted).hasToString("Deleted 100:\tfrom 10.2.0.0/24 lookup 100");
            assertThat(t.ip("rule", "show", "priority", "100")).isBlank();
        }
    }

    @Test
    void qdiscsClassesAndFiltersArriveAsTcEvents() throws InterruptedException {
        try (TestNs t = new TestNs(); EventStream events = t.handle.events().open(EventGroup.TC)) {
            t.veth("veth-a", "veth-b");
            drain(events); // the default qdiscs the veth got on coming up
            t.handle.qdiscs().add(QdiscSpec.root("veth-a", Htb.of().withDefault("30")).withHandle("1:"));
            QdiscEvent q = nextOf(events, QdiscEvent.class, e -> e.qdisc().kind() instanceof Htb);
            assertThat(q.removed()).isFalse();
            assertThat(q.qdisc().dev()).isEqualTo("veth-a");
            assertThat(q.qdisc().handle()).isEqualTo(TcHandle.parse("1:"));
            assertThat(q.qdisc().parent()).isEqualTo(TcHandle.ROOT);
            t.handle.classes().add(TrafficClassSpec.of("veth-a", "1:", "1:10", HtbClass.of("4mbit").withCeil("4mbit")));
            TrafficClassEvent c = nextOf(events, TrafficClassEvent.class, e -> !e.removed());
            assertThat(c.trafficClass().classId()).isEqualTo(TcHandle.parse("1:10"));
            assertThat(c.trafficClass().dev()).isEqualTo("veth-a");
            assertThat(c.trafficClass().kind()).isEqualTo(t.handle.classes().list("veth-a").getFirst().kind());
            t.handle.filters().add(FilterSpec.of("veth-a", "1:", U32.of().matchIpDst("10.10.0.2/32").withClassId("1:10"))
                    .withProtocol("ip").withPriority(1));
            FilterEvent f = nextOf(events, FilterEvent.class, e -> e.filter().kind() instanceof U32 u && !u.keys().isEmpty());
            assertThat(f.filter().dev()).isEqualTo("veth-a");
            assertThat(f.filter().priority()).isEqualTo(1);
            assertThat(f.filter().kind().toString()).isEqualTo("u32 match 0a0a0002/ffffffff at 16 flowid 1:10");
            t.handle.qdiscs().delete(QdiscSpec.root("veth-a"));
            QdiscEvent gone = nextOf(events, QdiscEvent.class, e -> e.removed() && e.qdisc().kind() instanceof Htb);
            assertThat(gone.qdisc().handle()).isEqualTo(TcHandle.parse("1:"));
            assertThat(gone.toString()).startsWith("deleted qdisc htb 1: dev veth-a root");
        }
    }

    @Test
    void aStreamOutlivesTheHandleThatOpenedIt() throws InterruptedException {
        try (TestNs t = new TestNs()) {
            t.links().add(Bridge.of("br0"));
            EventStream events;
            try (Rtnetlink h = Rtnetlink.open(t.ns)) {
                events = h.events().open(EventGroup.LINK);
            }
            try (events) {
                t.links().add(Veth.of("late0", "late1").withMaster("br0"));
                LinkEvent e = nextOf(events, LinkEvent.class, l -> l.link().name().equals("late0") && l.link().masterIndex() != 0);
                assertThat(e.link().masterIndex()).isEqualTo(t.links().get("br0").index());
                assertThat(e.link().master()).as("no handle left to name it").isNull();
            }
        }
    }

    /** Issue 10, item 8: a wait of Long.MAX_VALUE milliseconds is a wait for good, not an ArithmeticException. */
    @Test
    @SuppressWarnings("try") // closing the stream from another thread while it is read is what this tests
    void anEndlessTimeoutWaitsForTheNextEventOrTheClose() throws Exception {
        try (TestNs t = new TestNs(); EventStream events = t.handle.events().open(EventGroup.LINK)) {
            t.links().add(Bridge.of("br0"));
            assertThat(events.next(Duration.ofMillis(Long.MAX_VALUE))).isInstanceOf(LinkEvent.class);
            drain(events);
            Thread closer = Thread.ofPlatform().start(() -> {
                sleep(200);
                events.close();
            });
            assertThat(events.next(Duration.ofMillis(Long.MAX_VALUE))).isNull();
            closer.join();
        }
    }

    @Test
    void waitForSeesAChangeMadeLaterAndTimesOutClearly() throws Exception {
        try (TestNs t = new TestNs()) {
            t.links().add(Veth.of("w0", "w1"));
            Thread later = Thread.ofPlatform().start(() -> {
                sleep(150);
                t.links().setUp("w1");
                t.links().setUp("w0");
                t.links().add(Bridge.of("late0"));
            });
            Link w0 = t.links().waitFor("w0", l -> l.operState() == OperState.UP, WAIT);
            assertThat(w0.isUp()).isTrue();
            assertThat(w0.link()).isEqualTo("w1");
            assertThat(t.links().waitFor("late0", l -> true, WAIT).kind()).isEqualTo("bridge");
            later.join();
            assertThatThrownBy(() -> t.links().waitFor("never0", l -> true, Duration.ofMillis(200)))
                    .isInstanceOf(NetlinkTimeoutException.class)
                    .hasMessage("wait for link never0: not within PT0.2S (last seen: no such link)");
            assertThatThrownBy(() -> t.links().waitFor("w0", l -> l.mtu() == 1, Duration.ofMillis(200)))
                    .isInstanceOf(NetlinkTimeoutException.class).hasMessageContaining("last seen: " + w0.index() + ": w0@w1");
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
