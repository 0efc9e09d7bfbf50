package io.netlink4j.examples.run;

import io.netlink4j.examples.catalog.Catalog;
import io.netlink4j.examples.model.Example;
import io.netlink4j.examples.model.Op;
import io.netlink4j.examples.model.Place;
import io.netlink4j.examples.model.Section;
import io.netlink4j.examples.model.Step;
import java.util.ArrayList;
import java.util.List;

/** What {@code up} does before the article (the sandbox) and what {@code down} does after it. */
public final class Plans {
    private Plans() {}

    /**
     * The sandbox: a host namespace with uplink {@code eth0} 203.0.113.2/24 to the wan namespace
     * (203.0.113.1/24, 198.51.100.1/32 on lo, no route back to private subnets) and a default route.
     */
    public static Section sandbox(Target t) {
        String s = t.sandbox();
        String wan = t.wan();
        Place w = Place.ns(wan);
        return new Section("Sandbox: the host is namespace " + s + ", the internet is " + wan,
                List.of(
                        Step.support("ip netns add " + s, new Op.CreateNs(s)),
                        Step.support("ip netns add " + wan, new Op.CreateNs(wan)),
                        Step.support("ip -n " + s + " link set lo up", new Op.SetUp(Place.HOST, "lo")),
                        Step.support("ip -n " + s + " link add eth0 type veth peer name eth0 netns " + wan,
                                new Op.AddVeth(Place.HOST, "eth0", "eth0", wan)),
                        Step.support("ip -n " + s + " addr add " + Target.UPLINK_CIDR + " dev eth0",
                                new Op.AddAddress(Place.HOST, "eth0", Target.UPLINK_CIDR)),
                        Step.support("ip -n " + s + " link set eth0 up", new Op.SetUp(Place.HOST, "eth0")),
                        Step.support("ip -n " + wan + " addr add " + Target.WAN_GATEWAY + "/24 dev eth0",
                                new Op.AddAddress(w, "eth0", Target.WAN_GATEWAY + "/24")),
                        Step.support("ip -n " + wan + " addr add " + Target.REMOTE_SERVER + "/32 dev lo",
                                new Op.AddAddress(w, "lo", Target.REMOTE_SERVER + "/32")),
                        Step.support("ip -n " + wan + " link set eth0 up", new Op.SetUp(w, "eth0")),
                        Step.support("ip -n " + wan + " link set lo up", new Op.SetUp(w, "lo")),
                        Step.support("ip -n " + s + " route add default via " + Target.WAN_GATEWAY,
                                new Op.AddRoute(Place.HOST, "default", Target.WAN_GATEWAY, null))),
                List.of("not in the article: a throwaway host so this machine is never touched; "
                        + wan + " has no route back to private subnets, so pings from the article's"
                        + " namespaces to " + Target.REMOTE_SERVER + " need forwarding and masquerade"));
    }

    /** What {@code down} does: the article's namespaces, then host leftovers or the sandbox itself. */
    public static Section down(Example e, Target t) {
        List<Step> steps = new ArrayList<>();
        List<String> names = new ArrayList<>(e.namespaces());
        for (String n : names.reversed()) {
            steps.add(Step.support("ip netns del " + n, new Op.DeleteNs(n)));
        }
        List<String> notes = new ArrayList<>();
        if (t.isHost()) {
            for (String dev : e.hostDevices()) {
                steps.add(Step.support("ip link del " + dev, new Op.DeleteLink(Place.HOST, dev)));
            }
            for (String table : e.hostNftTables()) {
                steps.add(Step.support("nft delete table ip " + table, new Op.DeleteNftTable(Place.HOST, table)));
            }
            if (e.steps().stream().anyMatch(s -> s.op() instanceof Op.IpForward)) {
                notes.add("net.ipv4.ip_forward stays 1: other things on this host may rely on it");
            }
        } else {
            steps.add(Step.support("ip netns del " + t.sandbox(), new Op.DeleteNs(t.sandbox())));
            steps.add(Step.support("ip netns del " + t.wan(), new Op.DeleteNs(t.wan())));
            notes.add("deleting the sandbox namespace removes its bridges, veth ends, routes, sysctls and"
                    + " nftables table " + Catalog.NFT_TABLE + " with it");
        }
        return new Section("down: remove what " + e.id() + " made", steps, notes);
    }
}
