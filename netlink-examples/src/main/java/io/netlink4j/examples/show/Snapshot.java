package io.netlink4j.examples.show;

import io.netlink4j.core.AddressFamily;
import io.netlink4j.route.Rtnetlink;
import io.netlink4j.route.address.Address;
import io.netlink4j.route.link.Link;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the kernel says about a set of namespaces, read through the library: links and addresses
 * per namespace, and the veth pairs between them.
 */
record Snapshot(List<Space> spaces, List<Pair> pairs) {
    /** One namespace as read: its name for display, its links by index, its addresses. */
    record Space(String name, String role, List<Link> links, List<Address> addresses) {
        Optional<Link> link(int index) {
            return links.stream().filter(l -> l.index() == index).findFirst();
        }

        List<String> addressesOf(Link l) {
            return addresses.stream().filter(a -> a.index() == l.index() && a.family() == AddressFamily.INET)
                    .map(a -> a.cidr().toString()).toList();
        }

        List<Link> ports(Link bridge) {
            return links.stream().filter(l -> l.masterIndex() == bridge.index()).toList();
        }
    }

    /** A veth end, and where its peer is (null when not found among the namespaces read). */
    record End(Space space, Link link) {
        String label() {
            return space.name() + ":" + link.name();
        }
    }

    /** Two veth ends that are each other's peer. */
    record Pair(End a, End b) {}

    /** Reads {@code names} ({@code null} stands for the namespace this program runs in). */
    static Snapshot read(List<String> names) {
        List<Space> spaces = new ArrayList<>();
        for (String n : names) {
            try (Rtnetlink h = n == null ? Rtnetlink.open() : Rtnetlink.open(n)) {
                List<Link> links = new ArrayList<>(h.links().list());
                links.sort(Comparator.comparingInt(Link::index));
                spaces.add(new Space(n == null ? "host" : n, "", links, h.addresses().list()));
            } catch (RuntimeException e) {
                // a namespace deleted while we read is simply not drawn
            }
        }
        return new Snapshot(spaces, pair(spaces));
    }

    /**
     * Pairs veth ends: a veth's IFLA_LINK is its peer's ifindex in the peer's namespace, so two
     * veths pointing at each other's index are a pair (within one namespace when the link has no
     * link-netnsid, across namespaces otherwise).
     */
    private static List<Pair> pair(List<Space> spaces) {
        List<Pair> pairs = new ArrayList<>();
        List<End> seen = new ArrayList<>();
        for (Space s : spaces) {
            for (Link l : s.links()) {
                if (!"veth".equals(l.kind()) || seen.stream().anyMatch(e -> e.space() == s && e.link() == l)) {
                    continue;
                }
                End me = new End(s, l);
                End peer = findPeer(spaces, me, seen);
                if (peer != null) {
                    pairs.add(new Pair(me, peer));
                    seen.add(me);
                    seen.add(peer);
                }
            }
        }
        return pairs;
    }

    private static End findPeer(List<Space> spaces, End me, List<End> seen) {
        Link l = me.link();
        boolean sameNs = l.linkNetnsId() < 0;
        for (Space s : spaces) {
            if (sameNs != (s == me.space())) {
                continue;
            }
            for (Link p : s.links()) {
                if (p != l && "veth".equals(p.kind()) && p.index() == l.linkIndex() && p.linkIndex() == l.index()
                        && (p.linkNetnsId() < 0) == sameNs
                        && seen.stream().noneMatch(e -> e.space() == s && e.link() == p)) {
                    return new End(s, p);
                }
            }
        }
        return null;
    }

    Optional<End> peerOf(Space s, Link l) {
        for (Pair p : pairs) {
            if (p.a().space() == s && p.a().link() == l) {
                return Optional.of(p.b());
            }
            if (p.b().space() == s && p.b().link() == l) {
                return Optional.of(p.a());
            }
        }
        return Optional.empty();
    }
}
