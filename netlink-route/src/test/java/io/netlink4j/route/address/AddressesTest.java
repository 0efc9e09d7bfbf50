package io.netlink4j.route.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.AddressFamily;
import io.netlink4j.core.AlreadyExistsException;
import io.netlink4j.core.Cidr;
import io.netlink4j.core.Errno;
import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.socket.BatchResult;
import io.netlink4j.route.route.RouteScope;
import io.netlink4j.route.testing.TestNs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Addresses against the kernel, with {@code ip -j addr show} as the independent reader. */
class AddressesTest {
    static TestNs ns;

    @BeforeAll
    static void setUp() {
        ns = TestNs.withIpv6();
    }

    @AfterAll
    static void tearDown() {
        ns.close();
    }

    /** One line per address, the same from both readers: "cidr brd label scope nodad metric". */
    static TreeSet<String> fromIp(String dev) {
        TreeSet<String> out = new TreeSet<>();
        for (Map<String, Object> link : ns.json("addr", "show", "dev", dev)) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> infos = (List<Map<String, Object>>) link.get("addr_info");
            for (Map<String, Object> a : infos) {
                if ("link".equals(a.get("scope")) && "inet6".equals(a.get("family"))) {
                    continue; // the kernel's own fe80:: address
                }
                out.add(a.get("local") + "/" + a.get("prefixlen") + " brd " + a.get("broadcast") + " label "
                        + a.get("label") + " scope " + a.get("scope") + " nodad " + Boolean.TRUE.equals(a.get("nodad"))
                        + " metric " + a.getOrDefault("metric", 0L));
            }
        }
        return out;
    }

    static TreeSet<String> fromLibrary(List<Address> list) {
        TreeSet<String> out = new TreeSet<>();
        for (Address a : list) {
            if (a.family() == AddressFamily.INET6 && a.scope() == RouteScope.LINK) {
                continue;
            }
            out.add(a.cidr() + " brd " + (a.broadcast() == null ? null : Cidr.format(a.broadcast())) + " label "
                    + a.label() + " scope " + a.scope() + " nodad " + a.flags().contains(AddressFlag.NODAD)
                    + " metric " + a.metric());
        }
        return out;
    }

    @Test
    void addedByLibraryReadBackByBothReaders() {
        ns.veth("a0", "a1");
        Addresses addr = ns.handle.addresses();
        addr.add(AddressSpec.of("10.0.0.1/24", "a0"));
        addr.add(AddressSpec.of(Cidr.parse("10.0.1.1/24"), "a0"));
        addr.add(AddressSpec.of("172.16.0.1/24", "a0").withBroadcast("+").withLabel("a0:web"));
        addr.add(AddressSpec.of("172.17.0.1/24", "a0").withBroadcast("172.17.0.127").withScope(RouteScope.LINK));
        addr.add(AddressSpec.of("10.200.1.1", "a0")); // the articles' bare address: a /32
        addr.add(AddressSpec.of("10.3.0.1/24", "a0").withMetric(77));
        addr.add(AddressSpec.of("fd00::1/64", "a0").withNoDad());
        addr.add(AddressSpec.of("fd00:1::1/64", "a0").withNoDad().withScope(RouteScope.GLOBAL));

        TreeSet<String> lib = fromLibrary(addr.list(AddressFilter.dev("a0")));
        assertThat(lib).isEqualTo(fromIp("a0"));
        assertThat(lib).containsExactly(
                "10.0.0.1/24 brd null label a0 scope global nodad false metric 0",
                "10.0.1.1/24 brd null label a0 scope global nodad false metric 0",
                "10.200.1.1/32 brd null label a0 scope global nodad false metric 0",
                "10.3.0.1/24 brd null label a0 scope global nodad false metric 77",
                "172.16.0.1/24 brd 172.16.0.255 label a0:web scope global nodad false metric 0",
                "172.17.0.1/24 brd 172.17.0.127 label a0 scope link nodad false metric 0",
                "fd00:1::1/64 brd null label null scope global nodad true metric 0",
                "fd00::1/64 brd null label null scope global nodad true metric 0");
        // With NODAD the address is usable at once: never tentative.
        List<Address> v6 = addr.list(AddressFilter.dev("a0").withFamily(AddressFamily.INET6));
        assertThat(v6).filteredOn(a -> a.scope() == RouteScope.GLOBAL).hasSize(2)
                .allMatch(a -> !a.isTentative() && a.family() == AddressFamily.INET6 && "a0".equals(a.dev()));
        assertThat(addr.list(AddressFilter.dev("a0").withFamily(AddressFamily.INET))).hasSize(6)
                .allMatch(a -> a.family() == AddressFamily.INET);
        // list() names every device by one link dump: a0's addresses carry its name and index.
        int index = ns.handle.indexOf("a0");
        List<Address> all = addr.list();
        assertThat(all).filteredOn(a -> a.index() == index).hasSize(lib.size() + 1) // + fe80::
                .allMatch(a -> a.dev().equals("a0"));
        assertThat(all).filteredOn(a -> a.cidr().toString().equals("172.16.0.1/24")).singleElement()
                .hasToString("172.16.0.1/24 brd 172.16.0.255 dev a0 scope global a0:web");
    }

    @Test
    void addedByIpReadByLibraryStreamed() {
        ns.veth("b0", "b1");
        ns.ip("addr", "add", "192.168.5.10/24", "brd", "+", "dev", "b0", "label", "b0:x");
        ns.ip("addr", "add", "192.168.5.11/24", "dev", "b0"); // secondary of the same subnet
        ns.ip("addr", "add", "fd10::5/80", "dev", "b0", "nodad");
        ns.ip("addr", "add", "10.77.0.1", "peer", "10.77.0.2/32", "dev", "b0");
        List<Address> streamed = new ArrayList<>();
        ns.handle.addresses().forEach(AddressFilter.dev("b0"), streamed::add);
        assertThat(fromLibrary(streamed)).isEqualTo(fromIp("b0")).hasSize(4);
        Address secondary = streamed.stream().filter(a -> a.cidr().toString().equals("192.168.5.11/24")).findFirst()
                .orElseThrow();
        assertThat(secondary.isSecondary()).isTrue();
        assertThat(secondary.index()).isEqualTo(ns.handle.indexOf("b0"));
        assertThat(secondary.peer()).isNull();
        Address ptp = streamed.stream().filter(a -> a.peer() != null).findFirst().orElseThrow();
        assertThat(ptp.cidr()).hasToString("10.77.0.1/32");
        assertThat(Cidr.format(ptp.peer())).isEqualTo("10.77.0.2");
        // forEach without a device filter names devices from the link dump taken first.
        List<Address> everything = new ArrayList<>();
        ns.handle.addresses().forEach(AddressFilter.all(), everything::add);
        assertThat(everything).filteredOn(a -> a.index() == secondary.index()).allMatch(a -> "b0".equals(a.dev()));
    }

    @Test
    void replaceUpdatesAndDeleteRemoves() {
        ns.veth("c0", "c1");
        Addresses addr = ns.handle.addresses();
        addr.replace(AddressSpec.of("10.9.0.1/24", "c0").withBroadcast("+")); // creates
        // Updates: the kernel changes metric and lifetimes of an existing IPv4 address, not its broadcast.
        addr.replace(AddressSpec.of("10.9.0.1/24", "c0").withMetric(55));
        assertThat(fromIp("c0")).containsExactly("10.9.0.1/24 brd 10.9.0.255 label c0 scope global nodad false metric 55");
        assertThat(addr.list(AddressFilter.dev("c0"))).filteredOn(a -> a.family() == AddressFamily.INET)
                .singleElement().satisfies(a -> assertThat(a.metric()).isEqualTo(55));
        addr.delete(AddressSpec.of("10.9.0.1/24", "c0").withMetric(1)); // metric is not part of the key
        addr.add(AddressSpec.of("fd09::1/64", "c0").withNoDad());
        assertThat(addr.deleteIfExists(AddressSpec.of("fd09::1/64", "c0"))).isTrue();
        assertThat(addr.deleteIfExists(AddressSpec.of("fd09::1/64", "c0"))).isFalse();
        assertThat(fromIp("c0")).isEmpty();
        assertThat(addr.list(AddressFilter.dev("c0").withFamily(AddressFamily.INET))).isEmpty();
        assertThatThrownBy(() -> addr.delete(AddressSpec.of("10.9.0.1/24", "c0")))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.errno()).isEqualTo(Errno.EADDRNOTAVAIL))
                .hasMessageStartingWith("RTM_DELADDR 10.9.0.1/24 dev c0: ");
    }

    @Test
    void errorsNameWhatWasAsked() {
        ns.veth("d0", "d1");
        Addresses addr = ns.handle.addresses();
        addr.add(AddressSpec.of("10.1.0.1/24", "d0"));
        assertThatThrownBy(() -> addr.add(AddressSpec.of("10.1.0.1/24", "d0")))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessageStartingWith("RTM_NEWADDR 10.1.0.1/24 dev d0: File exists (EEXIST)");
        assertThatThrownBy(() -> addr.add(AddressSpec.of("10.1.0.1/24", "nosuch0")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ENODEV))
                .hasMessageStartingWith("RTM_NEWADDR 10.1.0.1/24 dev nosuch0: No such device (ENODEV)")
                .hasMessageContaining("nosuch0");
        for (String bad : List.of("10.0.0.1/33", "10.0.0.300/24", "garbage", "10.0.0.1/x", "fd00::1/129", "010.0.0.1/8")) {
            assertThatThrownBy(() -> AddressSpec.of(bad, "d0"), bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(bad);
        }
        assertThatThrownBy(() -> AddressSpec.of("fd00::1/64", "d0").withBroadcast("+"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("IPv4");
        assertThatThrownBy(() -> AddressSpec.of("10.0.0.1/24", "d0").withLabel("other:1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other:1");
        assertThatThrownBy(() -> AddressSpec.of("10.0.0.1/24", "bad/name"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad/name");
        assertThatThrownBy(() -> AddressSpec.of("10.0.0.1/24", "d0").withFlags(AddressFlag.TENTATIVE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tentative");
        assertThatThrownBy(() -> AddressSpec.of("10.0.0.1/24", "d0").withMetric(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("metric -1");
        assertThatThrownBy(() -> AddressSpec.of((String) null, "d0"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("cidr");
        assertThatThrownBy(() -> AddressSpec.of("10.0.0.1/24", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("dev");
        assertThatThrownBy(() -> addr.add(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("spec");
        assertThatThrownBy(() -> addr.list(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("filter");
        assertThatThrownBy(() -> addr.list(AddressFilter.dev("nosuch0")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("nosuch0");
        // Nothing of the rejected requests reached the kernel.
        assertThat(fromIp("d0")).containsExactly("10.1.0.1/24 brd null label d0 scope global nodad false metric 0");
    }

    @Test
    void loopbackRangeGetsHostScopeAsIpGivesIt() {
        ns.veth("f0", "f1");
        ns.handle.addresses().add(AddressSpec.of("127.0.0.9/8", "f0"));
        ns.ip("addr", "add", "127.0.0.10/8", "dev", "f1");
        assertThat(fromIp("f0")).containsExactly("127.0.0.9/8 brd null label f0 scope host nodad false metric 0");
        assertThat(fromIp("f1")).containsExactly("127.0.0.10/8 brd null label f1 scope host nodad false metric 0");
    }

    @Test
    void addAllPipelinesReportsEachFailureAndFlushEmpties() {
        ns.veth("e0", "e1");
        List<AddressSpec> specs = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            specs.add(AddressSpec.of("10.50." + (i / 100) + "." + (i % 100 + 1) + "/32", "e0"));
        }
        specs.add(AddressSpec.of("10.50.0.7/32", "e0")); // duplicate of item 6
        specs.add(AddressSpec.of("fd20::1/64", "e1").withNoDad());
        specs.add(AddressSpec.of("10.60.0.1/24", "e1"));
        specs.add(AddressSpec.of("10.60.0.2/24", "e1")); // a secondary: flush must not leave it promoted
        BatchResult r = ns.handle.addresses().addAll(specs);
        assertThat(r.failedIndices()).containsExactly(150);
        assertThat(r.error(150).orElseThrow()).isInstanceOf(AlreadyExistsException.class)
                .hasMessageContaining("10.50.0.7/32 dev e0");
        assertThat(fromIp("e0")).hasSize(150).isEqualTo(fromLibrary(ns.handle.addresses().list(AddressFilter.dev("e0"))));
        assertThat(fromIp("e1")).contains("fd20::1/64 brd null label null scope global nodad true metric 0");

        // An unknown device fails the whole batch before anything is sent.
        assertThatThrownBy(() -> ns.handle.addresses().addAll(List.of(AddressSpec.of("10.70.0.1/24", "e0"),
                AddressSpec.of("10.70.0.2/24", "nosuch0")))).isInstanceOf(NotFoundException.class);
        assertThat(fromIp("e0")).noneMatch(l -> l.startsWith("10.70."));

        assertThat(ns.handle.addresses().deleteAll(List.of(AddressSpec.of("10.50.0.1/32", "e0"),
                AddressSpec.of("10.99.0.1/32", "e0"))).failedIndices()).containsExactly(1);
        assertThat(fromIp("e0")).hasSize(149);
        assertThat(ns.handle.addresses().flush("e0").ok()).isTrue();
        assertThat(ns.handle.addresses().flush("e1").ok()).isTrue();
        assertThat(fromIp("e0")).isEmpty();
        assertThat(fromIp("e1")).isEmpty();
    }
}
