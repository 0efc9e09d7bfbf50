package io.netlink4j.route;

import io.netlink4j.route.bridge.BridgePortState;

/**
 * A bridge port changed: an {@code AF_BRIDGE} {@code RTM_NEWLINK} the bridge sends when a device
 * becomes its port or the port's state changes, or an {@code AF_BRIDGE} {@code RTM_DELLINK}
 * ({@code removed} true) when the device stops being its port ({@code ip link set DEV nomaster},
 * or the device's deletion). These are notices about the port, never about the device itself:
 * the device's own changes come as {@link LinkEvent}s. {@code ip monitor link} prints them as
 * {@code veth-b: ... master br0 state forwarding}.
 *
 * @param removed     whether the device left the bridge
 * @param port        the port device's name
 * @param portIndex   its interface index
 * @param master      the bridge's name, or {@code null} if it could not be named
 * @param masterIndex the bridge's interface index ({@code portIndex} itself for the bridge's own notices)
 * @param state       the port's spanning-tree state ({@code IFLA_BRPORT_STATE}), or {@code null}
 *                    when the notice carries none or one this library does not know
 */
public record BridgePortEvent(boolean removed, String port, int portIndex, String master, int masterIndex,
                              BridgePortState state) implements RtnetlinkEvent {
    /** {@code veth-b master br0 state forwarding}, {@code Deleted} in front when removed, as {@code ip monitor} prints it. */
    @Override
    public String toString() {
        return (removed ? "Deleted " : "") + port + " master " + (master != null ? master : "if" + masterIndex)
                + (state == null ? "" : " state " + state);
    }
}
