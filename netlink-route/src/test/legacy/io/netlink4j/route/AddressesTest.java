package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.BatchResult;
import io.netlink4j.core.Cidr;
import io.netlink4j.core.Errno;
import io.netlink4j.core.NetlinkException;
import io.netlink4j.core.sys.SysConst;
import java.net.InetAddress;
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

    /** One line per address, the same from both readers: "cidr brd label scope nodad". */
    static TreeSet<String> fromIp(TestNs ns, String dev) {
        TreeSet<String> out = new TreeSet<>();
        for (Map<String, Object> link : ns.json("addr", "show", "dev", dev)) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> infos = (List<Map<String, Object>>) link.get("addr_info");
            for (Map<String, Object> a : infos) {
                if ("link".equals(a.get("scope")) && "inet6".equals(a.get("family"))) {
                    continue; // the kernel's own fe80:: address
                }
                out.add(Cidr.parseAddress((String) a.get("local")).getHostAddress() + "/" + a.get("prefixlen") + " brd " + a.get("broadcast")
                        + " label " + a.get("label") + " scope " + a.get("scope")
                        + " nodad " + Boolean.TRUE.equals(a.get("nodad")));
            }
        }
        return out;
    }

    static TreeSet<String> fromLibrary(List<Address> list) {
        TreeSet<String> out = new TreeSet<>();
        for (Address a : list) {
            if (!a.isIpv4() && a.scope() == RouteScope.LINK.value()) {
                continue;
            }
            out.add(a.cidr() + " brd " + (a.broadcast() == null ? null : a.broadcast().getHostAddress())
                    + " label " + a.label() + " scope " + (a.routeScope() == null ? a.scope() : a.routeScope().ipName())
                    + " nodad " + ((a.flags() & 2) != 0));
        }
        return out;
    }

    @Test
    void addedByLibraryReadBackByBothReaders() throws Exception {
        ns.veth("a0", "a1");
        Addresses addr = ns.handle.addresses();
        addr.add("a0", "10.0.0.1/24");
        addr.add("a0", Cidr.parse("10.0.1.1/24"));
        addr.add("a0", InetAddress.getByName("10.0.2.1"), 16);
        addr.add(AddressSpec.of("a0", "172.16.0.1/24").withAutoBroadcast().withLabel("a0:web"));
        addr.add(AddressSpec.of("a0", "172.17.0.1/24").withBroadcast("172.17.0.127").withScope(RouteScope.LINK));
        addr.add("a0", "10.200.1.1"); // the articles' bare address: a /32
        addr.add(AddressSpec.of("a0", "fd00::1/64").withNoDad());
        addr.add(AddressSpec.of("a0", "fd00:1::1/64").withNoDad().withScope(RouteScope.GLOBAL));

        TreeSet<String> lib = fromLibrary(addr.list("a0"));
        assertThat(lib).isEqualTo(fromIp(ns, "a0"));
        assertThat(lib).containsExactly(
                "10.0.0.1/24 brd null label a0 scope global nodad false",
                "10.0.1.1/24 brd null label a0 scope global nodad false",
                "10.0.2.1/16 brd null label a0 scope global nodad false",
                "10.200.1.1/32 brd null label a0 scope global nodad false",
                "172.16.0.1/24 brd 172.16.0.255 label a0:web scope global nodad false",
                "172.17.0.1/24 brd 172.17.0.127 label a0 scope link nodad false",
                "fd00:0:0:0:0:0:0:1/64 brd null label null scope global nodad true",
                "fd00:1:0:0:0:0:0:1/64 brd null label null scope global nodad true");
        // With NODAD the address is usable at once: never tentative.
        assertThat(addr.list("a0", SysConst.AF_INET6)).filteredOn(a -> a.cidr().prefixLength() == 64
                && a.scope() == 0).hasSize(2).allMatch(a -> !a.isTentative() && a.family() == SysConst.AF_INET6);
        assertThat(addr.list("a0", SysConst.AF_INET)).hasSize(6);
        int index = ns.handle.indexOf("a0");
        assertThat(addr.list()).filteredOn(a -> a.index() == index).hasSize(lib.size() + 1); // + fe80::
    }

    @Test
    void addedByIpReadByLibrary() {
        ns.veth("b0", "b1");
        ns.ip("addr", "add", "192.168.5.10/24", "brd", "+", "dev", "b0", "label", "b0:x");
        ns.ip("addr", "add", "192.168.5.11/24", "dev", "b0"); // secondary of the same subnet
        ns.ip("addr", "add", "fd10::5/80", "dev", "b0", "nodad");
        List<Address> list = ns.handle.addresses().list("b0");
        assertThat(fromLibrary(list)).isEqualTo(fromIp(ns, "b0")).hasSize(3);
        Address secondary = list.stream().filter(a -> a.cidr().toString().equals("192.168.5.11/24")).findFirst()
                .orElseThrow();
        assertThat(secondary.isSecondary()).isTrue();
        assertThat(secondary.index()).isEqualTo(ns.handle.indexOf("b0"));
        assertThat(secondary.local()).isEqualTo(secondary.address());
    }

    @Test
    void replaceUpdatesAndDeleteRemoves() {
        ns.veth("c0", "c1");
        Addresses addr = ns.handle.addresses();
        addr.replace(AddressSpec.of("c0", "10.9.0.1/24").withAutoBroadcast()); // creates
        // Updates: the kernel changes metric and lifetimes of an existing IPv4 address, not its broadcast.
        addr.replace(AddressSpec.of("c0", "10.9.0.1/24").withMetric(55));
        assertThat(fromIp(ns, "c0")).containsExactly("10.9.0.1/24 brd 10.9.0.255 label c0 scope global nodad false");
        assertThat(ns.json("addr", "show", "dev", "c0").toString()).contains("metric=55");
        assertThat(addr.list("c0")).filteredOn(Address::isIpv4).singleElement()
                .satisfies(a -> assertThat(a.metric()).isEqualTo(55));
        addr.delete("c0", "10.9.0.1/24");
        addr.add(AddressSpec.of("c0", "fd09::1/64").withNoDad());
        addr.delete("c0", Cidr.parse("fd09::1/64"));
        assertThat(fromIp(ns, "c0")).isEmpty();
        assertThat(addr.list("c0", SysConst.AF_INET)).isEmpty();
        assertThatThrownBy(() -> addr.delete("c0", "10.9.0.1/24"))
                .isInstanceOfSatisfying(NetlinkException.class,
                        e -> assertThat(e.errno()).isEqualTo(Errno.EADDRNOTAVAIL))
                .hasMessageContaining("RTM_DELADDR 10.9.0.1/24 dev c0");
    }

    @Test
    void errorsNameWhatWasAsked() {
        ns.veth("d0", "d1");
        Addresses addr = ns.handle.addresses();
        addr.add("d0", "10.1.0.1/24");
        assertThatThrownBy(() -> addr.add("d0", "10.1.0.1/24"))
                .isInstanceOfSatisfying(NetlinkException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EEXIST))
                .hasMessageStartingWith("RTM_NEWADDR 10.1.0.1/24 dev d0: File exists (EEXIST)");
        assertThatThrownBy(() -> addr.add("nosuch0", "10.1.0.1/24"))
                .isInstanceOfSatisfying(NetlinkException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ENODEV))
                .hasMessageContaining("nosuch0");
        for (String bad : List.of("10.0.0.1/33", "10.0.0.300/24", "garbage", "10.0.0.1/x", "", "fd00::1/129")) {
            assertThatThrownBy(() -> addr.add("d0", bad), bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(bad.isEmpty() ? "empty" : bad);
        }
        // brd + as iproute2 computes it: host bits set, and nothing for /31 and /32.
        assertThat(AddressSpec.of("d0", "10.1.2.3/20").withAutoBroadcast().effectiveBroadcast().getHostAddress())
                .isEqualTo("10.1.15.255");
        assertThat(AddressSpec.of("d0", "10.1.2.3/31").withAutoBroadcast().effectiveBroadcast()).isNull();
        assertThatThrownBy(() -> addr.add(AddressSpec.of("d0", "fd00::1/64").withAutoBroadcast()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("IPv4");
        assertThatThrownBy(() -> AddressSpec.of("d0", "10.0.0.1/24").withLabel("other:1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other:1");
        assertThatThrownBy(() -> addr.add("bad/name", "10.0.0.1/24"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad/name");
        // Nothing of the rejected requests reached the kernel.
        assertThat(fromIp(ns, "d0")).containsExactly("10.1.0.1/24 brd null label d0 scope global nodad false");
    }

    @Test
    void addAllPipelinesAndReportsEachFailure() {
        ns.veth("e0", "e1");
        List<AddressSpec> specs = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            specs.add(AddressSpec.of("e0", "10.50." + (i / 100) + "." + (i % 100 + 1) + "/32"));
        }
        specs.add(AddressSpec.of("e0", "10.50.0.7/32")); // duplicate of item 6
        specs.add(AddressSpec.of("e1", "fd20::1/64").withNoDad());
        BatchResult r = ns.handle.addresses().addAll(specs);
        assertThat(r.failedIndices()).containsExactly(150);
        assertThat(r.error(150).errno()).isEqualTo(Errno.EEXIST);
        assertThat(r.error(150).getMessage()).contains("10.50.0.7/32 dev e0");
        assertThat(fromIp(ns, "e0")).hasSize(150).isEqualTo(fromLibrary(ns.handle.addresses().list("e0")));
        assertThat(fromIp(ns, "e1")).containsExactly("fd20:0:0:0:0:0:0:1/64 brd null label null scope global nodad true");

        BatchResult flushed = ns.handle.addresses().flush("e0");
        assertThat(flushed.ok()).isTrue();
        assertThat(fromIp(ns, "e0")).isEmpty();
    }
}
