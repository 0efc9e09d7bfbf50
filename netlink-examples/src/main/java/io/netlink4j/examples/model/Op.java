package io.netlink4j.examples.model;

/**
 * One thing an example does to the kernel. Each kind knows the library call that does it, printed
 * next to the command it replaces; {@code run.LibraryKernel} performs it from the same fields, so
 * what is printed is what runs.
 */
public sealed interface Op {
    /** The library call, as Java a reader can copy ({@code host}, {@code ns(..)} and {@code nft} as the legend says). */
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

    /**
     * {@code ip link add NAME [mtu M] [master BR] [up] type veth peer name PEER [netns PEERNS] [mtu M]
     * [address MAC]}: one request, the peer born in its namespace when one is given.
     *
     * @param peerNs  the peer's namespace, or {@code null} for the same one
     * @param mtu     both ends' MTU, or 0 for the kernel's
     * @param peerMac the peer's MAC, or {@code null}
     * @param master  the bridge this end joins, or {@code null}
     * @param up      whether this end is set up in the same request
     */
    record AddVeth(Place at, String name, String peer, String peerNs, int mtu, String peerMac, String master,
                   boolean up) implements Op {
        /** A plain pair, the peer in {@code peerNs} (or beside this end when null). */
        public AddVeth(Place at, String name, String peer, String peerNs) {
            this(at, name, peer, peerNs, 0, null, null, false);
        }

        @Override
        public String call() {
            StringBuilder b = new StringBuilder("Veth.of(" + q(name) + ", " + q(peer) + ")");
            if (peerNs != null) {
                b.append(".withPeerIn(ns(").append(q(peerNs)).append(").namespace())");
            }
            if (mtu > 0) {
                b.append(".withMtu(").append(mtu).append(").withPeerMtu(").append(mtu).append(")");
            }
            if (peerMac != null) {
                b.append(".withPeerMac(").append(q(peerMac)).append(")");
            }
            if (master != null) {
                b.append(".withMaster(").append(q(master)).append(")");
            }
            if (up) {
                b.append(".withUp()");
            }
            return at.handle() + ".links().add(" + b + ")";
        }
    }

    /** {@code ip link add NAME [up] type bridge} / {@code brctl addbr NAME}. */
    record AddBridge(Place at, String name, boolean up) implements Op {
        /** A bridge left down, as {@code ip link add NAME type bridge} makes it. */
        public AddBridge(Place at, String name) {
            this(at, name, false);
        }

        @Override
        public String call() {
            return at.handle() + ".links().add(Bridge.of(" + q(name) + ")" + (up ? ".withUp()" : "") + ")";
        }
    }

    /**
     * {@code ip link add NAME master BR up type vxlan id VNI dev DEV local IP nolearning dstport PORT}:
     * a VXLAN tunnel endpoint without learning (the FDB is its control plane).
     */
    record AddVxlan(Place at, String name, int vni, String dev, String local, int port, String master) implements Op {
        @Override
        public String call() {
            return at.handle() + ".links().add(Vxlan.of(" + q(name) + ", " + vni + ").withDevice(" + q(dev)
                    + ").withLocal(" + q(local) + ").withLearning(false).withPort(" + port + ").withMaster("
                    + q(master) + ").withUp())";
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
            return at.handle() + ".addresses().add(AddressSpec.of(" + q(cidr) + ", " + q(dev) + "))";
        }
    }

    /**
     * {@code ip route add DST [via GW] [dev DEV] [table T]}; {@code via} or {@code dev} may be null,
     * not both; {@code table} null is table main.
     */
    record AddRoute(Place at, String destination, String via, String dev, Long table) implements Op {
        /** Checks that the route says where to go. */
        public AddRoute {
            if (via == null && dev == null) {
                throw new IllegalArgumentException("route " + destination + " needs a gateway or a device");
            }
        }

        /** A route in table main. */
        public AddRoute(Place at, String destination, String via, String dev) {
            this(at, destination, via, dev, null);
        }

        @Override
        public String call() {
            return at.handle() + ".routes().add(RouteSpec.to(" + q(destination) + ")"
                    + (via == null ? "" : ".withVia(" + q(via) + ")")
                    + (dev == null ? "" : ".withDev(" + q(dev) + ")")
                    + (table == null ? "" : ".withTable(RouteTable.of(" + table + "))") + ")";
        }
    }

