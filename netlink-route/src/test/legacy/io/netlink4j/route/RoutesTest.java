package io.netlink4j.route;

import static io.netlink4j.core.sys.SysConst.AF_INET;
import static io.netlink4j.core.sys.SysConst.AF_INET6;
import static io.netlink4j.core.sys.SysConst.AF_UNSPEC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.BatchResult;
import io.netlink4j.core.Cidr;
import io.netlink4j.core.Errno;
import io.netlink4j.core.NetlinkException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Routes against the kernel, with {@code ip -j -d route show} as the independent reader. */
class RoutesTest {
    private static final Map<String, Integer> PROTOCOLS = Map.of("redirect", 1, "kernel", 2, "boot", 3, "static", 4,
            "ra", 9, "dhcp", 16);

    static Map<Integer, String> devices(TestNs ns) {
        Map<Integer, String> out = new HashMap<>();
        for (Map<String, Object> l : ns.json("link", "show")) {
            out.put(((Long) l.get("ifindex")).intValue(), (String) l.get("ifname"));
        }
        return out;
    }

    /** One canonical line per route, as both readers must agree on it. */
    static String line(String dst, String gw, String dev, int table, int proto, String scope, String type, long metric,
                       List<String> hops) {
        return type + " " + dst + (gw != null ? " via " + gw : "") + (dev != null ? " dev " + dev : "") + " table "
                + table + " proto " + proto + " scope " + scope + " metric " + metric + (hops.isEmpty() ? "" : " " + hops);
    }

    static String addr(String text) {
        return text == null ? null : Cidr.parseAddress(text).getHostAddress();
    }

    static TreeSet<String> fromIp(TestNs ns, String... filter) {
        List<String> args = new ArrayList<>(List.of("-d", "route", "show"));
        for (String f : filter) {
            if (f.startsWith("-")) {
                args.add(0, f); // -6 and friends go before the object
            } else {
                args.add(f);
            }
        }
        TreeSet<String> out = new TreeSet<>();
        for (Map<String, Object> r : ns.json(args.toArray(String[]::new))) {
            String dst = (String) r.get("dst");
            if (!"default".equals(dst)) {
                dst = dst.contains("/") ? Cidr.parse(dst).toString() : Cidr.parse(dst).toString();
            }
            Object t = r.getOrDefault("table", "main");
            int table = switch (t.toString()) {
                case "main" -> 254;
                case "local" -> 255;
                default -> Integer.parseInt(t.toString());
            };
            String p = String.valueOf(r.get("protocol"));
            int proto = PROTOCOLS.containsKey(p) ? PROTOCOLS.get(p) : Integer.parseInt(p);
            List<String> hops = new ArrayList<>();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> nh = (List<Map<String, Object>>) r.get("nexthops");
            if (nh != null) {
                for (Map<String, Object> h : nh) {
                    hops.add(addr((String) h.get("gateway")) + "@" + h.get("dev") + "*" + h.get("weight"));
                }
            }
            Object metric = r.get("metric");
            out.add(line(dst, addr((String) r.get("gateway")), (String) r.get("dev"), table, proto,
                    String.valueOf(r.getOrDefault("scope", "global")), (String) r.get("type"),
                    metric == null ? 0 : (Long) metric, hops));
        }
        return out;
    }

    static TreeSet<String> fromLibrary(TestNs ns, List<Route> routes) {
        Map<Integer, String> dev = devices(ns);
        TreeSet<String> out = new TreeSet<>();
        for (Route r : routes) {
            List<String> hops = new ArrayList<>();
            for (NextHop h : r.nextHops()) {
                hops.add((h.gateway() == null ? null : h.gateway().getHostAddress()) + "@" + dev.get(h.outputIndex())
                        + "*" + h.weight());
            }
            out.add(line(r.isDefault() ? "default" : r.destination().toString(),
                    r.gateway() == null ? null : r.gateway().getHostAddress(), dev.get(r.outputIndex()), r.table(),
                    r.protocol(), r.scope().ipName(), r.type().ipName(), Integer.toUnsignedLong(r.metric()), hops));
        }
        return out;
    }

