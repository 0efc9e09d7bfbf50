package io.netlink4j.examples.model;

/**
 * One thing an example does to the kernel. Each kind knows the library call that does it, printed
 * next to the article's command; {@code run.LibraryKernel} performs it.
 */
public sealed interface Op {
    /** The library call, as Java a reader can copy ({@code host} and {@code ns(..)} are route handles). */
    String call();

    /** {@code ip netns add NAME}. */
    record CreateNs(String name) implements Op {
        @Override
        public String call() {
            return "NetNs.create(" + q(name) + ")";
        }
    }

    /** {@code ip netns del NAME}, tolerant of absence (for {@code down}). */
    record DeleteNs(String name) implements Op {
        @Override
        public String call() {
            return "NetNs.deleteIfExists(" + q(name) + ")";
        }
    }

    /** {@code ip link add NAME type veth peer name PEER [netns PEERNS]}. */
    record AddVeth(Place at, String name, String peer, String peerNs) implements Op {
        @Override
        public String call() {
            return at.handle() + ".links().add(Veth.of(" + q(name) + ", " + q(peer)
                    + (peerNs == null ? "" : ", NetNs.named(" + q(peerNs) + ")") + "))";
        }
    }

    /** {@code ip link add NAME type bridge} / {@code brctl addbr NAME}. */
    record AddBridge(Place at, String name) implements Op {
        @Override
        public String call() {
            return at.handle() + ".links().add(Bridge.of(" + q(name) + "))";
        }
    }

    /** {@code ip link del NAME}, tolerant of absence (for {@code down --host}). */
    record DeleteLink(Place at, String name) implements Op {
        @Override
        public String call() {
            return at.handle() + ".links().deleteIfExists(" + q(name) + ")";
        }
    }

    /** {@code ip link set DEV netns NS}. */
    record MoveTo(Place at, String dev, String ns) implements Op {
        @Override
        public String call() {
            return at.handle() + ".links().moveTo(" + q(dev) + ", " + q(ns) + ")";
        }
    }

    /** {@code ip link set DEV master BRIDGE} / {@code brctl addif BRIDGE DEV}. */
    record SetMaster(Place at, String dev, String bridge) implements Op {
        @Override
        public String call() {
            return at.handle() + ".links().setMaster(" + q(dev) + ", " + q(bridge) + ")";
        }
    }

    /** {@code ip link set DEV up}. */
    record SetUp(Place at, String dev) implements Op {
        @Override
        public String call() {
            return at.handle() + ".links().setUp(" + q(dev) + ")";
        }
    }

    /** {@code ip addr add CIDR dev DEV}. */
    record AddAddress(Place at, String dev, String cidr) implements Op {
        @Override
        public String call() {
            return at.handle() + ".addresses().add(" + q(dev) + ", " + q(cidr) + ")";
        }
    }

    /** {@code ip route add DST dev DEV} (a link-scope route without gateway). */
    record AddRoute(Place at, String destination, String dev) implements Op {
        @Override
        public String call() {
            return at.handle() + ".routes().add(" + q(destination) + ", " + q(dev) + ")";
        }
    }

    /** {@code ip route add default [via GW] [dev DEV]}; {@code via} or {@code dev} may be null, not both. */
    record AddDefault(Place at, String via, String dev) implements Op {
        /** Checks that the route says where to go. */
        public AddDefault {
            if (via == null && dev == null) {
                throw new IllegalArgumentException("a default route needs a gateway or a device");
            }
        }

        @Override
        public String call() {
            if (via == null) {
                return at.handle() + ".routes().add(RouteSpec.defaultRoute().dev(" + q(dev) + "))";
            }
            return at.handle() + ".routes().addDefault(" + q(via) + (dev == null ? "" : ", " + q(dev)) + ")";
        }
    }

    /** {@code sysctl -w net.ipv4.ip_forward=1} inside the place's namespace. */
    record IpForward(Place at) implements Op {
        @Override
        public String call() {
            return at.handle() + ".sysctl().setIpForwarding(true)";
        }
    }

    /** {@code iptables -t nat -A POSTROUTING -o OUT -j MASQUERADE}. */
    record Masquerade(Place at, String table, String outInterface) implements Op {
        @Override
        public String call() {
            return nft(at) + ".masquerade(" + q(table) + ", " + q(outInterface) + ")";
        }
    }

    /** {@code iptables -t nat -A POSTROUTING -s SRC ! -o DEV -j MASQUERADE}. */
    record MasqueradeSource(Place at, String table, String source, String notOutInterface) implements Op {
        @Override
        public String call() {
            return nft(at) + ".masqueradeSource(" + q(table) + ", " + q(source) + ", "
                    + q(notOutInterface) + ")";
        }
    }

    /** {@code nft delete table ip TABLE}, tolerant of absence (for {@code down --host}). */
    record DeleteNftTable(Place at, String table) implements Op {
        @Override
        public String call() {
            return nft(at) + ".deleteTable(Family.IP, " + q(table) + ")";
        }
    }

    /** An article line with nothing left to do: an earlier call already did it. */
    record Nothing(String why) implements Op {
        @Override
        public String call() {
            return "(" + why + ")";
        }
    }

    private static String q(String s) {
        return "\"" + s + "\"";
    }

    /** {@code nft} is {@code Nftables.open(host.namespace())}, as the printed legend says. */
    private static String nft(Place at) {
        return at.isHost() ? "nft" : "Nftables.open(" + at.handle() + ".namespace())";
    }
}
