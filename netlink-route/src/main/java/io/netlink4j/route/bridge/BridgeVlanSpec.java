package io.netlink4j.route.bridge;

import io.netlink4j.core.InterfaceName;
import io.netlink4j.route.link.Vlan;
import java.util.Objects;

/**
 * VLANs to allow on a bridge port (or on the bridge itself, with {@code self}): {@code bridge vlan
 * add dev DEV vid VID[-END] [pvid] [untagged] [self] [master]}. Needs a bridge with VLAN filtering
 * ({@link BridgeVlans#setFiltering}).
 *
 * <pre>{@code
 * BridgeVlanSpec.of("veth-b", 10).withPvid().withUntagged()   // bridge vlan add dev veth-b vid 10 pvid untagged
 * BridgeVlanSpec.range("veth-b", 20, 30)                      // bridge vlan add dev veth-b vid 20-30
 * BridgeVlanSpec.of("br0", 10).withSelf()                     // bridge vlan add dev br0 vid 10 self
 * }</pre>
 *
 * @param dev      the port, or the bridge with {@code self}
 * @param vid      the VLAN id, 1..4094 (the first of a range)
 * @param vidEnd   the last VLAN id of a range, {@code vid + 1}..4094, or {@code null} for one VLAN
 * @param pvid     {@code pvid}: untagged frames coming in are put in this VLAN (one VLAN, not a range)
 * @param untagged {@code untagged}: frames of this VLAN leave the port without a tag
 * @param self     {@code self}: the device's own VLAN table ({@code BRIDGE_FLAGS_SELF}; the bridge itself)
 * @param master   {@code master}: the table of the bridge {@code dev} is a port of ({@code BRIDGE_FLAGS_MASTER}),
 *                 the default
 */
public record BridgeVlanSpec(String dev, int vid, Integer vidEnd, boolean pvid, boolean untagged, boolean self,
                             boolean master) {
    /** Checks the device name, the VLAN range and that a range has no PVID. */
    public BridgeVlanSpec {
        InterfaceName.check(Objects.requireNonNull(dev, "dev"));
        if (vid < 1 || vid > Vlan.MAX_ID) {
            throw new IllegalArgumentException("vid " + vid + " is out of range 1.." + Vlan.MAX_ID);
        }
        if (vidEnd != null && (vidEnd <= vid || vidEnd > Vlan.MAX_ID)) {
            throw new IllegalArgumentException("vid range " + vid + "-" + vidEnd + ": the end must be in "
                    + (vid + 1) + ".." + Vlan.MAX_ID);
        }
        if (vidEnd != null && pvid) {
            throw new IllegalArgumentException("vid range " + vid + "-" + vidEnd + ": a range cannot be the pvid");
        }
    }

    /**
     * {@code bridge vlan add dev DEV vid VID}.
     *
     * @param dev the device's name
     * @param vid the VLAN id, 1..4094
     * @return the spec
     */
    public static BridgeVlanSpec of(String dev, int vid) {
        return new BridgeVlanSpec(dev, vid, null, false, false, false, false);
    }

    /**
     * {@code bridge vlan add dev DEV vid VID-END}.
     *
     * @param dev the device's name
     * @param vid the VLAN id, 1..4094
     * @param vidEnd the last VLAN id of the range
     * @return the spec
     */
    public static BridgeVlanSpec range(String dev, int vid, int vidEnd) {
        return new BridgeVlanSpec(dev, vid, vidEnd, false, false, false, false);
    }

    /**
     * A copy with {@code pvid}.
     *
     * @return the changed copy
     */
    public BridgeVlanSpec withPvid() {
        return new BridgeVlanSpec(dev, vid, vidEnd, true, untagged, self, master);
    }

    /**
     * A copy with {@code untagged}.
     *
     * @return the changed copy
     */
    public BridgeVlanSpec withUntagged() {
        return new BridgeVlanSpec(dev, vid, vidEnd, pvid, true, self, master);
    }

    /**
     * A copy with {@code self}: the VLAN of the bridge device itself (its own traffic).
     *
     * @return the changed copy
     */
    public BridgeVlanSpec withSelf() {
        return new BridgeVlanSpec(dev, vid, vidEnd, pvid, untagged, true, master);
    }

    /**
     * A copy with {@code master}, said explicitly.
     *
     * @return the changed copy
     */
    public BridgeVlanSpec withMaster() {
        return new BridgeVlanSpec(dev, vid, vidEnd, pvid, untagged, self, true);
    }

    /** The arguments of {@code bridge vlan add}: {@code dev veth-b vid 10 pvid untagged}. */
    @Override
    public String toString() {
        return "dev " + dev + " vid " + vid + (vidEnd == null ? "" : "-" + vidEnd) + (pvid ? " pvid" : "")
                + (untagged ? " untagged" : "") + (self ? " self" : "") + (master ? " master" : "");
    }
}
