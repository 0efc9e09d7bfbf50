package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.Errno;
import io.netlink4j.core.NetlinkException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Notifications: parsed link events, raw address events, lost events, and waiting on them. */
class EventsTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    /** Events until one matching {@code type} arrives; fails after 5 s. */
    private static <T extends RouteEvent> T nextOf(EventStream s, Class<T> type, java.util.function.Predicate<T> p) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            RouteEvent e = s.next(Duration.ofMillis(200));
            if (type.isInstance(e) && p.test(type.cast(e))) {
                return type.cast(e);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " within " + WAIT);
    }

    @Test
    void linkChangesArriveAsParsedLinkEvents() {
        try (TestNs t = new TestNs(); EventStream events = t.handle.events().open(EventGroup.LINK)) {
            t.links().add(Veth.of("ev0", "ev1").withMtu(1300));
            LinkEvent created = nextOf(events, LinkEvent.class, e -> e.link().name().equals("ev0"));
            assertThat(created.removed()).isFalse();
            assertThat(created.link().mtu()).isEqualTo(1300);
            assertThat(created.link().kind()).isEqualTo("veth");
            t.links().setUp("ev0");
            LinkEvent up = nextOf(events, LinkEvent.class, e -> e.link().name().equals("ev0") && e.link().isUp());
            assertThat(up.link().index()).isEqualTo(created.link().index());
            t.links().delete("ev1");
            LinkEvent gone = nextOf(events, LinkEvent.class, e -> e.removed() && e.link().name().equals("ev1"));
            assertThat(gone.link().kind()).isEqualTo("veth");
        }
    }

    @Test
    void addressChangesArriveParsedAndOtherNamespacesStaySilent() {
        try (TestNs t = new TestNs(); TestNs other = new TestNs();
             EventStream events = t.handle.events().open(EventGroup.IPV4_IFADDR)) {
            other.links().add(Veth.of("quiet0", "quiet1"));
            t.links().add(Veth.of("ad0", "ad1"));
            int index = t.handle.indexOf("ad0");
            t.ip("addr", "add", "10.9.9.1/24", "dev", "ad0");
            AddressEvent added = nextOf(events, AddressEvent.class, a -> !a.removed());
            assertThat(added.address().cidr().toString()).isEqualTo("10.9.9.1/24");
            assertThat(added.address().index()).isEqualTo(index);
            t.ip("addr", "del", "10.9.9.1/24", "dev", "ad0");
            AddressEvent removed = nextOf(events, AddressEvent.class, AddressEvent::removed);
            assertThat(removed.address().cidr().toString()).isEqualTo("10.9.9.1/24");
            assertThat(events.next(Duration.ofMillis(100))).isNull();
        }
    }

    @Test
    void routeChangesArriveParsed() {
        try (TestNs t = new TestNs(); EventStream events = t.handle.events().open(EventGroup.IPV4_ROUTE)) {
            t.links().add(Veth.of("rt0", "rt1").withUp());
            t.handle.addresses().add("rt0", "10.7.0.1/24");
            t.handle.routes().add(RouteSpec.to("10.8.0.0/16").via("10.7.0.2"));
            RouteChange change = nextOf(events, RouteChange.class,
                    r -> !r.removed() && r.route().destination() != null
                            && r.route().destination().toString().equals("10.8.0.0/16"));
            assertThat(change.route().gateway().getHostAddress()).isEqualTo("10.7.0.2");
        }
    }

    @Test
    void aFullReceiveBufferIsReportedAsOverrunAndTheStreamGoesOn() {
        try (TestNs t = new TestNs(); EventStream events = t.handle.events().open(EventGroup.LINK)) {
            events.setReceiveBufferSize(1); // the kernel rounds it up to its minimum, a few KiB
            List<LinkSpec> specs = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                specs.add(Veth.of("o" + i, "p" + i));
            }
            assertThat(t.links().addAll(specs).ok()).isTrue();
            List<RouteEvent> seen = new ArrayList<>();
            RouteEvent e;
            while ((e = events.next(Duration.ofMillis(200))) != null) {
                seen.add(e);
            }
            assertThat(seen).contains(Overrun.INSTANCE);
            assertThat(seen.stream().filter(LinkEvent.class::isInstance).count()).isLessThan(200);
            t.links().delete("o0");
            assertThat(nextOf(events, LinkEvent.class, l -> l.removed() && l.link().name().equals("o0"))).isNotNull();
        }
    }

    @Test
    void waitForSeesAChangeMadeLaterAndTimesOutClearly() throws Exception {
        try (TestNs t = new TestNs()) {
            t.links().add(Veth.of("w0", "w1"));
            Thread later = Thread.ofPlatform().start(() -> {
                try {
                    Thread.sleep(150);
                } catch (InterruptedException ex) {
                    return;
                }
                t.links().setUp("w1");
                t.links().setUp("w0");
                t.links().add(Bridge.of("late0"));
            });
            Link w0 = t.links().waitFor("w0", l -> l.operState() == OperState.UP, WAIT);
            assertThat(w0.isUp()).isTrue();
            assertThat(t.links().waitFor("late0", l -> true, WAIT).kind()).isEqualTo("bridge");
            later.join();
            assertThatThrownBy(() -> t.links().waitFor("never0", l -> true, Duration.ofMillis(200)))
                    .isInstanceOfSatisfying(NetlinkException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ETIMEDOUT))
                    .hasMessageContaining("never0").hasMessageContaining("no such link");
        }
    }
}
