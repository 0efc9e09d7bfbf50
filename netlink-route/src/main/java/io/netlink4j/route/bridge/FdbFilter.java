package io.netlink4j.route.bridge;

import io.netlink4j.core.InterfaceName;

/**
 * Which entries a forwarding database dump returns: {@code bridge fdb show [br BRIDGE] [brport PORT]}.
 * The kernel filters ({@code NDA_MASTER} and {@code ndm_ifindex} under strict checking).
 *
 * @param bridge the bridge whose ports' entries to list, or {@code null} for every device
 * @param port   the one device (port, bridge or VXLAN device) whose entries to list, or {@code null}
 */
public record FdbFilter(String bridge, String port) {
    /** Every entry of the namespace: {@code bridge fdb show}. */
    public static final FdbFilter ALL = new FdbFilter(null, null);

    /** Checks the device names. */
    public FdbFilter {
        if (bridge != null) {
            InterfaceName.check(bridge);
        }
        if (port != null) {
            InterfaceName.check(port);
        }
    }

    /**
     * {@code bridge fdb show br BRIDGE}: the entries of the bridge and its ports.
     *
     * @param bridge the bridge's name
     * @return the spec
     */
    public static FdbFilter bridge(String bridge) {
        return new FdbFilter(InterfaceName.check(bridge), null);
    }

    /**
     * {@code bridge fdb show brport PORT} (also {@code dev PORT}): the entries of one device.
     *
     * @param port the port's name
     * @return the spec
     */
    public static FdbFilter port(String port) {
        return new FdbFilter(null, InterfaceName.check(port));
    }

    /**
     * A copy limited to the entries of {@code port}: {@code bridge fdb show br BRIDGE brport PORT}.
     *
     * @param port the port's name
     * @return the changed copy
     */
    public FdbFilter withPort(String port) {
        return new FdbFilter(bridge, InterfaceName.check(port));
    }

    /** The arguments of {@code bridge fdb show}. */
    @Override
    public String toString() {
        return (bridge == null ? "" : "br " + bridge) + (bridge != null && port != null ? " " : "")
                + (port == null ? "" : "brport " + port);
    }
}
