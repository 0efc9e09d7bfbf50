package io.netlink4j.route.bridge;

/**
 * A VLAN (or a range of them) allowed on a bridge port or on the bridge, as the kernel reports it
 * ({@code IFLA_BRIDGE_VLAN_INFO} in an {@code AF_BRIDGE} link dump), one entry of {@code bridge vlan show}.
 *
 * @param dev      the port or bridge
 * @param vid      the VLAN id (the first of a range)
 * @param vidEnd   the last VLAN id; {@code vid} for one VLAN
 * @param pvid     untagged frames coming in go to this VLAN ({@code PVID})
 * @param untagged frames of this VLAN leave untagged ({@code Egress Untagged})
 */
public record BridgeVlan(String dev, int vid, int vidEnd, boolean pvid, boolean untagged) {
    /** {@code veth-b 10 PVID Egress Untagged}, {@code veth-b 20-30}: as {@code bridge vlan show} prints a port's VLAN. */
    @Override
    public String toString() {
        return dev + " " + vid + (vidEnd == vid ? "" : "-" + vidEnd) + (pvid ? " PVID" : "")
                + (untagged ? " Egress Untagged" : "");
    }
}
