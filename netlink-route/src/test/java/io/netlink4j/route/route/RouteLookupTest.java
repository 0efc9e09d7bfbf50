package io.netlink4j.route.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.Cidr;
import io.netlink4j.core.Errno;
import io.netlink4j.core.KernelException;
import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.PermissionDeniedException;
import io.netlink4j.route.testing.TestNs;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code routes().lookup(...)} against the kernel, with {@code ip -j route get} as witness, in a
 * namespace set up as issue 13's policy-routing host: main's default via one router, table 100's
 * via another, chosen by source prefix and by firewall mark.
 */
class RouteLookupTest {
    static TestNs ns;

    @BeforeAll
    static void setUp() {
        ns = TestNs.withIpv6();
        ns.veth("up0", "in0");
        ns.exec("sysctl", "-qw", "net.ipv4.ip_forward=1", "net.ipv4.conf.all.rp_filter=0",
                "net.ipv4.conf.default.rp_filter=0", "net.ipv4.conf.in0.rp_filter=0");
        ns.ip("addr", "add", "10.0.0.1/24", "dev", "up0");
        ns.ip("addr", "add", "10.2.0.1/24", "dev", "in0");
        ns.ip("route", "add", "default", "via", "10.0.0.254");
        ns.ip("route", "add", "default", "via", "10.0.0.3", "table", "100");
        ns.ip("rule", "add", "from", "10.2.0.0/24", "lookup", "100");
        ns.ip("rule", "add", "fwmark", "0x1", "lookup", "100");
        ns.ip("route", "add", "unreachable", "10.98.0.0/16");
        ns.ip("route", "add", "prohibit", "10.97.0.0/16");
        ns.ip("route", "add", "blackhole", "10.96.0.0/16");
        ns.ip("addr", "add", "fd00::1/64", "dev", "up0", "nodad");
        ns.ip("-6", "route", "add", "fd09::/64", "via", "fd00::fe");
    }

    @AfterAll
    static void tearDown() {
        ns.close();
    }

    /** The route the library found against {@code ip -j route get ARGS}: the same gateway, device, table, source. */
    static Route same(RouteLookup lookup) {
        Route r = ns.handle.routes().lookup(lookup);
        Map<String, Object> ip = ns.json(("route get " + lookup).split(" ")).get(0);
        assertThat(Cidr.format(r.destination().address())).isEqualTo(ip.get("dst"));
        assertThat(r.gateway() == null ? null : Cidr.format(r.gateway())).isEqualTo(ip.get("gateway"));
        assertThat(r.dev()).isEqualTo(ip.get("dev"));
        assertThat(r.table()).isEqualTo(RouteTable.parse(String.valueOf(ip.getOrDefault("table", "main"))));
        assertThat(r.source() == null ? null : Cidr.format(r.source())).isEqualTo(ip.get("prefsrc"));
        assertThat(r.from() == null ? null : Cidr.format(r.from().address())).isEqualTo(ip.get("from"));
        assertThat(r.iif()).isEqualTo(ip.get("iif"));
        assertThat(r.mark()).isEqualTo(ip.getOrDefault("mark", 0L));
        return r;
    }

    @Test
    void theMainTablesDefault() {
        Route r = same(RouteLookup.to("10.1.2.3"));
        assertThat(r).hasToString("10.1.2.3 via 10.0.0.254 dev up0 src 10.0.0.1");
        assertThat(r.index()).isEqualTo(ns.handle.indexOf("up0"));
        assertThat(r.table()).isEqualTo(RouteTable.MAIN);
        assertThat(r.isCloned()).isTrue();
    }

    @Test
    void anIpv6Destination() {
        Route r = same(RouteLookup.to("fd09::1"));
        assertThat(r.gateway()).isEqualTo(Cidr.parseAddress("fd00::fe"));
        assertThat(r.dev()).isEqualTo("up0");
        assertThat(r.table()).isEqualTo(RouteTable.MAIN);
        assertThat(r).hasToString("fd09::1 from :: via fd00::fe dev up0 src fd00::1 metric 1024"); // ip -j: "from": "::" too
    }

    @Test
    void aMarkSelectsTable100() {
        Route r = same(RouteLookup.to("10.1.2.3").withMark(0x1));
        assertThat(Cidr.format(r.gateway())).isEqualTo("10.0.0.3");
        assertThat(r.table()).isEqualTo(RouteTable.of(100));
        assertThat(r.mark()).isEqualTo(1);
    }

    @Test
    void aForwardedPacketFromThePolicyPrefixTakesTable100() {
        Route r = same(RouteLookup.to("198.18.1.1").withFrom("10.2.0.2").withIif("in0"));
        assertThat(Cidr.format(r.gateway())).isEqualTo("10.0.0.3");
        assertThat(r.table()).isEqualTo(RouteTable.of(100));
        assertThat(r.iif()).isEqualTo("in0");
        assertThat(r.iifIndex()).isEqualTo(ns.handle.indexOf("in0"));
        // Another source stays on main.
        assertThat(Cidr.format(same(RouteLookup.to("198.18.1.1").withFrom("10.3.0.2").withIif("in0")).gateway()))
                .isEqualTo("10.0.0.254");
    }

    @Test
    void anOutputDeviceAndFibMatch() {
        Route onLink = same(RouteLookup.to("10.0.0.9").withOif("up0"));
        assertThat(onLink.gateway()).isNull();
        assertThat(onLink.dev()).isEqualTo("up0");
        Route entry = ns.handle.routes().lookup(RouteLookup.to("10.1.2.3").withFibMatch());
        assertThat(entry.isDefault()).isTrue(); // the table's entry, not a host route
        assertThat(entry.isCloned()).isFalse();
        assertThat(entry).hasToString("default via 10.0.0.254 dev up0");
        assertThat(ns.json("route", "get", "fibmatch", "10.1.2.3").get(0).get("dst")).isEqualTo("default");
    }

    @Test
    void noUsableRouteIsTheKernelsTypedVerdict() {
        assertThatThrownBy(() -> ns.handle.routes().lookup(RouteLookup.to("2001:db8::1")))
                .isInstanceOfSatisfying(KernelException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ENETUNREACH))
                .hasMessageStartingWith("RTM_GETROUTE 2001:db8::1: Network is unreachable (ENETUNREACH)");
        assertThatThrownBy(() -> ns.handle.routes().lookup(RouteLookup.to("10.98.0.1")))
                .isInstanceOfSatisfying(KernelException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EHOSTUNREACH))
                .hasMessageStartingWith("RTM_GETROUTE 10.98.0.1: No route to host (EHOSTUNREACH)");
        assertThatThrownBy(() -> ns.handle.routes().lookup(RouteLookup.to("10.97.0.1")))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("RTM_GETROUTE 10.97.0.1");
        assertThatThrownBy(() -> ns.handle.routes().lookup(RouteLookup.to("10.96.0.1")))
                .isInstanceOfSatisfying(KernelException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EINVAL));
        // ip agrees that there is no route.
        assertThat(ns.tryIp("route", "get", "10.98.0.1").exit()).isNotZero();
        assertThatThrownBy(() -> ns.handle.routes().lookup(RouteLookup.to("10.1.2.3").withIif("nosuch0")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("nosuch0");
        assertThatThrownBy(() -> RouteLookup.to("10.1.2.3").withFrom("fd00::1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fd00::1");
        assertThatThrownBy(() -> RouteLookup.to("10.1.2.3").withMark(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mark -1");
        assertThatThrownBy(() -> ns.handle.routes().lookup(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("lookup");
    }
}
