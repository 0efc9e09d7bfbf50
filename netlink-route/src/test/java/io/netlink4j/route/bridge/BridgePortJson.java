package io.netlink4j.route.bridge;

import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of {@code bridge -d -j link show} (iproute2 6.1) that {@link BridgePort} models, to compare with the witness. */
final class BridgePortJson {
    static final String[] KEYS = {"ifname", "master", "state", "priority", "cost", "hairpin", "guard", "learning",
            "flood", "mcast_flood", "bcast_flood", "neigh_suppress", "isolated"};

    private BridgePortJson() {}

    static Map<String, Object> of(BridgePort p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ifname", p.dev());
        m.put("master", p.master());
        m.put("state", p.state().toString());
        m.put("priority", (long) p.priority());
        m.put("cost", p.cost());
        m.put("hairpin", p.hairpin());
        m.put("guard", p.bpduGuard());
        m.put("learning", p.learning());
        m.put("flood", p.flood());
        m.put("mcast_flood", p.mcastFlood());
        m.put("bcast_flood", p.bcastFlood());
        m.put("neigh_suppress", p.neighSuppress());
        m.put("isolated", p.isolated());
        return m;
    }

    /** The modelled keys of one object {@code bridge -d -j link show} printed. */
    static Map<String, Object> witness(Map<String, Object> bridge) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String k : KEYS) {
            m.put(k, bridge.get(k));
        }
        return m;
    }
}
