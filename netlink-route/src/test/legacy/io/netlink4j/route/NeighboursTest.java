package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.Cidr;
import io.netlink4j.core.Errno;
import io.netlink4j.core.NetlinkException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** ARP/NDP entries against the kernel, with {@code ip -j neigh show} as the independent reader. */
class NeighboursTest {
    static TreeSet<String> fromIp(TestNs ns, String dev) {
        TreeSet<String> out = new TreeSet<>();
        for (Map<String, Object> n : ns.json("neigh", "show", "dev", dev)) {
            out.add(Cidr.parseAddress((String) n.get("dst")).getHostAddress() + " " + n.get("lladdr") + " "
                    + n.get("state"));
        }
        return out;
    }

    /** Like {@code ip neigh show}, leaves out NOARP entries (multicast ones the kernel adds as it likes). */
    static TreeSet<String> fromLibrary(List<Neighbour> list) {
        TreeSet<String> out = new TreeSet<>();
        for (Neighbour n : list) {
            if (n.states().contains(NeighbourState.NOARP)) {
                continue;
            }
            out.add(n.address().getHostAddress() + " " + n.mac() + " "
                    + n.states().stream().map(NeighbourState::ipName).toList());
        }
        return out;
    }

    @Test
    void addedByEitherSideReadByBoth() {
        try (TestNs ns = TestNs.withIpv6()) {
            ns.veth("n0", "n1");
            Neighbours nb = ns.handle.neighbours();
            nb.add("n0", "10.0.0.7", "02:00:00:00:00:07", true);
            nb.add("n0", "10.0.0.8", "02:00:00:00:00:08", false);
            nb.add("n0", "fd00::9", "02:00:00:00:00:09", true);
            ns.ip("neigh", "add", "10.0.0.10", "lladdr", "02:00:00:00:00:0a", "dev", "n0", "nud", "stale");
            nb.replace("n0", "10.0.0.8", "02:00:00:00:00:0b", NeighbourState.PERMANENT);

            TreeSet<String> lib = fromLibrary(nb.list("n0"));
            assertThat(lib).isEqualTo(fromIp(ns, "n0")).contains(
                    "10.0.0.7 02:00:00:00:00:07 [PERMANENT]",
                    "10.0.0.8 02:00:00:00:00:0b [PERMANENT]",
                    "10.0.0.10 02:00:00:00:00:0a [STALE]",
                    "fd00:0:0:0:0:0:0:9 02:00:00:00:00:09 [PERMANENT]");
            int index = ns.handle.indexOf("n0");
            assertThat(nb.list()).filteredOn(n -> n.index() == index && !n.states().contains(NeighbourState.NOARP))
                    .hasSameSizeAs(lib);
            assertThat(nb.list("n1")).noneMatch(n -> n.address().getHostAddress().equals("10.0.0.7"));

            nb.delete("n0", "10.0.0.7");
            nb.delete("n0", "fd00::9");
            assertThat(fromIp(ns, "n0")).doesNotContain("10.0.0.7 02:00:00:00:00:07 [PERMANENT]")
                    .isEqualTo(fromLibrary(nb.list("n0")));
            assertThatThrownBy(() -> nb.delete("n0", "10.0.0.7"))
                    .isInstanceOfSatisfying(NetlinkException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ENOENT))
                    .hasMessageContaining("RTM_DELNEIGH 10.0.0.7 dev n0");
            assertThatThrownBy(() -> nb.add("n0", "10.0.0.10", "02:00:00:00:00:0c", true))
                    .isInstanceOfSatisfying(NetlinkException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EEXIST));
        }
    }

    @Test
    void badInputRejectedBeforeSending() {
        try (TestNs ns = TestNs.withIpv6()) {
            ns.veth("n0", "n1");
            Neighbours nb = ns.handle.neighbours();
            assertThatThrownBy(() -> nb.add("n0", "10.0.0.7", "02:00:00:00:07", true))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("02:00:00:00:07");
            assertThatThrownBy(() -> nb.add("n0", "10.0.0.300", "02:00:00:00:00:07", true))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10.0.0.300");
            assertThatThrownBy(() -> nb.add("nosuch0", "10.0.0.7", "02:00:00:00:00:07", true))
                    .isInstanceOfSatisfying(NetlinkException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ENODEV))
                    .hasMessageContaining("nosuch0");
            assertThat(fromIp(ns, "n0")).isEmpty();
        }
    }
}
