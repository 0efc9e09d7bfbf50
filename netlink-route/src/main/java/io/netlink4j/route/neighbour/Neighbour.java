package io.netlink4j.route.neighbour;

import io.netlink4j.core.message.RawAttribute;
import io.netlink4j.core.AddressFamily;
import io.netlink4j.core.Cidr;
import io.netlink4j.core.MacAddress;
import io.netlink4j.core.message.Message;
import io.netlink4j.route.route.RouteType;
import java.net.InetAddress;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.List;

/**
 * An ARP (IPv4) or NDP (IPv6) entry as the kernel reports it ({@code RTM_NEWNEIGH}), printed as
 * {@code ip neigh} prints it: {@code 10.0.0.7 dev veth0 lladdr 02:00:00:00:00:07 PERMANENT}.
 *
 * @param family  IPv4 or IPv6
 * @param address the neighbour's IP address ({@code NDA_DST})
 * @param dev     the device's name, or {@code null} if it could not be resolved
 * @param index   the device's index ({@code ndm_ifindex})
 * @param lladdr  its Ethernet address ({@code NDA_LLADDR}), or {@code null} while unresolved; a
 *                link-layer address of another length stays in {@code unknown}
 * @param state   {@code ndm_state}, or {@code null} for a value that is not one state
 * @param flags   {@code ndm_flags}
 * @param type    {@code ndm_type}: the kind of address ({@link RouteType#UNICAST}, {@link RouteType#MULTICAST}...),
 *                or {@code null} for a number without a name
 * @param unknown attributes this record does not model ({@code NDA_CACHEINFO}, {@code NDA_PROBES}...), by type
 */
public record Neighbour(AddressFamily family, InetAddress address, String dev, int index, MacAddress lladdr,
                        NeighbourState state, Set<NeighbourFlag> flags, RouteType type,
                        List<RawAttribute> unknown) {
    /** Copies the collections. */
    public Neighbour {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(address, "address");
        flags = Set.copyOf(flags);
        unknown = List.copyOf(unknown);
    }

    /**
     * Whether this is a static entry ({@code nud permanent}).
     *
     * @return whether {@link #state()} is {@link NeighbourState#PERMANENT}
     */
    public boolean isPermanent() {
        return state == NeighbourState.PERMANENT;
    }

    /** This entry with {@code dev} as its device's name. */
    Neighbour withDev(String dev) {
        return new Neighbour(family, address, dev, index, lladdr, state, flags, type, unknown);
    }

    /** {@code 10.0.0.7 dev veth0 lladdr 02:00:00:00:00:07 router PERMANENT}, as {@code ip neigh} prints it. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(Cidr.format(address)).append(" dev ")
                .append(dev != null ? dev : "if" + Integer.toUnsignedString(index));
        if (lladdr != null) {
            b.append(" lladdr ").append(lladdr);
        }
        for (NeighbourFlag f : NeighbourFlag.values()) {
            if (flags.contains(f)) {
                b.append(' ').append(f);
            }
        }
        return b.append(' ').append(state == null ? "?" : state.toString()).toString();
    }

    /**
     * The entry an {@code RTM_NEWNEIGH}/{@code RTM_DELNEIGH} message describes (a dump reply or an
     * event), with {@code dev} left {@code null}; {@code null} for families other than IPv4 and IPv6
     * (bridge FDB entries).
     *
     * @param m an {@code RTM_NEWNEIGH} or {@code RTM_DELNEIGH} message
     * @return the entry, or {@code null} for a family other than IPv4 and IPv6
     * @throws io.netlink4j.core.ProtocolException if the message is malformed
     */
    public static Neighbour parse(Message m) {
        return NeighbourCodec.parse(m, i -> null);
    }

    /**
     * {@link #parse(Message)} naming the device through {@code deviceNames} (index to name, or {@code null}).
     *
     * @param m an {@code RTM_NEWNEIGH} or {@code RTM_DELNEIGH} message
     * @param deviceNames maps a device index to its name, or to {@code null} when it does not know it
     * @return the entry, or {@code null} for a family other than IPv4 and IPv6
     * @throws io.netlink4j.core.ProtocolException if the message is malformed
     */
    public static Neighbour parse(Message m, IntFunction<String> deviceNames) {
        return NeighbourCodec.parse(m, Objects.requireNonNull(deviceNames, "deviceNames"));
    }
}
