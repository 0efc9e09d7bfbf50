package io.netlink4j.examples.catalog;

import io.netlink4j.examples.model.Op;
import io.netlink4j.examples.model.Place;
import io.netlink4j.examples.model.Step;

/** Short spellings for the catalog: the article's command next to the op that replaces it. */
final class Dsl {
    static final Place HOST = Place.HOST;

    private Dsl() {}

    static Place ns(String name) {
        return Place.ns(name);
    }

    /** {@code ip netns exec NS CMD} for a namespace, {@code CMD} for the host. */
    static String in(Place at, String command) {
        return at.isHost() ? command : "ip netns exec " + at.namespace() + " " + command;
    }

    static Step netnsAdd(String name) {
        return Step.of("ip netns add " + name, new Op.CreateNs(name));
    }

    static Step vethPair(String name, String peer) {
        return Step.of("ip link add " + name + " type veth peer name " + peer, new Op.AddVeth(HOST, name, peer, null));
    }

    static Step newBridge(String name) {
        return Step.of("ip link add " + name + " type bridge", new Op.AddBridge(HOST, name));
    }

    static Step move(String dev, String ns) {
        return Step.of("ip link set " + dev + " netns " + ns, new Op.MoveTo(HOST, dev, ns));
    }

    static Step master(String dev, String bridge) {
        return Step.of("ip link set " + dev + " master " + bridge, new Op.SetMaster(HOST, dev, bridge));
    }

    static Step up(Place at, String dev) {
        return Step.of(in(at, "ip link set " + dev + " up"), new Op.SetUp(at, dev));
    }

    static Step addr(Place at, String cidr, String dev) {
        return Step.of(in(at, "ip addr add " + cidr + " dev " + dev), new Op.AddAddress(at, dev, cidr));
    }

    static Step defaultVia(Place at, String via) {
        return Step.of(in(at, "ip route add default via " + via), new Op.AddRoute(at, "default", via, null));
    }

    static Step ipForward() {
        return Step.of("sysctl -w net.ipv4.ip_forward=1", new Op.IpForward(HOST));
    }

    /** An article step as written, with a command the article spells its own way. */
    static Step as(String command, Op op) {
        return Step.of(command, op);
    }

    static Step added(Step s) {
        return Step.added(s.command(), s.op());
    }
}
