package io.netlink4j.route.bridge;

import io.netlink4j.core.message.RawAttribute;
import java.util.List;

/**
 * A bridge port as the kernel reports it (an {@code AF_BRIDGE} {@code RTM_NEWLINK} with
 * {@code IFLA_PROTINFO}), one line of {@code bridge -d link show}.
 *
 * @param dev           the port's name
 * @param master        the bridge it is a port of
 * @param state         its spanning-tree state, or {@code null} for a number this library does not know
 * @param priority      the STP port priority
 * @param cost          the STP path cost
 * @param bpduGuard     {@code guard}
 * @param hairpin       {@code hairpin}
 * @param flood         {@code flood} (unknown unicast)
 * @param mcastFlood    {@code mcast_flood}
 * @param bcastFlood    {@code bcast_flood}
 * @param learning      {@code learning}
 * @param neighSuppress {@code neigh_suppress}
 * @param isolated      {@code isolated}
 * @param unknown       the port attributes ({@code IFLA_BRPORT_*}) this record does not model, in the order received
 */
public record BridgePort(String dev, String master, BridgePortState state, int priority, long cost,
                         boolean bpduGuard, boolean hairpin, boolean flood, boolean mcastFlood, boolean bcastFlood,
                         boolean learning, boolean neighSuppress, boolean isolated, List<RawAttribute> unknown) {
    /** Copies the list. */
    public BridgePort {
        unknown = List.copyOf(unknown);
    }

    /**
     * As {@code bridge -d link show} prints it (the settings this record models):
     * {@code veth-b master br0 state forwarding priority 32 cost 2 hairpin off guard off learning on
     * flood on mcast_flood on bcast_flood on neigh_suppress off isolated off}.
     */
    @Override
    public String toString() {
        return dev + " master " + master + " state " + state + " priority " + priority + " cost " + cost
                + " hairpin " + onOff(hairpin) + " guard " + onOff(bpduGuard) + " learning " + onOff(learning)
                + " flood " + onOff(flood) + " mcast_flood " + onOff(mcastFlood) + " bcast_flood " + onOff(bcastFlood)
                + " neigh_suppress " + onOff(neighSuppress) + " isolated " + onOff(isolated);
    }

    private static String onOff(boolean b) {
        return b ? "on" : "off";
    }
}