    /**
     * {@code ip rule add [from PREFIX] [fwmark MARK] lookup TABLE}: {@code from} null is
     * {@code from all}, {@code fwmark} null is no mark.
     */
    record AddRule(Place at, String from, Long fwmark, long table) implements Op {
        @Override
        public String call() {
            return at.handle() + ".rules().add(" + (from == null ? "RuleSpec.all()" : "RuleSpec.from(" + q(from) + ")")
                    + (fwmark == null ? "" : ".withFwmark(0x" + Long.toHexString(fwmark) + ")")
                    + ".withTable(RouteTable.of(" + table + ")))";
        }
    }

    /** {@code sysctl -w net.ipv4.ip_forward=1} inside the place's namespace. */
    record IpForward(Place at) implements Op {
        @Override
        public String call() {
            return at.handle() + ".sysctl().setIpForwarding(true)";
        }
    }

    /** {@code sysctl -w KEY=VALUE} inside the place's namespace. */
    record Sysctl(Place at, String key, String value) implements Op {
        @Override
        public String call() {
            return at.handle() + ".sysctl().set(" + q(key) + ", " + q(value) + ")";
        }
    }

    /** {@code bridge link set dev DEV isolated on|off}. */
    record SetPortIsolated(Place at, String dev, boolean isolated) implements Op {
        @Override
        public String call() {
            return at.handle() + ".bridgePorts().change(BridgePortSpec.of(" + q(dev) + ").withIsolated(" + isolated + "))";
        }
    }

    /**
     * {@code bridge fdb add|append MAC dev DEV dst IP [static]}: an entry of a VXLAN device's own
     * table; {@code append} adds one more destination for the same MAC (head-end replication with
     * the all-zero MAC).
     */
    record AddFdb(Place at, String mac, String dev, String dst, boolean append, boolean isStatic) implements Op {
        /** Whether this is the all-zero MAC (the destination of flooded frames). */
        public boolean flood() {
            return mac.equals("00:00:00:00:00:00");
        }

        @Override
        public String call() {
            return at.handle() + ".fdb()." + (append ? "append" : "add") + "(FdbSpec.of("
                    + (flood() ? "MacAddress.ZERO" : q(mac)) + ", " + q(dev) + ").withDst(" + q(dst) + ")"
                    + (isStatic ? ".withState(FdbState.STATIC)" : "") + ")";
        }
    }

    /** {@code tc qdisc add dev DEV root tbf rate R burst B latency L}. */
    record AddTbf(Place at, String dev, String rate, String burst, String latency) implements Op {
        @Override
        public String call() {
            return at.handle() + ".qdiscs().add(QdiscSpec.root(" + q(dev) + ", Tbf.of(" + q(rate) + ").withBurst("
                    + q(burst) + ").withLatency(" + q(latency) + ")))";
        }
    }

    /** {@code tc qdisc add dev DEV root handle H htb default D}. */
    record AddHtb(Place at, String dev, String handle, String defaultClass) implements Op {
        @Override
        public String call() {
            return at.handle() + ".qdiscs().add(QdiscSpec.root(" + q(dev) + ", Htb.of().withDefault(" + q(defaultClass)
                    + ")).withHandle(" + q(handle) + "))";
        }
    }

    /** {@code tc class add dev DEV parent P classid C htb rate R [ceil C]}; {@code ceil} may be null. */
    record AddHtbClass(Place at, String dev, String parent, String classId, String rate, String ceil) implements Op {
        @Override
        public String call() {
            return at.handle() + ".classes().add(TrafficClassSpec.of(" + q(dev) + ", " + q(parent) + ", " + q(classId)
                    + ", HtbClass.of(" + q(rate) + ")" + (ceil == null ? "" : ".withCeil(" + q(ceil) + ")") + "))";
        }
    }

    /**
     * {@code tc filter add dev DEV parent P protocol ip prio N u32 match ip dst CIDR flowid C}.
     */
    record AddU32(Place at, String dev, String parent, int priority, String dst, String classId) implements Op {
        @Override
        public String call() {
            return at.handle() + ".filters().add(FilterSpec.of(" + q(dev) + ", " + q(parent) + ", U32.of().matchIpDst("
                    + q(dst) + ").withClassId(" + q(classId) + ")).withProtocol(\"ip\").withPriority(" + priority + "))";
        }
    }

    /** {@code tc qdisc add dev DEV root netem delay D loss L}. */
    record AddNetem(Place at, String dev, String delay, String loss) implements Op {
        @Override
        public String call() {
            return at.handle() + ".qdiscs().add(QdiscSpec.root(" + q(dev) + ", Netem.of().withDelay(" + q(delay)
                    + ").withLoss(" + q(loss) + ")))";
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
            return nft(at) + ".tables().deleteIfExists(Family.IP, " + q(table) + ")";
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
