package io.netlink4j.route.bridge;

import io.netlink4j.core.Cidr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An {@link FdbEntry} as {@code bridge -j fdb show} (iproute2 6.1) prints it, to compare the library with the witness. */
final class FdbJson {
    private FdbJson() {}

    /** {@code withDev}: whether the command had no device filter, so bridge prints {@code ifname}. */
    static Map<String, Object> of(FdbEntry e, boolean withDev) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mac", e.mac().toString());
        if (withDev) {
            m.put("ifname", e.dev());
        }
        if (e.dst() != null) {
            m.put("dst", Cidr.format(e.dst()));
        }
        if (e.vlan() != null) {
            m.put("vlan", (long) e.vlan());
        }
        if (e.port() != null) {
            m.put("port", (long) e.port());
        }
        if (e.vni() != null) {
            m.put("vni", (long) e.vni());
        }
        if (e.srcVni() != null) {
            m.put("src_vni", (long) e.srcVni());
        }
        if (e.via() != null) {
            m.put("viaIf", e.via());
        }
        List<Object> flags = new ArrayList<>();
        for (FdbFlag f : e.flags()) {
            if (f != FdbFlag.MASTER) {
                flags.add(f.toString());
            }
        }
        m.put("flags", flags);
        if (e.master() != null) {
            m.put("master", e.master());
        }
        // bridge 6.1 prints "" for a dynamic (NUD_REACHABLE) entry
        m.put("state", e.state() == FdbState.DYNAMIC ? "" : e.state().toString());
        return m;
    }
}
