package io.netlink4j.route.bridge;

import io.netlink4j.core.Cidr;
import io.netlink4j.core.MacAddress;
import io.netlink4j.core.message.RawAttribute;
import java.net.InetAddress;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A forwarding database entry as the kernel reports it (an {@code AF_BRIDGE} {@code RTM_NEWNEIGH}),
 * one line of {@code bridge fdb show}. Devices are named; an index the namespace has no device for
 * (one in another namespace) prints as {@code if<index>}.
 *
 * @param mac     the Ethernet address ({@code 00:00:00:00:00:00}: a VXLAN default destination)
 * @param dev     the device whose table holds it (a port, the bridge, a VXLAN device)
 * @param dst     the remote VTEP ({@code NDA_DST}), or {@code null}
 * @param vlan    the VLAN ({@code NDA_VLAN}), or {@code null}
 * @param port    the remote VTEP's UDP port ({@code NDA_PORT}), or {@code null}
 * @param vni     the VNI ({@code NDA_VNI}), or {@code null}
 * @param srcVni  the source VNI of a collect-metadata VXLAN device ({@code NDA_SRC_VNI}), or {@code null}
 * @param via     the underlay device ({@code NDA_IFINDEX}), or {@code null}
 * @param master  the bridge whose table holds it ({@code NDA_MASTER}), or {@code null}
 * @param state   how long it lives
 * @param flags   {@code self}, {@code master}, {@code extern_learn}...
 * @param unknown attributes this record does not model ({@code NDA_CACHEINFO}...), in the order received
 */
public record FdbEntry(MacAddress mac, String dev, InetAddress dst, Integer vlan, Integer port, Integer vni,
                       Integer srcVni, String via, String master, FdbState state, Set<FdbFlag> flags,
                       List<RawAttribute> unknown) {
    /** Copies the set and the list. */
    public FdbEntry {
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        unknown = List.copyOf(unknown);
    }

    /**
     * This entry as a spec: the key that deletes it, or the request that makes it again
     * ({@code master} for an entry of a bridge's table, {@code self} otherwise).
      *
      * @return the spec
     */
    public FdbSpec toSpec() {
        FdbSpec s = FdbSpec.of(mac, dev).withState(state == FdbState.STALE ? FdbState.DYNAMIC : state);
        s = flags.contains(FdbFlag.MASTER) || master != null ? s.withMaster() : s.withSelf();
        if (dst != null) {
            s = s.withDst(dst);
        }
        if (vlan != null) {
            s = s.withVlan(vlan);
        }
        if (port != null) {
            s = s.withPort(port);
        }
        if (vni != null) {
            s = s.withVni(vni);
        }
        return via != null ? s.withVia(via) : s;
    }

    /** The line {@code bridge fdb show} prints: {@code 02:00:00:00:00:01 dev veth-b master br0 static}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(mac).append(" dev ").append(dev);
        if (dst != null) {
            s.append(" dst ").append(Cidr.format(dst));
        }
        if (vlan != null) {
            s.append(" vlan ").append(vlan);
        }
        if (port != null) {
            s.append(" port ").append(port);
        }
        if (vni != null) {
            s.append(" vni ").append(vni);
        }
        if (srcVni != null) {
            s.append(" src_vni ").append(srcVni);
        }
        if (via != null) {
            s.append(" via ").append(via);
        }
        for (FdbFlag f : flags) {
            if (f != FdbFlag.MASTER) {
                s.append(' ').append(f);
            }
        }
        if (master != null) {
            s.append(" master ").append(master);
        } else if (flags.contains(FdbFlag.MASTER)) {
            s.append(" master");
        }
        if (state != FdbState.DYNAMIC) {
            s.append(' ').append(state);
        }
        return s.toString();
    }
}
