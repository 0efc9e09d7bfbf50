package io.netlink4j.examples.model;

/** One thing {@code verify} checks, the way the articles' test scripts do. */
public sealed interface Check {
    /** The {@code [PASS]}/{@code [FAIL]} line's text. */
    String describe();

    /** {@code ip netns list | grep NAME}. */
    record NsExists(String name) implements Check {
        @Override
        public String describe() {
            return "namespace " + name + " exists";
        }
    }

    /** {@code ip link show DEV}: the device exists and is administratively up. */
    record LinkUp(Place at, String dev) implements Check {
        @Override
        public String describe() {
            return at + ": " + dev + " exists and is up";
        }
    }

    /** {@code ip addr show dev DEV}: the address with its prefix is there. */
    record HasAddress(Place at, String dev, String cidr) implements Check {
        @Override
        public String describe() {
            return at + ": " + dev + " has " + cidr;
        }
    }

    /**
     * {@code ip route}: a route to {@code destination} ({@code null} = default) in the main table,
     * via {@code gateway} (may be null) out of {@code dev} (may be null).
     */
    record HasRoute(Place at, String destination, String gateway, String dev) implements Check {
        @Override
        public String describe() {
            return at + ": route " + (destination == null ? "default" : destination)
                    + (gateway == null ? "" : " via " + gateway) + (dev == null ? "" : " dev " + dev);
        }
    }

    /** {@code bridge link}: DEV is a port of BRIDGE. */
    record Master(Place at, String dev, String bridge) implements Check {
        @Override
        public String describe() {
            return at + ": " + dev + " is a port of " + bridge;
        }
    }

    /** {@code sysctl net.ipv4.ip_forward} is 1. */
    record Forwarding(Place at) implements Check {
        @Override
        public String describe() {
            return at + ": net.ipv4.ip_forward = 1";
        }
    }

    /** {@code ip netns exec FROM ping -c N TARGET}: real ICMP echo from inside {@code from}. */
    record Ping(Place from, String target) implements Check {
        @Override
        public String describe() {
            return "ping " + target + " from " + from;
        }
    }

    /**
     * NAT: {@code from} reaches "the internet" — in the sandbox the wan namespace's 198.51.100.1,
     * which has no route back to the private subnets, so only masquerade makes the reply come back;
     * with {@code --host}, 8.8.8.8 as in the articles.
     */
    record Internet(Place from) implements Check {
        @Override
        public String describe() {
            return "NAT: ping the internet from " + from;
        }
    }

    /**
     * {@code ip netns exec FROM ping -c 1 -W 0.3 TARGET} must get no answer: isolation or policy
     * keeps {@code from} from reaching {@code target}. Passes only when nothing comes back.
     */
    record NoPing(Place from, String target) implements Check {
        @Override
        public String describe() {
            return from + " cannot reach " + target;
        }
    }

