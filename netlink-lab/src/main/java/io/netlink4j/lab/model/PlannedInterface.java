package io.netlink4j.lab.model;

import io.netlink4j.core.Cidr;
import io.netlink4j.core.MacAddress;
import java.util.Objects;

/**
 * One end of a link as the lab makes it: the node, the interface's name in the node's namespace
 * (a switch's ports are in the lab's namespace), its address, MAC and MTU.
 *
 * @param node    the node's name
 * @param kind    the node's kind
 * @param name    the interface's name
 * @param address its IPv4 address, or {@code null} for a switch port
 * @param mac     its hardware address if one was given, else {@code null}
 * @param mtu     its MTU
 * @param link    the index of its link in {@link Topology#links()}
 * @param segment the index of its segment in {@link Plan#segments()}
 */
public record PlannedInterface(String node, NodeKind kind, String name, Cidr address, MacAddress mac, int mtu,
                               int link, int segment) {
    /** Checks the required parts. */
    public PlannedInterface {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /**
     * {@code h1:eth0}.
     *
     * @return the label
     */
    public String label() {
        return node + ":" + name;
    }

    /** {@code h1:eth0 10.0.0.1/24}. */
    @Override
    public String toString() {
        return address == null ? label() : label() + " " + address;
    }
}
