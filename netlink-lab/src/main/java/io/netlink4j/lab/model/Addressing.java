package io.netlink4j.lab.model;

import io.netlink4j.core.Cidr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Subnets and addresses: a segment whose ends have given addresses takes their subnet; the others
 * get the first free block of the pool big enough for them (a /24 at least). In a subnet, hosts
 * take addresses from the bottom (.1, .2...) and routers from the top (.254, .253...), skipping
 * the given ones.
 */
final class Addressing {
    private final Topology t;
    private final Map<String, Node> nodes;
    private final int[] segmentOf;
    private final List<List<Integer>> segmentLinks;
    private final Cidr[] subnets;
    /** The address of each end: [link][0 or 1]. */
    private final Cidr[][] addresses;

    Addressing(Topology t, Map<String, Node> nodes, String[][] names, int[] segmentOf, List<List<Integer>> segmentLinks) {
        this.t = t;
        this.nodes = nodes;
        this.segmentOf = segmentOf;
        this.segmentLinks = segmentLinks;
        this.subnets = new Cidr[segmentLinks.size()];
        this.addresses = new Cidr[t.links().size()][2];
        List<Cidr> given = givenSubnets();
        allocate(given);
        assign();
    }

    private List<Endpoint> l3Ends(int segment) {
        List<Endpoint> out = new ArrayList<>();
        for (int i : segmentLinks.get(segment)) {
            Link l = t.links().get(i);
            if (nodes.get(l.a().node()).kind().isL3()) {
                out.add(l.a());
            }
            if (nodes.get(l.b().node()).kind().isL3()) {
                out.add(l.b());
            }
        }
        return out;
    }

    /** The subnets of segments with given addresses; checks they agree within and do not overlap across. */
    private List<Cidr> givenSubnets() {
        List<Cidr> given = new ArrayList<>();
        List<Cidr> reserved = t.uplink() == null ? List.of() : Uplink.reserved();
        Map<Cidr, Integer> owner = new HashMap<>();
        Set<java.net.InetAddress> seen = new HashSet<>();
        for (int s = 0; s < segmentLinks.size(); s++) {
            Cidr subnet = null;
            Endpoint first = null;
            for (Endpoint e : l3Ends(s)) {
                Cidr a = e.address();
                if (a == null) {
                    continue;
                }
                if (!seen.add(a.address())) {
                    throw new IllegalArgumentException("lab " + t.name() + ": address " + a.address().getHostAddress()
                            + " is given twice (again to " + e.node() + ")");
                }
                Cidr net = Subnets.networkOf(a);
                if (subnet == null) {
                    subnet = net;
                    first = e;
                } else if (!subnet.equals(net)) {
                    throw new IllegalArgumentException("lab " + t.name() + ": " + first + " and " + e
                            + " are on one segment but in different subnets (" + subnet + ", " + net + ")");
                }
            }
            if (subnet != null) {
                for (Cidr r : reserved) {
                    if (Subnets.overlaps(r, subnet)) {
                        throw new IllegalArgumentException("lab " + t.name() + ": subnet " + subnet + " overlaps " + r
                                + ", which the uplink to the internet takes");
                    }
                }
                for (Cidr other : given) {
                    if (Subnets.overlaps(other, subnet)) {
                        throw new IllegalArgumentException("lab " + t.name() + ": subnets " + other + " and " + subnet
                                + " of two segments overlap: each segment needs its own subnet");
                    }
                }
                given.add(subnet);
                owner.put(subnet, s);
                subnets[s] = subnet;
                int room = (int) Math.min(Integer.MAX_VALUE, Subnets.size(subnet.prefixLength()) - 2);
                if (subnet.prefixLength() <= 30 && l3Ends(s).size() > room) {
                    throw new IllegalArgumentException("lab " + t.name() + ": subnet " + subnet + " holds " + room
                            + " hosts, but " + l3Ends(s).size() + " ends are on its segment");
                }
            }
        }
        return given;
    }