    @Test
    void theArticlesRoutesInOneLineEach() {
        try (TestNs host = TestNs.withIpv6(); TestNs con = TestNs.withIpv6()) {
            // a3 dojo-cni: ip netns exec container1 ip route add default via 10.244.0.1
            con.veth("eth0", "peer0");
            con.handle.addresses().add("eth0", "10.244.0.2/24");
            con.handle.routes().addDefault("10.244.0.1");
            assertThat(fromIp(con)).contains("unicast default via 10.244.0.1 dev eth0 table 254 proto 3 scope global metric 0");
            assertThat(fromLibrary(con, con.handle.routes().list(AF_INET))).isEqualTo(fromIp(con));

            // a5: ip route add 10.200.1.1/32 dev veth1 (host), ip route add default via 10.200.1.1 dev veth2 (ns)
            host.veth("veth1", "veth2");
            host.handle.routes().add("10.200.1.1/32", "veth1");
            host.handle.addresses().add("veth2", "10.200.1.1");
            host.handle.routes().addDefault("10.200.1.1", "veth2");
            assertThat(fromIp(host)).contains(
                    "unicast 10.200.1.1/32 dev veth1 table 254 proto 3 scope link metric 0",
                    "unicast default via 10.200.1.1 dev veth2 table 254 proto 3 scope global metric 0");
            List<Route> main = host.handle.routes().list();
            assertThat(fromLibrary(host, host.handle.routes().list(AF_INET))).isEqualTo(fromIp(host));
            assertThat(fromLibrary(host, main)).containsAll(fromIp(host)).containsAll(fromIp(host, "-6"));
            // list() is table main only, like `ip route show`: no local/broadcast entries.
            assertThat(main).allMatch(r -> r.table() == Route.TABLE_MAIN && r.type() == RouteType.UNICAST);
            assertThat(host.handle.routes().list(AF_INET, Route.TABLE_LOCAL)).isNotEmpty()
                    .allMatch(r -> r.table() == Route.TABLE_LOCAL);
            Route dflt = main.stream().filter(Route::isDefault).findFirst().orElseThrow();
            assertThat(dflt.gateway().getHostAddress()).isEqualTo("10.200.1.1");
            assertThat(dflt.outputIndex()).isEqualTo(host.handle.indexOf("veth2"));
            assertThat(dflt.protocol()).isEqualTo(Route.PROTOCOL_BOOT);
            assertThat(dflt.scope()).isEqualTo(RouteScope.UNIVERSE);
        }
    }

