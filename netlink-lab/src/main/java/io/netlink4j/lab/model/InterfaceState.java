package io.netlink4j.lab.model;

import io.netlink4j.core.Cidr;
import io.netlink4j.core.MacAddress;
import java.util.List;
import java.util.Objects;

/**
 * An interface of a node as the kernel reports it.
 *
 * @param name       the interface's name
 * @param kind       {@code veth}, {@code bridge}, or {@code null} ({@code lo})
 * @param up         administratively up ({@code IFF_UP})
 * @param lowerUp    the carrier is there ({@code IFF_LOWER_UP}: for a veth, its peer is up too)
 * @param mtu        its MTU
 * @param mac        its hardware address, or {@code null}
 * @param master     the bridge it is a port of, or {@code null}
 * @param addresses  its IPv4 addresses
 * @param peerNode   for a veth, the node of its peer; {@code null} if unknown or outside the lab
 * @param peerName   for a veth, the name of its peer; {@code null} if unknown
 * @param impairment what its queueing and filtering do to traffic leaving it ({@link Impairment#NONE})
 */
public record InterfaceState(String name, String kind, boolean up, boolean lowerUp, int mtu, MacAddress mac,
                             String master, List<Cidr> addresses, String peerNode, String peerName,
                             Impairment impairment) {
    /** Copies the addresses; the name and impairment are required. */
    public InterfaceState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(impairment, "impairment");
        addresses = List.copyOf(Objects.requireNonNull(addresses, "addresses"));
    }

    /**
     * Whether this is one end of a veth pair.
     *
     * @return whether this is one end of a veth pair
     */
    public boolean isVeth() {
        return "veth".equals(kind);
    }

    /**
     * A copy whose peer is {@code node:name}.
     *
     * @param node the node's name
     * @param name the name
     * @return a copy whose peer is {@code node:name}
     */
    public InterfaceState withPeer(String node, String name) {
        return new InterfaceState(this.name, kind, up, lowerUp, mtu, mac, master, addresses, node, name, impairment);
    }

    /** {@code eth0 veth UP mtu 1500 10.0.0.1/24 <=> s1:s1-eth1}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(name);
        if (kind != null) {
            s.append(' ').append(kind);
        }
        s.append(up ? (lowerUp ? " UP" : " NO-CARRIER") : " DOWN").append(" mtu ").append(mtu);
        if (master != null) {
            s.append(" master ").append(master);
        }
        for (Cidr a : addresses) {
            s.append(' ').append(a);
        }
        if (peerName != null) {
            s.append(" <=> ").append(peerNode == null ? "?" : peerNode).append(':').append(peerName);
        }
        if (!impairment.isNone()) {
            s.append(" (").append(impairment).append(')');
        }
        return s.toString();
    }
}
