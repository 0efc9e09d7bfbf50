package io.netlink4j.route.route;

import static io.netlink4j.route.route.RouteWitness.fromIp;
import static io.netlink4j.route.route.RouteWitness.fromLibrary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.AddressFamily;
import io.netlink4j.core.AlreadyExistsException;
import io.netlink4j.core.Cidr;
import io.netlink4j.core.Errno;
import io.netlink4j.core.KernelException;
import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.socket.BatchResult;
import io.netlink4j.route.address.AddressSpec;
import io.netlink4j.route.testing.TestNs;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Routes against the kernel, with {@code ip -j -d route show} as the independent reader. */
class RoutesTest {
    static final RouteFilter V4 = RouteFilter.main().withFamily(AddressFamily.INET);
    static final RouteFilter V6 = RouteFilter.main().withFamily(AddressFamily.INET6);

    @Test
    void theArticlesRoutesInOneLineEach() {
        try (TestNs host = TestNs.withIpv6(); TestNs con = TestNs.withIpv6()) {
            // ip netns exec container1 ip route add default via 10.244.0.1
            con.veth("eth0", "peer0");
            con.handle.addresses().add(AddressSpec.of("10.244.0.2/24", "eth0"));
            con.handle.routes().add(RouteSpec.to("default").withVia("10.244.0.1"));
            assertThat(fromIp(con)).contains("unicast default via 10.244.0.1 dev eth0 table main proto boot scope global metric 0");
            assertThat(fromLibrary(con.handle.routes().list(V4))).isEqualTo(fromIp(con));

            // ip route add 10.200.1.1/32 dev veth1; ip route add default via 10.200.1.1 dev veth2
            host.veth("veth1", "veth2");
            host.handle.routes().add(RouteSpec.to("10.200.1.1/32").withDev("veth1"));
            host.handle.addresses().add(AddressSpec.of("10.200.1.1", "veth2"));
            host.handle.routes().add(RouteSpec.to("default").withVia("10.200.1.1").withDev("veth2"));
            assertThat(fromIp(host)).contains(
                    "unicast 10.200.1.1/32 dev veth1 table main proto boot scope link metric 0",
                    "unicast default via 10.200.1.1 dev veth2 table main proto boot scope global metric 0");
            List<Route> main = host.handle.routes().list();
            assertThat(fromLibrary(host.handle.routes().list(V4))).isEqualTo(fromIp(host));
            assertThat(fromLibrary(main)).containsAll(fromIp(host)).containsAll(fromIp(host, "-6"));
            // list() is table main only, as `ip route show`: no local or broadcast entries.
            assertThat(main).allMatch(r -> r.table().equals(RouteTable.MAIN) && r.type() == RouteType.UNICAST);
            assertThat(host.handle.routes().list(RouteFilter.table(RouteTable.LOCAL).withFamily(AddressFamily.INET)))
                    .isNotEmpty().allMatch(r -> r.table().equals(RouteTable.LOCAL));
            Route dflt = main.stream().filter(r -> r.isDefault() && r.family() == AddressFamily.INET).findFirst()
                    .orElseThrow();
            assertThat(dflt).hasToString("default via 10.200.1.1 dev veth2");
            assertThat(dflt.index()).isEqualTo(host.handle.indexOf("veth2"));
            assertThat(dflt.protocol()).isEqualTo(RouteProtocol.BOOT);
            assertThat(dflt.scope()).isEqualTo(RouteScope.UNIVERSE);
            assertThat(main).filteredOn(r -> r.destination().toString().equals("10.200.1.1/32")).singleElement()
                    .hasToString("10.200.1.1 dev veth1 scope link");
        }
    }