    private void allocate(List<Cidr> given) {
        List<Cidr> used = new ArrayList<>(given);
        if (t.uplink() != null) {
            used.addAll(Uplink.reserved());
        }
        long poolStart = Subnets.network(t.pool());
        long poolEnd = poolStart + Subnets.size(t.pool().prefixLength());
        long cursor = poolStart;
        for (int s = 0; s < segmentLinks.size(); s++) {
            int ends = l3Ends(s).size();
            if (subnets[s] != null || ends == 0) {
                continue;
            }
            int prefix = 24;
            while (Subnets.size(prefix) - 2 < ends) {
                prefix--;
            }
            long size = Subnets.size(prefix);
            long at = (cursor + size - 1) / size * size;
            Cidr found = null;
            while (at + size <= poolEnd) {
                Cidr c = new Cidr(Subnets.toAddress(at), prefix);
                Cidr clash = null;
                for (Cidr u : used) {
                    if (Subnets.overlaps(u, c)) {
                        clash = u;
                        break;
                    }
                }
                if (clash == null) {
                    found = c;
                    break;
                }
                at = Math.max(at + size, (Subnets.network(clash) + Subnets.size(clash.prefixLength()) + size - 1)
                        / size * size);
            }
            if (found == null) {
                throw new IllegalArgumentException("lab " + t.name() + ": pool " + t.pool() + " has no free /" + prefix
                        + " left for " + ends + " ends; give a larger pool");
            }
            subnets[s] = found;
            used.add(found);
            if (prefix == 24) {
                cursor = at + size;
            }
        }
    }

    private void assign() {
        for (int s = 0; s < segmentLinks.size(); s++) {
            if (subnets[s] == null) {
                continue;
            }
            Cidr subnet = subnets[s];
            long net = Subnets.network(subnet);
            long size = Subnets.size(subnet.prefixLength());
            Set<Long> used = new LinkedHashSet<>();
            for (int i : segmentLinks.get(s)) {
                Link l = t.links().get(i);
                if (l.a().address() != null) {
                    used.add(Subnets.toLong(l.a().address().address()));
                }
                if (l.b().address() != null) {
                    used.add(Subnets.toLong(l.b().address().address()));
                }
            }
            long low = size <= 2 ? net : net + 1;
            long high = size <= 2 ? net + size - 1 : net + size - 2;
            for (int i : segmentLinks.get(s)) {
                Link l = t.links().get(i);
                Endpoint[] ends = {l.a(), l.b()};
                for (int e = 0; e < 2; e++) {
                    NodeKind k = nodes.get(ends[e].node()).kind();
                    if (!k.isL3()) {
                        continue;
                    }
                    if (ends[e].address() != null) {
                        addresses[i][e] = ends[e].address();
                        continue;
                    }
                    long a;
                    if (k == NodeKind.ROUTER) {
                        while (used.contains(high)) {
                            high--;
                        }
                        a = high--;
                    } else {
                        while (used.contains(low)) {
                            low++;
                        }
                        a = low++;
                    }
                    if (a < net || a >= net + size) {
                        throw new IllegalArgumentException("lab " + t.name() + ": subnet " + subnet
                                + " has no free address left for " + ends[e].node());
                    }
                    used.add(a);
                    addresses[i][e] = new Cidr(Subnets.toAddress(a), subnet.prefixLength());
                }
            }
        }
    }

    PlannedInterface end(int link, Endpoint e, String name) {
        Link l = t.links().get(link);
        int which = e == l.a() ? 0 : 1;
        Node n = nodes.get(e.node());
        return new PlannedInterface(n.name(), n.kind(), name, addresses[link][which], e.mac(), l.effectiveMtu(), link,
                segmentOf[link]);
    }

    List<Segment> segments(List<PlannedLink> links) {
        List<Segment> out = new ArrayList<>();
        for (int s = 0; s < segmentLinks.size(); s++) {
            List<PlannedInterface> members = new ArrayList<>();
            Set<String> switches = new LinkedHashSet<>();
            for (int i : segmentLinks.get(s)) {
                for (PlannedInterface p : List.of(links.get(i).a(), links.get(i).b())) {
                    if (p.kind().isL3()) {
                        members.add(p);
                    } else {
                        switches.add(p.node());
                    }
                }
            }
            List<String> ordered = new ArrayList<>();
            for (Node n : nodes.values()) {
                if (switches.contains(n.name())) {
                    ordered.add(n.name());
                }
            }
            out.add(new Segment(s, subnets[s], members, ordered, segmentLinks.get(s)));
        }
        return out;
    }
}
