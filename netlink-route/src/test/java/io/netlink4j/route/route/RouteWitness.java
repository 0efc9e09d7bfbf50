package io.netlink4j.route.route;

import io.netlink4j.core.Cidr;
import io.netlink4j.route.testing.TestNs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** One canonical line per route, from {@code ip -j -d route show} and from the library, to compare. */
final class RouteWitness {
    private RouteWitness() {}

    static String line(String type, String dst, String gw, String dev, String table, String proto, String scope,
                       long metric, List<String> hops) {
        return type + " " + dst + (gw != null ? " via " + gw : "") + (dev != null ? " dev " + dev : "") + " table "
                + table + " proto " + proto + " scope " + scope + " metric " + metric + (hops.isEmpty() ? "" : " " + hops);
    }

    /** {@code ip -j -d [FLAGS] route show [ARGS]}; arguments starting with '-' go before {@code route}. */
    static TreeSet<String> fromIp(TestNs ns, String... filter) {
        List<String> args = new ArrayList<>(List.of("-d", "route", "show"));
        for (String f : filter) {
            if (f.startsWith("-")) {
                args.add(0, f);
            } else {
                args.add(f);
            }
        }
        TreeSet<String> out = new TreeSet<>();
        for (Map<String, Object> r : ns.json(args.toArray(String[]::new))) {
            String dst = (String) r.get("dst");
            if (!"default".equals(dst)) {
                dst = Cidr.parse(dst).toString();
            }
            List<String> hops = new ArrayList<>();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> nh = (List<Map<String, Object>>) r.get("nexthops");
            if (nh != null) {
                for (Map<String, Object> h : nh) {
                    hops.add(h.get("gateway") + "@" + h.get("dev") + "*" + h.get("weight"));
                }
            }
            Object metric = r.get("metric");
            out.add(line((String) r.get("type"), dst, (String) r.get("gateway"), (String) r.get("dev"),
                    String.valueOf(r.getOrDefault("table", "main")), String.valueOf(r.get("protocol")),
                    String.valueOf(r.getOrDefault("scope", "global")), metric == null ? 0 : (Long) metric, hops));
        }
        return out;
    }

    static TreeSet<String> fromLibrary(List<Route> routes) {
        TreeSet<String> out = new TreeSet<>();
        for (Route r : routes) {
            List<String> hops = new ArrayList<>();
            for (NextHop h : r.nextHops()) {
                hops.add((h.gateway() == null ? null : Cidr.format(h.gateway())) + "@" + h.dev() + "*" + h.weight());
            }
            out.add(line(r.type().toString(), r.isDefault() ? "default" : r.destination().toString(),
                    r.gateway() == null ? null : Cidr.format(r.gateway()), r.dev(), String.valueOf(r.table()),
                    r.protocol().toString(), r.scope().toString(), r.metric(), hops));
        }
        return out;
    }
}
