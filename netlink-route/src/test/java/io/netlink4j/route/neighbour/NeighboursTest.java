package io.netlink4j.route.neighbour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.AddressFamily;
import io.netlink4j.core.AlreadyExistsException;
import io.netlink4j.core.Cidr;
import io.netlink4j.core.Errno;
import io.netlink4j.core.NotFoundException;
import io.netlink4j.route.testing.TestNs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** ARP/NDP entries against the kernel, with {@code ip -j neigh show} as the independent reader. */
class NeighboursTest {
    static TreeSet<String> fromIp(TestNs ns, String dev) {
        TreeSet<String> out = new TreeSet<>();
        for (Map<String, Object> n : ns.json("neigh", "show", "dev", dev)) {
            out.add(n.get("dst") + " " + n.get("lladdr") + " " + n.get("state"));
        }
        return out;
    }

    /** As {@code ip neigh show}: without NOARP entries (multicast ones the kernel adds as it likes). */
    static TreeSet<String> fromLibrary(List<Neighbour> list) {
        TreeSet<String> out = new TreeSet<>();
        for (Neighbour n : list) {
            if (n.state() != NeighbourState.NOARP) {
                out.add(Cidr.format(n.address()) + " " + n.lladdr() + " " + List.of(n.state()));
            }
        }
        return out;
    }

    @Test
    void addedByEitherSideReadByBoth() {
        try (TestNs ns = TestNs.withIpv6()) {
            ns.veth("n0", "n1");
            Neighbours nb = ns.handle.neighbours();
            nb.add(NeighbourSpec.of("10.0.0.7", "n0").withLladdr("02:00:00:00:00:07"));
            nb.add(NeighbourSpec.of("10.0.0.8", "n0").withLladdr("02:00:00:00:00:08").withState(NeighbourState.REACHABLE));
            nb.add(NeighbourSpec.of("fd00::9", "n0").withLladdr("02:00:00:00:00:09"));
            ns.ip("neigh", "add", "10.0.0.10", "lladdr", "02:00:00:00:00:0a", "dev", "n0", "nud", "stale");
            ns.ip("neigh", "add", "10.0.0.11", "lladdr", "02:00:00:00:00:0b", "dev", "n0", "router");
            nb.replace(NeighbourSpec.of("10.0.0.8", "n0").withLladdr("02:00:00:00:00:0c"));

            List<Neighbour> list = nb.list(NeighbourFilter.dev("n0"));
            TreeSet<String> lib = fromLibrary(list);
            assertThat(lib).isEqualTo(fromIp(ns, "n0")).contains(
                    "10.0.0.7 02:00:00:00:00:07 [PERMANENT]",
                    "10.0.0.8 02:00:00:00:00:0c [PERMANENT]",
                    "10.0.0.10 02:00:00:00:00:0a [STALE]",
                    "fd00::9 02:00:00:00:00:09 [PERMANENT]");
            assertThat(list).filteredOn(n -> Cidr.format(n.address()).equals("10.0.0.11")).singleElement()
                    .satisfies(n -> assertThat(n.flags()).contains(NeighbourFlag.ROUTER))
                    .hasToString("10.0.0.11 dev n0 lladdr 02:00:00:00:00:0b router PERMANENT");
            int index = ns.handle.indexOf("n0");
            List<Neighbour> all = new ArrayList<>();
            nb.forEach(NeighbourFilter.all(), all::add);
            assertThat(all).filteredOn(n -> n.index() == index && n.state() != NeighbourState.NOARP)
                    .hasSameSizeAs(lib).allMatch(n -> "n0".equals(n.dev()));
            assertThat(nb.list(NeighbourFilter.dev("n0").withFamily(AddressFamily.INET6)))
                    .allMatch(n -> n.family() == AddressFamily.INET6).anyMatch(n -> Cidr.format(n.address()).equals("fd00::9"));
            assertThat(nb.list(NeighbourFilter.dev("n1"))).noneMatch(n -> Cidr.format(n.address()).equals("10.0.0.7"));

            nb.delete(NeighbourSpec.of("10.0.0.7", "n0"));
            assertThat(nb.deleteIfExists(NeighbourSpec.of("fd00::9", "n0"))).isTrue();
            assertThat(nb.deleteIfExists(NeighbourSpec.of("fd00::9", "n0"))).isFalse();
            assertThat(fromIp(ns, "n0")).doesNotContain("10.0.0.7 02:00:00:00:00:07 [PERMANENT]")
                    .isEqualTo(fromLibrary(nb.list(NeighbourFilter.dev("n0"))));
            assertThatThrownBy(() -> nb.delete(NeighbourSpec.of("10.0.0.7", "n0")))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ENOENT))
                    .hasMessageStartingWith("RTM_DELNEIGH 10.0.0.7 dev n0: ");
            assertThatThrownBy(() -> nb.add(NeighbourSpec.of("10.0.0.10", "n0").withLladdr("02:00:00:00:00:0c")))
                    .isInstanceOf(AlreadyExistsException.class)
                    .hasMessageStartingWith("RTM_NEWNEIGH 10.0.0.10 lladdr 02:00:00:00:00:0c dev n0: File exists (EEXIST)");
        }
    }

    @Test
    void manyAtOnce() {
        try (TestNs ns = TestNs.withIpv6()) {
            ns.veth("n0", "n1");
            List<NeighbourSpec> specs = new ArrayList<>();
            for (int i = 1; i <= 100; i++) {
                specs.add(NeighbourSpec.of("10.1.0." + i, "n0").withLladdr(String.format("02:00:00:00:01:%02x", i)));
            }
            specs.add(NeighbourSpec.of("10.1.0.5", "n0").withLladdr("02:00:00:00:00:05")); // EEXIST
            assertThat(ns.handle.neighbours().addAll(specs).failedIndices()).containsExactly(100);
            assertThat(fromIp(ns, "n0")).hasSize(100).isEqualTo(fromLibrary(ns.handle.neighbours().list(NeighbourFilter.dev("n0"))));
            assertThat(ns.handle.neighbours().deleteAll(specs.subList(0, 50)).ok()).isTrue();
            assertThat(fromIp(ns, "n0")).hasSize(50);
        }
    }

    @Test
    void badInputRejectedBeforeSending() {
        try (TestNs ns = TestNs.withIpv6()) {
            ns.veth("n0", "n1");
            Neighbours nb = ns.handle.neighbours();
            assertThatThrownBy(() -> NeighbourSpec.of("10.0.0.7", "n0").withLladdr("02:00:00:00:07"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("02:00:00:00:07");
            assertThatThrownBy(() -> NeighbourSpec.of("10.0.0.300", "n0"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10.0.0.300");
            assertThatThrownBy(() -> NeighbourSpec.of("10.0.0.7", "bad name"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad name");
            assertThatThrownBy(() -> NeighbourSpec.of((String) null, "n0"))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("address");
            assertThatThrownBy(() -> NeighbourSpec.of("10.0.0.7", "n0").withState(null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("state");
            assertThatThrownBy(() -> nb.add(NeighbourSpec.of("10.0.0.7", "nosuch0").withLladdr("02:00:00:00:00:07")))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ENODEV))
                    .hasMessageContaining("nosuch0");
            assertThat(fromIp(ns, "n0")).isEmpty();
        }
    }
}
