package io.netlink4j.route.bridge;

import io.netlink4j.core.InterfaceName;
import java.util.Objects;

/**
 * Settings of a bridge port to change: {@code bridge link set dev DEV [guard on|off]
 * [hairpin on|off] [flood on|off] [mcast_flood on|off] [learning on|off] [cost N] [priority N]
 * [neigh_suppress on|off] [isolated on|off]}. {@code null} leaves a setting as it is.
 *
 * <pre>{@code
 * BridgePortSpec.of("veth-b").withIsolated(true)                    // bridge link set dev veth-b isolated on
 * BridgePortSpec.of("veth-b").withLearning(false).withFlood(false)  // ... learning off flood off
 * }</pre>
 *
 * @param dev           the port (a device whose master is a bridge)
 * @param bpduGuard     {@code guard}: a BPDU received on the port disables it ({@code IFLA_BRPORT_GUARD})
 * @param hairpin       {@code hairpin}: frames may go back out of the port they came in on ({@code IFLA_BRPORT_MODE})
 * @param flood         {@code flood}: unknown unicast is flooded to the port ({@code IFLA_BRPORT_UNICAST_FLOOD})
 * @param mcastFlood    {@code mcast_flood}: unknown multicast is flooded to the port ({@code IFLA_BRPORT_MCAST_FLOOD})
 * @param learning      {@code learning}: source addresses of frames from the port are learned ({@code IFLA_BRPORT_LEARNING})
 * @param cost          {@code cost}: the STP path cost, 1..65535 ({@code IFLA_BRPORT_COST})
 * @param priority      {@code priority}: the STP port priority, 0..63 ({@code IFLA_BRPORT_PRIORITY})
 * @param neighSuppress {@code neigh_suppress}: ARP/ND is answered from the neighbour table instead of
 *                      flooded ({@code IFLA_BRPORT_NEIGH_SUPPRESS})
 * @param isolated      {@code isolated}: the port talks only to ports that are not isolated ({@code IFLA_BRPORT_ISOLATED})
 */
public record BridgePortSpec(String dev, Boolean bpduGuard, Boolean hairpin, Boolean flood, Boolean mcastFlood,
                             Boolean learning, Long cost, Integer priority, Boolean neighSuppress,
                             Boolean isolated) {
    /** Checks the device name and the STP ranges. */
    public BridgePortSpec {
        InterfaceName.check(Objects.requireNonNull(dev, "dev"));
        if (cost != null && (cost < 1 || cost > 65535)) {
            throw new IllegalArgumentException("bridge port " + dev + ": cost " + cost + " is out of range 1..65535");
        }
        if (priority != null && (priority < 0 || priority > 63)) {
            throw new IllegalArgumentException("bridge port " + dev + ": priority " + priority
                    + " is out of range 0..63");
        }
    }

    /**
     * {@code bridge link set dev DEV}, nothing changed yet.
     *
     * @param dev the device's name
     * @return the spec
     */
    public static BridgePortSpec of(String dev) {
        return new BridgePortSpec(dev, null, null, null, null, null, null, null, null, null);
    }

    /**
     * A copy with {@code guard on|off} (BPDU guard).
     *
     * @param on on or off
     * @return the changed copy
     */
    public BridgePortSpec withBpduGuard(boolean on) {
        return new BridgePortSpec(dev, on, hairpin, flood, mcastFlood, learning, cost, priority, neighSuppress, isolated);
    }

    /**
     * A copy with {@code hairpin on|off}.
     *
     * @param on on or off
     * @return the changed copy
     */
    public BridgePortSpec withHairpin(boolean on) {
        return new BridgePortSpec(dev, bpduGuard, on, flood, mcastFlood, learning, cost, priority, neighSuppress, isolated);
    }

    /**
     * A copy with {@code flood on|off} (unknown unicast).
     *
     * @param on on or off
     * @return the changed copy
     */
    public BridgePortSpec withFlood(boolean on) {
        return new BridgePortSpec(dev, bpduGuard, hairpin, on, mcastFlood, learning, cost, priority, neighSuppress, isolated);
    }

    /**
     * A copy with {@code mcast_flood on|off}.
     *
     * @param on on or off
     * @return the changed copy
     */
    public BridgePortSpec withMcastFlood(boolean on) {
        return new BridgePortSpec(dev, bpduGuard, hairpin, flood, on, learning, cost, priority, neighSuppress, isolated);
    }

    /**
     * A copy with {@code learning on|off}.
     *
     * @param on on or off
     * @return the changed copy
     */
    public BridgePortSpec withLearning(boolean on) {
        return new BridgePortSpec(dev, bpduGuard, hairpin, flood, mcastFlood, on, cost, priority, neighSuppress, isolated);
    }

    /**
     * A copy with {@code cost N} (1..65535).
     *
     * @param cost the STP path cost, 1..65535
     * @return the changed copy
     */
    public BridgePortSpec withCost(long cost) {
        return new BridgePortSpec(dev, bpduGuard, hairpin, flood, mcastFlood, learning, cost, priority, neighSuppress,
                isolated);
    }

    /**
     * A copy with {@code priority N} (0..63).
     *
     * @param priority the STP port priority, 0..63
     * @return the changed copy
     */
    public BridgePortSpec withPriority(int priority) {
        return new BridgePortSpec(dev, bpduGuard, hairpin, flood, mcastFlood, learning, cost, priority, neighSuppress,
                isolated);
    }

    /**
     * A copy with {@code neigh_suppress on|off}.
     *
     * @param on on or off
     * @return the changed copy
     */
    public BridgePortSpec withNeighSuppress(boolean on) {
        return new BridgePortSpec(dev, bpduGuard, hairpin, flood, mcastFlood, learning, cost, priority, on, isolated);
    }

    /**
     * A copy with {@code isolated on|off}.
     *
     * @param on on or off
     * @return the changed copy
     */
    public BridgePortSpec withIsolated(boolean on) {
        return new BridgePortSpec(dev, bpduGuard, hairpin, flood, mcastFlood, learning, cost, priority, neighSuppress, on);
    }

    /** Whether any setting is given. */
    boolean setsAnything() {
        return bpduGuard != null || hairpin != null || flood != null || mcastFlood != null || learning != null
                || cost != null || priority != null || neighSuppress != null || isolated != null;
    }

    /** The arguments of {@code bridge link set}: {@code dev veth-b learning off isolated on}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("dev ").append(dev);
        onOff(s, "guard", bpduGuard);
        onOff(s, "hairpin", hairpin);
        onOff(s, "flood", flood);
        onOff(s, "mcast_flood", mcastFlood);
        onOff(s, "learning", learning);
        if (cost != null) {
            s.append(" cost ").append(cost);
        }
        if (priority != null) {
            s.append(" priority ").append(priority);
        }
        onOff(s, "neigh_suppress", neighSuppress);
        onOff(s, "isolated", isolated);
        return s.toString();
    }

    private static void onOff(StringBuilder s, String word, Boolean v) {
        if (v != null) {
            s.append(' ').append(word).append(v ? " on" : " off");
        }
    }
}
