package io.netlink4j.route.neighbour;

import java.net.InetAddress;
import java.util.Set;

/**
 * An ARP (IPv4) or NDP (IPv6) entry ({@code RTM_NEWNEIGH}).
 *
 * @param index   the device's index
 * @param family  {@code AF_INET} or {@code AF_INET6}
 * @param address the neighbour's IP address
 * @param mac     its link-layer address {@code "02:00:00:00:00:07"}, or {@code null} while unresolved
 * @param state   {@code ndm_state}, {@code NUD_*} bits (see {@link #states()})
 * @param flags   {@code ndm_flags}, {@code NTF_*} ({@code NTF_ROUTER}...)
 */
public record Neighbour(int index, int family, InetAddress address, String mac, int state, int flags) {
    /** The state bits as names. */
    public Set<NeighbourState> states() {
        return NeighbourState.of(state);
    }

    /** Whether this is a static entry ({@code nud permanent}). */
    public boolean isPermanent() {
        return (state & NeighbourState.PERMANENT.value()) != 0;
    }

    @Override
    public String toString() {
        return address.getHostAddress() + " index " + index + (mac != null ? " lladdr " + mac : "") + " " + states();
    }

    /**
     * The neighbour an {@code RTM_NEWNEIGH}/{@code RTM_DELNEIGH} message; {@code null} for families other than IPv4 and IPv6.
     *
     * @throws io.netlink4j.core.ProtocolException if the message is malformed
     */
    public static Neighbour parse(io.netlink4j.core.message.Message m) {
        return NeighbourCodec.parse(m);
    }
}
