package io.netlink4j.lab.model;

import java.net.InetAddress;
import java.util.Objects;

/**
 * Why one host cannot reach another, as the doctor found it.
 *
 * @param from       the host that pinged
 * @param to         the host it should reach
 * @param target     the address pinged
 * @param pingFailed whether the ping got no reply ({@code false}: small packets pass, but
 *                   something — an MTU mismatch — breaks larger ones)
 * @param reason     the first reason found along the way, in one sentence
 */
public record Finding(String from, String to, InetAddress target, boolean pingFailed, String reason) {
    /** Checks the parts. */
    public Finding {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code h1 -> h2 (10.0.0.2): link h2:eth0 -- s1:s1-eth2 is down: h2:eth0 is administratively down}. */
    @Override
    public String toString() {
        return from + " -> " + to + " (" + target.getHostAddress() + "): " + (pingFailed ? "" : "pings pass, but ")
                + reason;
    }
}