    /**
     * The kernel holds what {@code op} made, read back through the library ({@code tc qdisc show},
     * {@code tc class show}, {@code tc filter show}, {@code ip rule}, {@code ip route show table},
     * {@code bridge fdb}, {@code bridge link}) and compared with what the step asked for.
     */
    record Has(Op op) implements Check {
        @Override
        public String describe() {
            return switch (op) {
                case Op.AddTbf t -> t.at() + ": qdisc tbf rate " + t.rate() + " burst " + t.burst() + " latency "
                        + t.latency() + " on " + t.dev();
                case Op.AddHtb h -> h.at() + ": qdisc htb " + h.handle() + " default " + h.defaultClass() + " on " + h.dev();
                case Op.AddHtbClass c -> c.at() + ": class htb " + c.classId() + " rate " + c.rate()
                        + (c.ceil() == null ? "" : " ceil " + c.ceil()) + " on " + c.dev();
                case Op.AddU32 f -> f.at() + ": u32 filter " + f.dst() + " -> " + f.classId() + " on " + f.dev();
                case Op.AddNetem n -> n.at() + ": qdisc netem delay " + n.delay() + " loss " + n.loss() + " on " + n.dev();
                case Op.AddRule r -> r.at() + ": rule " + (r.from() == null ? "" : "from " + r.from() + " ")
                        + (r.fwmark() == null ? "" : "fwmark 0x" + Long.toHexString(r.fwmark()) + " ") + "lookup " + r.table();
                case Op.AddRoute r -> r.at() + ": route " + r.destination() + (r.via() == null ? "" : " via " + r.via())
                        + (r.dev() == null ? "" : " dev " + r.dev()) + (r.table() == null ? "" : " table " + r.table());
                case Op.AddFdb f -> f.at() + ": fdb " + f.mac() + " dev " + f.dev() + " dst " + f.dst()
                        + (f.isStatic() ? " static" : "");
                case Op.SetPortIsolated p -> p.at() + ": port " + p.dev() + (p.isolated() ? " is isolated" : " is not isolated");
                default -> "the kernel has what '" + op.call() + "' made";
            };
        }
    }

    /**
     * {@code ip route get TO [from FROM] [iif IIF] [mark MARK]} in {@code at} answers {@code via VIA dev DEV}.
     * {@code from}, {@code iif} may be null, {@code mark} 0.
     */
    record RouteGet(Place at, String to, String from, String iif, long mark, String via, String dev) implements Check {
        @Override
        public String describe() {
            return at + ": ip route get " + to + (from == null ? "" : " from " + from) + (iif == null ? "" : " iif " + iif)
                    + (mark == 0 ? "" : " mark 0x" + Long.toHexString(mark)) + " -> via " + via + " dev " + dev;
        }
    }

    /**
     * A ping from {@code from} to {@code target} leaves through {@code via}: the packets are counted
     * on {@code via}'s {@code dev} and not on {@code other}'s {@code otherDev}; {@code answered} says
     * whether {@code target} answers (an ISP answers only for its own address).
     */
    record PathVia(Place from, String target, boolean answered, Place via, String dev, Place other, String otherDev)
            implements Check {
        @Override
        public String describe() {
            return from + "'s ping to " + target + " leaves via " + via + (answered ? "" : " (which does not answer it)");
        }
    }

    /**
     * TCP throughput from {@code from} to {@code address} in {@code to}, measured for a bounded time
     * by a meter whose sockets are made inside the two namespaces; passes within
     * [{@code minMbit}, {@code maxMbit}] ({@code maxMbit} may be infinite).
     */
    record Throughput(Place from, Place to, String address, double minMbit, double maxMbit, String expect)
            implements Check {
        @Override
        public String describe() {
            return "TCP " + from + " -> " + address + " (" + to + "): " + expect;
        }
    }

    /**
     * tc class {@code classId} on {@code dev} counted the flow to {@code flowAddress} that a
     * {@link Throughput} check measured (at least the payload bytes the receiver counted), and its
     * parent {@code parentId} counted its children together.
     */
    record ClassCarried(Place at, String dev, String classId, String parentId, String flowAddress) implements Check {
        @Override
        public String describe() {
            return at + ": class " + classId + " on " + dev + " counted the flow to " + flowAddress;
        }
    }

    /** {@code ping -c COUNT}: replies come back, each after at least {@code minRttMillis} (netem's delay). */
    record PingRtt(Place from, String target, int count, long minRttMillis) implements Check {
        @Override
        public String describe() {
            return "ping " + target + " from " + from + ": round trips of at least " + minRttMillis + " ms";
        }
    }

    /**
     * {@code check}, where the kernel has {@code qdiscKind}; where it does not, verify says so on a
     * {@code [SKIP]} line and does not fail.
     */
    record IfKernelHas(String qdiscKind, Check check) implements Check {
        @Override
        public String describe() {
            return check.describe();
        }
    }
}