    @Test
    void everyOptionInAnyTableReadBackByBothReaders() {
        try (TestNs ns = TestNs.withIpv6()) {
            ns.veth("r0", "r1");
            ns.handle.addresses().add(AddressSpec.of("10.0.0.1/24", "r0"));
            ns.handle.addresses().add(AddressSpec.of("fd00::1/64", "r0").withNoDad());
            Routes routes = ns.handle.routes();
            routes.add(RouteSpec.to("10.1.0.0/16").withVia("10.0.0.2").withMetric(50).withTable(RouteTable.of(100))
                    .withProtocol(RouteProtocol.STATIC));
            routes.add(RouteSpec.to("10.2.0.0/16").withVia("10.0.0.2").withDev("r0").withTable(RouteTable.of(1000)));
            routes.add(RouteSpec.to("10.3.0.0/16").withDev("r0").withScope(RouteScope.UNIVERSE).withMetric(7));
            routes.add(RouteSpec.to("10.4.0.0/16").withDev("r0").withSource("10.0.0.1"));
            routes.add(RouteSpec.to("10.66.0.0/16").withType(RouteType.BLACKHOLE));
            routes.add(RouteSpec.to("10.67.0.0/16").withType(RouteType.UNREACHABLE));
            routes.add(RouteSpec.to("10.68.0.0/16").withType(RouteType.PROHIBIT));
            routes.add(RouteSpec.to("10.69.0.9").withType(RouteType.LOCAL).withDev("r0"));
            routes.add(RouteSpec.to("10.70.0.0/16").withVia("192.168.99.1").withDev("r0").withOnlink());
            routes.add(RouteSpec.to("10.8.0.0/16").withNextHops(NextHop.via("10.0.0.3").withWeight(2),
                    NextHop.via("10.0.0.4").withDev("r0")));
            routes.add(RouteSpec.to("fd01::/64").withVia("fd00::2").withMetric(300));
            routes.add(RouteSpec.to("default").withVia("fd00::fe").withDev("r0"));
            routes.add(RouteSpec.to("fd02::/48").withType(RouteType.BLACKHOLE));
            // iproute2 makes some too: the library must read those as well.
            ns.ip("route", "add", "10.77.0.0/16", "via", "10.0.0.5", "proto", "static", "metric", "9", "table", "200");
            ns.ip("route", "add", "10.78.0.0/16", "nexthop", "via", "10.0.0.6", "weight", "3", "nexthop", "dev", "r0");
            ns.ip("route", "add", "throw", "10.79.0.0/16", "table", "300");

            List<Route> all = routes.list(RouteFilter.allTables());
            assertThat(fromLibrary(all)).isEqualTo(fromIp(ns, "table", "all"));
            assertThat(fromLibrary(all)).contains(
                    "unicast 10.1.0.0/16 via 10.0.0.2 dev r0 table 100 proto static scope global metric 50",
                    "unicast 10.2.0.0/16 via 10.0.0.2 dev r0 table 1000 proto boot scope global metric 0",
                    "unicast 10.3.0.0/16 dev r0 table main proto boot scope global metric 7",
                    "blackhole 10.66.0.0/16 table main proto boot scope global metric 0",
                    "unreachable 10.67.0.0/16 table main proto boot scope global metric 0",
                    "prohibit 10.68.0.0/16 table main proto boot scope global metric 0",
                    "local 10.69.0.9/32 dev r0 table local proto boot scope host metric 0",
                    "unicast 10.70.0.0/16 via 192.168.99.1 dev r0 table main proto boot scope global metric 0",
                    "unicast 10.8.0.0/16 table main proto boot scope global metric 0 [10.0.0.3@r0*2, 10.0.0.4@r0*1]",
                    "unicast 10.78.0.0/16 table main proto boot scope global metric 0 [10.0.0.6@r0*3, null@r0*1]",
                    "unicast 10.77.0.0/16 via 10.0.0.5 dev r0 table 200 proto static scope global metric 9",
                    "throw 10.79.0.0/16 table 300 proto boot scope global metric 0",
                    "unicast fd01::/64 via fd00::2 dev r0 table main proto boot scope global metric 300",
                    "unicast default via fd00::fe dev r0 table main proto boot scope global metric 1024");
            assertThat(all).filteredOn(r -> r.destination().toString().equals("10.4.0.0/16")).singleElement()
                    .hasToString("10.4.0.0/16 dev r0 scope link src 10.0.0.1");
            assertThat(routes.list(RouteFilter.table(RouteTable.of(1000)).withFamily(AddressFamily.INET))).singleElement()
                    .satisfies(r -> assertThat(r.destination()).isEqualTo(Cidr.parse("10.2.0.0/16")));
            assertThat(routes.list(RouteFilter.table(RouteTable.of(4242)).withFamily(AddressFamily.INET))).isEmpty();
            assertThat(routes.list(RouteFilter.table(RouteTable.of(4242)))).isEmpty();
            assertThat(routes.list(V6)).allMatch(r -> r.family() == AddressFamily.INET6 && r.table().equals(RouteTable.MAIN))
                    .anyMatch(Route::isDefault);
            assertThat(fromLibrary(routes.list(RouteFilter.allTables().withProtocol(RouteProtocol.STATIC))))
                    .isEqualTo(filter(fromIp(ns, "table", "all"), " proto static ")).hasSize(2);
            assertThat(fromLibrary(routes.list(RouteFilter.allTables().withType(RouteType.BLACKHOLE))))
                    .isEqualTo(filter(fromIp(ns, "table", "all"), "blackhole ")).hasSize(2);
            // The kernel's device filter keeps multipath routes with a path through r0 (ip's own filter drops them).
            TreeSet<String> viaR0 = fromIp(ns);
            viaR0.removeIf(l -> !l.contains(" dev r0 ") && !l.contains("@r0*"));
            assertThat(fromLibrary(routes.list(V4.withDev("r0")))).isEqualTo(viaR0).hasSize(6);
            Route onlink = routes.list(V4).stream().filter(r -> r.destination().toString().equals("10.70.0.0/16"))
                    .findFirst().orElseThrow();
            assertThat(onlink.isOnlink()).isTrue();
            assertThat(ns.json("route", "show", "10.70.0.0/16").toString()).contains("onlink");
        }
    }

