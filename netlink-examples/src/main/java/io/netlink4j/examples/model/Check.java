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
}
