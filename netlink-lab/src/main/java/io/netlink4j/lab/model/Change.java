package io.netlink4j.lab.model;

import io.netlink4j.core.Cidr;
import io.netlink4j.core.MacAddress;
import java.util.Objects;

/**
 * One difference between a lab's plan and the kernel, as {@code Lab.diff()} reports it and
 * {@code Lab.up} applies it. Each prints as one line: {@code +} for what is missing, {@code -}
 * for what is there but not planned, {@code ~} for what is there but different.
 */
public sealed interface Change {
    /** The line {@code diff} prints: {@code + node h3 (host)}. */
    @Override
    String toString();

    /**
     * A node of the plan that is not there.
     *
     * @param node its name
     * @param kind its kind
     */
    record AddNode(String node, NodeKind kind) implements Change {
        /** Checks the parts. */
        public AddNode {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public String toString() {
            return "+ node " + node + " (" + kind + ")";
        }
    }

    /**
     * A node there with the lab's marker that the plan does not have.
     *
     * @param node its name
     * @param kind its kind
     */
    record RemoveNode(String node, NodeKind kind) implements Change {
        /** Checks the parts. */
        public RemoveNode {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public String toString() {
            return "- node " + node + " (" + kind + ")";
        }
    }

    /**
     * A host or router of another kind than planned (forwarding and the marker change).
     *
     * @param node its name
     * @param from the kind it has
     * @param to   the kind planned
     */
    record SetKind(String node, NodeKind from, NodeKind to) implements Change {
        /** Checks the parts. */
        public SetKind {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public String toString() {
            return "~ node " + node + " " + from + " -> " + to;
        }
    }

    /**
     * The planned uplink is not there (or its router's end is).
     *
     * @param router its router
     */
    record AddUplink(String router) implements Change {
        /** Checks the parts. */
        public AddUplink {
            Objects.requireNonNull(router, "router");
        }

        @Override
        public String toString() {
            return "+ uplink on " + router;
        }
    }

    /**
     * An uplink there that the plan does not have.
     *
     * @param router its router
     */
    record RemoveUplink(String router) implements Change {
        /** Checks the parts. */
        public RemoveUplink {
            Objects.requireNonNull(router, "router");
        }

        @Override
        public String toString() {
            return "- uplink on " + router;
        }
    }

    /**
     * A link of the plan whose veth pair is not there (or not whole: the stray end goes first).
     *
     * @param link the link
     */
    record AddLink(PlannedLink link) implements Change {
        /** Checks the parts. */
        public AddLink {
            Objects.requireNonNull(link, "link");
        }

        @Override
        public String toString() {
            return "+ link " + link.label() + (link.link().mtu() != 0 ? " mtu " + link.link().mtu() : "");
        }
    }

    /**
     * A veth end there that no planned link explains (deleting it deletes its peer too).
     *
     * @param node   the node it is on
     * @param ifname its name
     * @param peer   its peer as {@code node:name}, or {@code ?} when unknown
     */
    record RemoveLink(String node, String ifname, String peer) implements Change {
        /** Checks the parts. */
        public RemoveLink {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(ifname, "ifname");
            Objects.requireNonNull(peer, "peer");
        }

        @Override
        public String toString() {
            return "- link " + node + ":" + ifname + " -- " + peer;
        }
    }

    /**
     * An interface that is down and should be up.
     *
     * @param node   its node
     * @param ifname its name
     */
    record SetUp(String node, String ifname) implements Change {
        /** Checks the parts. */
        public SetUp {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(ifname, "ifname");
        }

        @Override
        public String toString() {
            return "~ " + node + ":" + ifname + " down -> up";
        }
    }

    /**
     * An interface with another MTU than planned.
     *
     * @param node   its node
     * @param ifname its name
     * @param from   the MTU it has
     * @param to     the MTU planned
     */
    record SetMtu(String node, String ifname, int from, int to) implements Change {
        /** Checks the parts. */
        public SetMtu {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(ifname, "ifname");
        }

