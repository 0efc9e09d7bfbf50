package io.netlink4j.lab.model;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * One ping of {@code pingAll}: from a host to another host's address, one echo request.
 *
 * @param from    the node that pinged
 * @param to      the node pinged
 * @param target  the address pinged ({@code to}'s first)
 * @param reached whether the echo reply came back in time
 * @param rtt     the round trip, or {@code null} when none came back
 * @param error   why the probe failed when the kernel said ({@code "sendto: Network is unreachable"}), or {@code null}
 */
public record PingOutcome(String from, String to, InetAddress target, boolean reached, Duration rtt, String error) {
    /** Checks the parts: a reached target has a round trip. */
    public PingOutcome {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(target, "target");
        if (reached != (rtt != null)) {
            throw new IllegalArgumentException("ping " + from + " -> " + to + ": a round trip goes with a reply");
        }
    }

    /** {@code h1 -> h2 (10.0.0.2): 0.051 ms} or {@code h1 -> h2 (10.0.0.2): no reply}. */
    @Override
    public String toString() {
        String head = from + " -> " + to + " (" + target.getHostAddress() + "): ";
        if (reached) {
            return head + String.format(java.util.Locale.ROOT, "%.3f ms", rtt.toNanos() / 1e6);
        }
        return head + "no reply" + (error == null ? "" : " (" + error + ")");
    }
}