    @Test
    void everyOptionReadBackByBothReaders() {
        try (TestNs ns = TestNs.withIpv6()) {
            ns.veth("r0", "r1");
            ns.handle.addresses().add("r0", "10.0.0.1/24");
            ns.handle.addresses().add(AddressSpec.of("r0", "fd00::1/64").withNoDad());
            Routes routes = ns.handle.routes();
            routes.add(RouteSpec.to("10.1.0.0/16").via("10.0.0.2").metric(50).table(100).protocol(Route.PROTOCOL_STATIC));
            routes.add(RouteSpec.to("10.2.0.0/16").via("10.0.0.2").dev("r0").table(1000));
            routes.add(RouteSpec.to("10.3.0.0/16").dev("r0").scope(RouteScope.UNIVERSE).metric(7));
            routes.add(RouteSpec.to("10.66.0.0/16").type(RouteType.BLACKHOLE));
            routes.add(RouteSpec.to("10.67.0.0/16").type(RouteType.UNREACHABLE));
            routes.add(RouteSpec.to("10.68.0.0/16").type(RouteType.PROHIBIT));
            routes.add(RouteSpec.to("10.69.0.9").type(RouteType.LOCAL).dev("r0"));
            routes.add(RouteSpec.to("10.70.0.0/16").via("192.168.99.1").dev("r0").onlink());
            routes.add(RouteSpec.to("10.8.0.0/16").nextHops(NextHop.via("10.0.0.3").withWeight(2),
                    NextHop.via("10.0.0.4").withDev("r0")));
            routes.add(RouteSpec.to("fd01::/64").via("fd00::2").metric(300));
            routes.add(RouteSpec.defaultRoute().via("fd00::fe").dev("r0"));
            routes.add(RouteSpec.to("fd02::/48").type(RouteType.BLACKHOLE));
            // iproute2 makes some too: the library must read those as well.
            ns.ip("route", "add", "10.77.0.0/16", "via", "10.0.0.5", "proto", "static", "metric", "9", "table", "200");
            ns.ip("route", "add", "10.78.0.0/16", "nexthop", "via", "10.0.0.6", "weight", "3", "nexthop", "dev", "r0");
            ns.ip("route", "add", "throw", "10.79.0.0/16", "table", "300");

            TreeSet<String> lib = fromLibrary(ns, routes.list(AF_UNSPEC, Route.TABLE_ALL));
            assertThat(lib).isEqualTo(fromIp(ns, "table", "all"));
            assertThat(lib).contains(
                    "unicast 10.1.0.0/16 via 10.0.0.2 dev r0 table 100 proto 4 scope global metric 50",
                    "unicast 10.2.0.0/16 via 10.0.0.2 dev r0 table 1000 proto 3 scope global metric 0",
                    "unicast 10.3.0.0/16 dev r0 table 254 proto 3 scope global metric 7",
                    "blackhole 10.66.0.0/16 table 254 proto 3 scope global metric 0",
                    "unreachable 10.67.0.0/16 table 254 proto 3 scope global metric 0",
                    "prohibit 10.68.0.0/16 table 254 proto 3 scope global metric 0",
                    "local 10.69.0.9/32 dev r0 table 255 proto 3 scope host metric 0",
                    "unicast 10.70.0.0/16 via 192.168.99.1 dev r0 table 254 proto 3 scope global metric 0",
                    "unicast 10.8.0.0/16 table 254 proto 3 scope global metric 0 [10.0.0.3@r0*2, 10.0.0.4@r0*1]",
                    "unicast 10.78.0.0/16 table 254 proto 3 scope global metric 0 [10.0.0.6@r0*3, null@r0*1]",
                    "unicast 10.77.0.0/16 via 10.0.0.5 dev r0 table 200 proto 4 scope global metric 9",
                    "throw 10.79.0.0/16 table 300 proto 3 scope global metric 0",
                    "unicast fd01:0:0:0:0:0:0:0/64 via fd00:0:0:0:0:0:0:2 dev r0 table 254 proto 3 scope global metric 300",
                    "unicast default via fd00:0:0:0:0:0:0:fe dev r0 table 254 proto 3 scope global metric 1024");
            assertThat(routes.list(AF_INET, 1000)).singleElement()
                    .satisfies(r -> assertThat(r.destination()).isEqualTo(Cidr.parse("10.2.0.0/16")));
            assertThat(routes.list(AF_INET, 4242)).isEmpty(); // no such table
            assertThat(routes.list(AF_INET6)).allMatch(r -> r.family() == AF_INET6 && r.table() == 254)
                    .anyMatch(Route::isDefault);
            assertThat(routes.list()).filteredOn(r -> r.destination() != null
                    && r.destination().toString().equals("10.70.0.0/16")).singleElement()
                    .satisfies(r -> assertThat(r.isOnlink()).isTrue());
            assertThat(ns.json("route", "show", "10.70.0.0/16").toString()).contains("onlink");
        }
    }