    /** The lines containing {@code word} (ip -j leaves a filtered field out of what it prints). */
    static TreeSet<String> filter(TreeSet<String> lines, String word) {
        return lines.stream().filter(l -> l.contains(word)).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    @Test
    void streamedDumpMatchesTheList() {
        try (TestNs ns = TestNs.withIpv6()) {
            ns.veth("r0", "r1");
            ns.handle.addresses().add(AddressSpec.of("10.0.0.1/24", "r0"));
            List<RouteSpec> specs = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                specs.add(RouteSpec.to("10." + (100 + i / 100) + "." + (i % 100) + ".0/24").withVia("10.0.0.2"));
            }
            assertThat(ns.handle.routes().addAll(specs).ok()).isTrue();
            List<Route> streamed = new ArrayList<>();
            ns.handle.routes().forEach(V4, streamed::add);
            assertThat(streamed).hasSize(301).allMatch(r -> "r0".equals(r.dev()));
            assertThat(fromLibrary(streamed)).isEqualTo(fromIp(ns)).isEqualTo(fromLibrary(ns.handle.routes().list(V4)));
        }
    }

    @Test
    void replaceAndDelete() {
        try (TestNs ns = TestNs.withIpv6()) {
            ns.veth("r0", "r1");
            ns.handle.addresses().add(AddressSpec.of("10.0.0.1/24", "r0"));
            Routes routes = ns.handle.routes();
            routes.replace(RouteSpec.to("default").withVia("10.0.0.2"));
            routes.replace(RouteSpec.to("default").withVia("10.0.0.3"));
            assertThat(routes.list(V4)).filteredOn(Route::isDefault).singleElement()
                    .satisfies(r -> assertThat(Cidr.format(r.gateway())).isEqualTo("10.0.0.3"));
            routes.add(RouteSpec.to("10.5.0.0/16").withDev("r0"));
            routes.delete(RouteSpec.to("10.5.0.0/16"));
            routes.add(RouteSpec.to("10.6.0.0/16").withVia("10.0.0.9").withTable(RouteTable.of(100)));
            routes.delete(RouteSpec.to("10.6.0.0/16").withTable(RouteTable.of(100)));
            assertThat(routes.list(RouteFilter.table(RouteTable.of(100)))).isEmpty();
            ns.handle.addresses().add(AddressSpec.of("fd00::1/64", "r0").withNoDad());
            routes.add(RouteSpec.to("fd05::/64").withVia("fd00::2").withMetric(5));
            routes.add(RouteSpec.to("::/0").withDev("r0"));
            assertThat(fromIp(ns, "-6")).contains("unicast fd05::/64 via fd00::2 dev r0 table main proto boot scope global metric 5",
                    "unicast default dev r0 table main proto boot scope global metric 1024");
            routes.delete(RouteSpec.to("fd05::/64"));
            routes.delete(RouteSpec.to("default").withFamily(AddressFamily.INET6));
            assertThat(fromIp(ns, "-6")).noneMatch(l -> l.contains("fd05::") || l.contains("default"));
            assertThat(fromIp(ns, "-6")).isEqualTo(fromLibrary(routes.list(V6)));
            routes.delete(RouteSpec.to("default"));
            assertThat(routes.deleteIfExists(RouteSpec.to("default"))).isFalse();
            assertThat(fromIp(ns)).containsExactly("unicast 10.0.0.0/24 dev r0 table main proto kernel scope link metric 0");
            assertThat(fromLibrary(routes.list(V4))).isEqualTo(fromIp(ns));
            assertThatThrownBy(() -> routes.delete(RouteSpec.to("10.5.0.0/16")))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ESRCH))
                    .hasMessageStartingWith("RTM_DELROUTE 10.5.0.0/16: No such process (ESRCH)");
        }
    }

    @Test
    void errorsNameWhatWasAsked() {
        try (TestNs ns = TestNs.withIpv6()) {
            ns.veth("r0", "r1");
            ns.handle.addresses().add(AddressSpec.of("10.0.0.1/24", "r0"));
            Routes routes = ns.handle.routes();
            assertThatThrownBy(() -> routes.add(RouteSpec.to("default").withVia("10.99.0.1")))
                    .isInstanceOfSatisfying(KernelException.class, e -> {
                        assertThat(e.errno()).isEqualTo(Errno.ENETUNREACH);
                        assertThat(e.extAck()).containsIgnoringCase("gateway");
                    })
                    .hasMessageStartingWith("RTM_NEWROUTE default via 10.99.0.1: Network is unreachable (ENETUNREACH)");
            routes.add(RouteSpec.to("default").withVia("10.0.0.2"));
            assertThatThrownBy(() -> routes.add(RouteSpec.to("default").withVia("10.0.0.2")))
                    .isInstanceOf(AlreadyExistsException.class).hasMessageContaining("RTM_NEWROUTE default via 10.0.0.2");
            assertThatThrownBy(() -> routes.add(RouteSpec.to("10.5.0.0/16").withDev("nosuch0")))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ENODEV))
                    .hasMessageStartingWith("RTM_NEWROUTE 10.5.0.0/16 dev nosuch0: No such device (ENODEV)");
            assertThatThrownBy(() -> routes.add(RouteSpec.to("10.7.0.0/16").withVia("10.0.0.2").withOnlink()))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("onlink");
            for (String bad : List.of("10.0.0.0/33", "garbage", "10.0.0.256/24", "10.0.0.0/-1")) {
                assertThatThrownBy(() -> RouteSpec.to(bad), bad)
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(bad);
            }
            assertThatThrownBy(() -> RouteSpec.to("10.0.0.1/24"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("did you mean 10.0.0.0/24");
            assertThatThrownBy(() -> routes.add(RouteSpec.to("10.5.0.0/16")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a gateway");
            assertThatThrownBy(() -> RouteSpec.to("10.5.0.0/16").withVia("fd00::1"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fd00::1");
            assertThatThrownBy(() -> NextHop.via("10.0.0.2").withWeight(0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight 0");
            assertThatThrownBy(() -> RouteSpec.to("10.5.0.0/16").withMetric(1L << 32))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("metric 4294967296");
            assertThatThrownBy(() -> RouteSpec.to("10.5.0.0/16").withVia("10.0.0.2")
                    .withNextHops(NextHop.via("10.0.0.3"))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> RouteSpec.to((String) null)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("destination");
            assertThatThrownBy(() -> RouteSpec.to("default").withTable(null)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("table");
            assertThatThrownBy(() -> routes.add(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("spec");
            // A bad batch item fails the call before anything is sent.
            assertThatThrownBy(() -> routes.addAll(List.of(RouteSpec.to("10.8.0.0/16").withVia("10.0.0.2"),
                    RouteSpec.to("10.9.0.0/16")))).isInstanceOf(IllegalArgumentException.class);
            // Nothing of the rejected requests reached the kernel.
            assertThat(fromIp(ns)).containsExactly(
                    "unicast 10.0.0.0/24 dev r0 table main proto kernel scope link metric 0",
                    "unicast default via 10.0.0.2 dev r0 table main proto boot scope global metric 0");
        }
    }

    @Test
    void addAllAndDeleteAllPipeline() {
        try (TestNs ns = TestNs.withIpv6()) {
            ns.veth("r0", "r1");
            ns.handle.addresses().add(AddressSpec.of("10.0.0.1/24", "r0"));
            List<RouteSpec> specs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                specs.add(RouteSpec.to("10." + (100 + i / 100) + "." + (i % 100) + ".0/24").withVia("10.0.0.2"));
            }
            specs.add(RouteSpec.to("10.100.5.0/24").withDev("r0")); // same destination, table, metric: EEXIST
            BatchResult r = ns.handle.routes().addAll(specs);
            assertThat(r.failedIndices()).containsExactly(200);
            assertThat(r.error(200).orElseThrow()).isInstanceOf(AlreadyExistsException.class);
            assertThat(fromIp(ns)).hasSize(201).isEqualTo(fromLibrary(ns.handle.routes().list(V4)));
            BatchResult d = ns.handle.routes().deleteAll(specs.subList(0, 100));
            assertThat(d.ok()).isTrue();
            assertThat(fromIp(ns)).hasSize(101);
        }
    }
}
