package io.netlink4j.route.link;

import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.route.internal.Devices;
import java.util.Objects;

/**
 * {@link Links#change}: what the kernel can change in place, checked before anything is sent, and
 * the devices the request names by index looked up (the link itself, its master, a vxlan's
 * underlay device), as {@code ip link set} looks them up.
 */
final class LinkChange {
    private LinkChange() {}

    static void change(NetlinkSocket socket, LinkSpec spec) {
        Objects.requireNonNull(spec, "spec");
        check(spec);
        String what = "RTM_NEWLINK " + subject(spec);
        Devices devices = new Devices(socket);
        int index = devices.index(spec.name(), what);
        String m = spec.options().master();
        int master = m == null ? 0 : devices.index(m, what);
        int device = spec instanceof Vxlan x && x.device() != null ? devices.index(x.device(), what) : 0;
        socket.execute(LinkRequests.change(spec, subject(spec), index, master, device));
    }

    /** {@code br0 type bridge}: the link and its kind, as the request's subject in errors. */
    static String subject(LinkSpec spec) {
        return spec.name() + " type " + spec.kind();
    }

    /**
     * Refuses what the kernel cannot change in place (it would refuse it, or ignore it silently).
     * What the kernel refuses depending on the device's state (another VNI, an address of another
     * family, passthru mode) is left to it: its answer names the cause.
     */
    static void check(LinkSpec spec) {
        String name = spec.name();
        switch (spec) {
            case Veth v -> throw new IllegalArgumentException("veth " + name + ": the kernel changes no veth setting"
                    + " in place (veth has no changelink); use setMtu, setMac, setGroup, setUp or setMaster");
            case Vlan v -> throw new IllegalArgumentException("vlan " + name + ": id and protocol are fixed at"
                    + " creation (the kernel's vlan changelink changes only flags and QoS maps); delete and add it");
            case Vxlan x -> {
                immutable(x, "dstport", x.port(), "Cannot change port");
                immutable(x, "l2miss", x.l2miss(), "cannot change L2MISS flag");
                immutable(x, "l3miss", x.l3miss(), "cannot change L3MISS flag");
            }
            case Bridge b -> { }
            case Macvlan mv -> { }
        }
        if (spec.options().queues() > 0) {
            throw new IllegalArgumentException(spec.kind() + " " + name + ": the number of queues is fixed at"
                    + " creation (the kernel ignores it on a change)");
        }
    }

    private static void immutable(Vxlan x, String what, Object value, String kernelSays) {
        if (value != null) {
            throw new IllegalArgumentException("vxlan " + x.name() + ": " + what + " cannot be changed after creation"
                    + " (the kernel refuses even the current value: \"" + kernelSays + "\"); delete and add the device");
        }
    }
}