    @Test
    void replaceAndDelete() {
        try (TestNs ns = TestNs.withIpv6()) {
            ns.veth("r0", "r1");
            ns.handle.addresses().add("r0", "10.0.0.1/24");
            Routes routes = ns.handle.routes();
            routes.replace(RouteSpec.defaultRoute().via("10.0.0.2"));
            routes.replace(RouteSpec.defaultRoute().via("10.0.0.3"));
            assertThat(routes.list()).filteredOn(Route::isDefault).singleElement()
                    .satisfies(r -> assertThat(r.gateway().getHostAddress()).isEqualTo("10.0.0.3"));
            routes.add(RouteSpec.to("10.5.0.0/16").dev("r0"));
            routes.delete(RouteSpec.to("10.5.0.0/16"));
            ns.handle.addresses().add(AddressSpec.of("r0", "fd00::1/64").withNoDad());
            routes.add(RouteSpec.to("fd05::/64").via("fd00::2").metric(5));
            assertThat(routes.list(AF_INET6)).anyMatch(r -> !r.isDefault() && r.destination().toString().startsWith("fd05:"));
            routes.delete(RouteSpec.to("fd05::/64"));
            assertThat(routes.list(AF_INET6)).noneMatch(r -> !r.isDefault() && r.destination().toString().startsWith("fd05:"));
            assertThat(fromIp(ns, "-6")).isEqualTo(fromLibrary(ns, routes.list(AF_INET6)));
            routes.delete(RouteSpec.defaultRoute());
            assertThat(routes.deleteIfExists(RouteSpec.defaultRoute())).isFalse();
            assertThat(fromIp(ns)).containsExactly("unicast 10.0.0.0/24 dev r0 table 254 proto 2 scope link metric 0");
            assertThat(fromLibrary(ns, routes.list(AF_INET))).isEqualTo(fromIp(ns));
            assertThatThrownBy(() -> routes.delete(RouteSpec.to("10.5.0.0/16")))
                    .isInstanceOfSatisfying(NetlinkException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ESRCH))
                    .hasMessageContaining("RTM_DELROUTE 10.5.0.0/16");
        }
    }

    @Test
    void errorsNameWhatWasAsked() {
        try (TestNs ns = TestNs.withIpv6()) {
            ns.veth("r0", "r1");
            ns.handle.addresses().add("r0", "10.0.0.1/24");
            Routes routes = ns.handle.routes();
            assertThatThrownBy(() -> routes.addDefault("10.99.0.1"))
                    .isInstanceOfSatisfying(NetlinkException.class, e -> {
                        assertThat(e.errno()).isEqualTo(Errno.ENETUNREACH);
                        assertThat(e.extAck()).containsIgnoringCase("gateway");
                    })
                    .hasMessageStartingWith("RTM_NEWROUTE default via 10.99.0.1: Network is unreachable (ENETUNREACH)");
            routes.addDefault("10.0.0.2");
            assertThatThrownBy(() -> routes.addDefault("10.0.0.2"))
                    .isInstanceOfSatisfying(NetlinkException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EEXIST))
                    .hasMessageContaining("RTM_NEWROUTE default via 10.0.0.2");
            assertThatThrownBy(() -> routes.add("10.5.0.0/16", "nosuch0"))
                    .isInstanceOfSatisfying(NetlinkException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ENODEV))
                    .hasMessageContaining("nosuch0");
            for (String bad : List.of("10.0.0.0/33", "garbage", "10.0.0.256/24", "10.0.0.0/-1")) {
                assertThatThrownBy(() -> routes.add(bad, "r0"), bad)
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(bad);
            }
            assertThatThrownBy(() -> RouteSpec.to("10.0.0.1/24"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10.0.0.0/24");
            assertThatThrownBy(() -> routes.add(RouteSpec.to("10.5.0.0/16")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a gateway");
            assertThatThrownBy(() -> RouteSpec.to("10.5.0.0/16").via("fd00::1"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fd00");
            assertThatThrownBy(() -> NextHop.via("10.0.0.2").withWeight(0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight 0");
            // Nothing of the rejected requests reached the kernel.
            assertThat(fromIp(ns)).containsExactly(
                    "unicast 10.0.0.0/24 dev r0 table 254 proto 2 scope link metric 0",
                    "unicast default via 10.0.0.2 dev r0 table 254 proto 3 scope global metric 0");
        }
    }

    @Test
    void addAllPipelines() {
        try (TestNs ns = TestNs.withIpv6()) {
            ns.veth("r0", "r1");
            ns.handle.addresses().add("r0", "10.0.0.1/24");
            List<RouteSpec> specs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                specs.add(RouteSpec.to("10." + (100 + i / 100) + "." + (i % 100) + ".0/24").via("10.0.0.2"));
            }
            specs.add(RouteSpec.to("10.100.5.0/24").dev("r0")); // same destination, table, metric: EEXIST
            BatchResult r = ns.handle.routes().addAll(specs);
            assertThat(r.failedIndices()).containsExactly(200);
            assertThat(r.error(200).errno()).isEqualTo(Errno.EEXIST);
            assertThat(fromIp(ns)).hasSize(201).isEqualTo(fromLibrary(ns, ns.handle.routes().list(AF_INET)));
        }
    }
}
