package io.netlink4j.route.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.route.testing.TestNs;
import java.util.List;
import java.util.Map;

/** Checks that the library's view of every link agrees with what {@code ip -j -d -s link} shows. */
final class LinkWitness {
    private LinkWitness() {}

    /** Every link the library lists in {@code t} agrees with ip's, and both list the same names. */
    static void allAgree(TestNs t) {
        List<Link> lib = t.links().list(); // first: counters only grow, so ip's, read after, are at least these
        List<Map<String, Object>> ip = t.ipLinks();
        assertThat(lib).extracting(Link::name)
                .containsExactlyInAnyOrderElementsOf(ip.stream().map(m -> (String) m.get("ifname")).toList());
        for (Link l : lib) {
            Map<String, Object> j = ip.stream().filter(m -> l.name().equals(m.get("ifname"))).findFirst().orElseThrow();
            LinkJson.agrees(l, j, true);
        }
    }
}