        @Override
        public String toString() {
            return "~ " + node + ":" + ifname + " mtu " + from + " -> " + to;
        }
    }

    /**
     * An interface with another MAC than the one given.
     *
     * @param node   its node
     * @param ifname its name
     * @param from   the MAC it has, or {@code null}
     * @param to     the MAC given
     */
    record SetMac(String node, String ifname, MacAddress from, MacAddress to) implements Change {
        /** Checks the parts. */
        public SetMac {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(ifname, "ifname");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public String toString() {
            return "~ " + node + ":" + ifname + " address " + from + " -> " + to;
        }
    }

    /**
     * A switch port attached to another bridge than planned, or to none.
     *
     * @param node   its switch
     * @param ifname the port
     * @param from   the bridge it is attached to, or {@code null}
     */
    record SetMaster(String node, String ifname, String from) implements Change {
        /** Checks the parts. */
        public SetMaster {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(ifname, "ifname");
        }

        @Override
        public String toString() {
            return "~ " + node + ":" + ifname + " master " + (from == null ? "none" : from) + " -> " + node;
        }
    }

    /**
     * A planned address that is not there.
     *
     * @param node    its node
     * @param ifname  its interface
     * @param address the address
     */
    record AddAddress(String node, String ifname, Cidr address) implements Change {
        /** Checks the parts. */
        public AddAddress {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(ifname, "ifname");
            Objects.requireNonNull(address, "address");
        }

        @Override
        public String toString() {
            return "+ address " + address + " on " + node + ":" + ifname;
        }
    }

    /**
     * An IPv4 address there that is not planned.
     *
     * @param node    its node
     * @param ifname  its interface
     * @param address the address
     */
    record RemoveAddress(String node, String ifname, Cidr address) implements Change {
        /** Checks the parts. */
        public RemoveAddress {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(ifname, "ifname");
            Objects.requireNonNull(address, "address");
        }

        @Override
        public String toString() {
            return "- address " + address + " on " + node + ":" + ifname;
        }
    }

    /**
     * A planned route that is not there.
     *
     * @param node  its node
     * @param route the route
     */
    record AddRoute(String node, StaticRoute route) implements Change {
        /** Checks the parts. */
        public AddRoute {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(route, "route");
        }

        @Override
        public String toString() {
            return "+ route " + route + " on " + node;
        }
    }

    /**
     * A route there, not made by the kernel for an address, that is not planned.
     *
     * @param node  its node
     * @param route the route
     */
    record RemoveRoute(String node, RouteState route) implements Change {
        /** Checks the parts. */
        public RemoveRoute {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(route, "route");
        }

        @Override
        public String toString() {
            return "- route " + route + " on " + node;
        }
    }

    /**
     * Forwarding in another state than the node's kind wants (on for routers, off for hosts).
     *
     * @param node its node
     * @param on   the state wanted
     */
    record SetForwarding(String node, boolean on) implements Change {
        /** Checks the parts. */
        public SetForwarding {
            Objects.requireNonNull(node, "node");
        }

        @Override
        public String toString() {
            return "~ " + node + " net.ipv4.ip_forward " + (on ? "0 -> 1" : "1 -> 0");
        }
    }

    /**
     * A link impaired otherwise than planned.
     *
     * @param link the link
     * @param from the impairment there
     */
    record SetImpairment(PlannedLink link, Impairment from) implements Change {
        /** Checks the parts. */
        public SetImpairment {
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(from, "from");
        }

        @Override
        public String toString() {
            return "~ link " + link.label() + " " + from + " -> " + link.link().impairment();
        }
    }

    /**
     * Drop rules the lab made for a partition, still there: the plan has none.
     *
     * @param node its node
     */
    record Heal(String node) implements Change {
        /** Checks the parts. */
        public Heal {
            Objects.requireNonNull(node, "node");
        }

        @Override
        public String toString() {
            return "- partition rules on " + node;
        }
    }
}
