package io.netlink4j.lab.testing;

import io.netlink4j.core.testing.Ip;
import io.netlink4j.core.testing.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** iproute2 as the independent witness of what a lab made: {@code ip -n NS -j ...}, parsed. */
public final class Witness {
    private Witness() {}

    /** {@code ip -n NS -j -d link show}. */
    public static List<Map<String, Object>> links(String ns) {
        return Json.array(Ip.exec(List.of("ip", "-n", ns, "-j", "-d", "link", "show")));
    }

    /** The device {@code dev} of {@code ns} as {@code ip -j -d link} shows it. */
    public static Map<String, Object> link(String ns, String dev) {
        return links(ns).stream().filter(l -> dev.equals(l.get("ifname"))).findFirst()
                .orElseThrow(() -> new AssertionError("ip shows no " + dev + " in " + ns + ": " + names(ns)));
    }

    /**
     * The flags ip shows for {@code dev} ({@code UP}, {@code LOWER_UP}, {@code NO-CARRIER}...): set
     * at once, unlike {@code operstate}, which the kernel's link watch updates up to a second later.
     */
    @SuppressWarnings("unchecked")
    public static List<String> flags(String ns, String dev) {
        return (List<String>) link(ns, dev).get("flags");
    }

    /** The names of the devices of {@code ns}, in ip's order. */
    public static List<String> names(String ns) {
        return links(ns).stream().map(l -> (String) l.get("ifname")).toList();
    }

    /** {@code ip -n NS -4 -j addr show dev DEV}: its IPv4 addresses as {@code a.b.c.d/len}. */
    public static List<String> addresses(String ns, String dev) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> l : Json.array(Ip.exec(List.of("ip", "-n", ns, "-4", "-j", "addr", "show", "dev", dev)))) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> infos = (List<Map<String, Object>>) l.get("addr_info");
            for (Map<String, Object> a : infos) {
                out.add(a.get("local") + "/" + a.get("prefixlen"));
            }
        }
        return out;
    }

    /** {@code ip -n NS -4 route show}, one line per route as ip prints it (without trailing blanks). */
    public static List<String> routes(String ns) {
        String out = Ip.exec(List.of("ip", "-n", ns, "-4", "route", "show"));
        return out.isBlank() ? List.of() : out.lines().map(String::strip).toList();
    }

    /** {@code ip netns exec NS sysctl -n KEY}. */
    public static String sysctl(String ns, String key) {
        return Ip.exec(List.of("ip", "netns", "exec", ns, "sysctl", "-n", key)).strip();
    }

    /** Whether {@code ip netns exec NS ping -c 1 -W 1 ADDR} gets a reply (a witness independent of the library's ICMP). */
    public static boolean ping(String ns, String address) {
        return Ip.tryExec(List.of("ip", "netns", "exec", ns, "ping", "-c", "1", "-W", "1", address)).exit() == 0;
    }
}
