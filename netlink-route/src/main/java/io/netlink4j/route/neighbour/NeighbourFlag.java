package io.netlink4j.route.neighbour;

import io.netlink4j.route.uapi.RtnetlinkH;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The flags of a neighbour entry ({@code ndm_flags}, {@code NTF_*}), as {@code ip neigh} prints them. */
public enum NeighbourFlag {
    /** {@code NTF_USE}: (in requests) mark the entry used. */
    USE(RtnetlinkH.NTF_USE, "use"),
    /** {@code NTF_SELF}: a bridge FDB entry of the device itself. */
    SELF(RtnetlinkH.NTF_SELF, "self"),
    /** {@code NTF_MASTER}: a bridge FDB entry of the master. */
    MASTER(RtnetlinkH.NTF_MASTER, "master"),
    /** {@code NTF_PROXY}: a proxy ARP/NDP entry ({@code ip neigh add proxy}). */
    PROXY(RtnetlinkH.NTF_PROXY, "proxy"),
    /** {@code NTF_EXT_LEARNED}: learnt by an external control plane ({@code extern_learn}). */
    EXT_LEARNED(RtnetlinkH.NTF_EXT_LEARNED, "extern_learn"),
    /** {@code NTF_OFFLOADED}: offloaded to hardware. */
    OFFLOADED(RtnetlinkH.NTF_OFFLOADED, "offload"),
    /** {@code NTF_STICKY}: a bridge FDB entry that does not move. */
    STICKY(RtnetlinkH.NTF_STICKY, "sticky"),
    /** {@code NTF_ROUTER}: the neighbour is an IPv6 router. */
    ROUTER(RtnetlinkH.NTF_ROUTER, "router");

    private final int code;
    private final String ipName;

    NeighbourFlag(int code, String ipName) {
        this.code = code;
        this.ipName = ipName;
    }

    /**
     * The {@code NTF_*} bit.
     *
     * @return the {@code NTF_*} value, a single bit
     */
    public int code() {
        return code;
    }

    /**
     * The flag whose bit is {@code code}, or empty.
     *
     * @param code an {@code NTF_*} bit
     * @return the flag, or empty for a value that is not one {@code NTF_*} bit
     */
    public static Optional<NeighbourFlag> fromCode(int code) {
        for (NeighbourFlag f : values()) {
            if (f.code == code) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The flags set in {@code bits} (8 bits: every {@code NTF_*} has a name).
     *
     * @param bits {@code ndm_flags} as the kernel sent it
     * @return the flags set in {@code bits}
     */
    public static Set<NeighbourFlag> fromBits(int bits) {
        Set<NeighbourFlag> out = EnumSet.noneOf(NeighbourFlag.class);
        for (NeighbourFlag f : values()) {
            if ((bits & f.code) != 0) {
                out.add(f);
            }
        }
        return out;
    }

    /** {@code router}, {@code proxy}...: as {@code ip neigh} prints it. */
    @Override
    public String toString() {
        return ipName;
    }
}
