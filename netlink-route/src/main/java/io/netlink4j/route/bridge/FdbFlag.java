package io.netlink4j.route.bridge;

import static io.netlink4j.route.uapi.RtnetlinkH.NTF_EXT_LEARNED;
import static io.netlink4j.route.uapi.RtnetlinkH.NTF_MASTER;
import static io.netlink4j.route.uapi.RtnetlinkH.NTF_OFFLOADED;
import static io.netlink4j.route.uapi.RtnetlinkH.NTF_ROUTER;
import static io.netlink4j.route.uapi.RtnetlinkH.NTF_SELF;
import static io.netlink4j.route.uapi.RtnetlinkH.NTF_STICKY;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Flags of a forwarding entry as the kernel reports them ({@code ndm_flags}, {@code NTF_*}). */
public enum FdbFlag {
    /** {@code self}: the entry is in the device's own table (a VXLAN device's, a NIC's). */
    SELF(NTF_SELF),
    /** {@code master}: the entry is in the table of the bridge the device is a port of. */
    MASTER(NTF_MASTER),
    /** {@code router}. */
    ROUTER(NTF_ROUTER),
    /** {@code extern_learn}: learned by something outside the bridge (a switch, a control plane). */
    EXTERN_LEARN(NTF_EXT_LEARNED),
    /** {@code offload}: programmed into hardware. */
    OFFLOAD(NTF_OFFLOADED),
    /** {@code sticky}: the entry does not move to another port. */
    STICKY(NTF_STICKY);

    private final int bit;

    FdbFlag(int bit) {
        this.bit = bit;
    }

    /**
     * The kernel's bit, {@code NTF_*}.
     *
     * @return the bit
     */
    public int bit() {
        return bit;
    }

    /** The flags set in {@code bits}. */
    static Set<FdbFlag> of(int bits) {
        Set<FdbFlag> s = EnumSet.noneOf(FdbFlag.class);
        for (FdbFlag f : values()) {
            if ((bits & f.bit) != 0) {
                s.add(f);
            }
        }
        return s;
    }

    /** {@code self}, {@code extern_learn}... as {@code bridge fdb} prints it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
