package io.netlink4j.route.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.Cidr;
import io.netlink4j.core.testing.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Checks a {@link Link} against the object {@code ip -j -d -s link show} printed for the same device. */
final class LinkJson {
    private LinkJson() {}

    /** Every value the record models agrees with {@code j}, the counters exactly. */
    static void agrees(Link l, Map<String, Object> j) {
        agrees(l, j, false);
    }

    /**
     * Every value the record models agrees with {@code j}; with {@code readBefore}, {@code l} was
     * read before {@code j} on a live system, so its counters may only be lower (a bridge that is
     * up sends on its own).
     */
    static void agrees(Link l, Map<String, Object> j, boolean readBefore) {
        String what = l.name() + " vs " + j;
        assertThat(l).as(what).isNotNull();
        assertThat(l.index()).as(what).isEqualTo(num(j, "ifindex"));
        assertThat(l.name()).as(what).isEqualTo(j.get("ifname"));
        assertThat(l.mtu()).as(what).isEqualTo(num(j, "mtu"));
        assertThat(l.mac() == null ? null : l.mac().toString()).as(what).isEqualTo(j.get("address"));
        assertThat(l.operState().name()).as(what).isEqualTo(j.get("operstate"));
        assertThat(l.group() == 0 ? "default" : Integer.toUnsignedString(l.group())).as(what).isEqualTo(j.get("group"));
        assertThat(l.alias()).as(what).isEqualTo(j.get("ifalias"));
        assertThat(l.kind()).as(what).isEqualTo(Json.at(j, "linkinfo", "info_kind"));
        assertThat(l.master()).as(what).isEqualTo(j.get("master"));
        List<String> flags = new ArrayList<>();
        l.flags().stream().filter(f -> f != LinkFlag.RUNNING).forEach(f -> flags.add(f.name()));
        List<String> ipFlags = new ArrayList<>(((List<?>) j.get("flags")).stream().map(String::valueOf).toList());
        ipFlags.removeAll(List.of("M-DOWN", "NO-CARRIER")); // ip's words for the peer's or carrier's state
        assertThat(flags).as(what).isEqualTo(ipFlags);
        if (j.containsKey("link_netnsid")) {
            assertThat(l.linkNetnsId()).as(what).isEqualTo(num(j, "link_netnsid"));
            assertThat(l.linkIndex()).as(what).isEqualTo(num(j, "link_index"));
            assertThat(l.link()).as(what).isNull();
        } else {
            assertThat(l.linkNetnsId()).as(what).isEqualTo(-1);
            assertThat(l.link()).as(what).isEqualTo(j.get("link"));
        }
        if (j.containsKey("num_tx_queues")) {
            assertThat(l.txQueues()).as(what).isEqualTo(num(j, "num_tx_queues"));
            assertThat(l.rxQueues()).as(what).isEqualTo(num(j, "num_rx_queues"));
        }
        if (j.containsKey("stats64")) {
            LinkStats s = l.stats();
            counter(s.rxPackets(), lnum(j, "stats64", "rx", "packets"), readBefore, what);
            counter(s.txPackets(), lnum(j, "stats64", "tx", "packets"), readBefore, what);
            counter(s.rxBytes(), lnum(j, "stats64", "rx", "bytes"), readBefore, what);
            counter(s.txBytes(), lnum(j, "stats64", "tx", "bytes"), readBefore, what);
            counter(s.rxErrors(), lnum(j, "stats64", "rx", "errors"), readBefore, what);
            counter(s.txErrors(), lnum(j, "stats64", "tx", "errors"), readBefore, what);
            counter(s.rxDropped(), lnum(j, "stats64", "rx", "dropped"), readBefore, what);
            counter(s.txDropped(), lnum(j, "stats64", "tx", "dropped"), readBefore, what);
        }
        info(l, j, what);
    }

    private static void info(Link l, Map<String, Object> j, String what) {
        switch (l.info()) {
            case LinkInfo.BridgeInfo b -> {
                assertThat(b.stp() ? 1 : 0).as(what).isEqualTo(data(j, "stp_state"));
                assertThat(b.forwardDelay().toMillis() / 10).as(what).isEqualTo((long) data(j, "forward_delay"));
                assertThat(b.ageingTime().toMillis() / 10).as(what).isEqualTo((long) data(j, "ageing_time"));
                assertThat(b.helloTime().toMillis() / 10).as(what).isEqualTo((long) data(j, "hello_time"));
                assertThat(b.maxAge().toMillis() / 10).as(what).isEqualTo((long) data(j, "max_age"));
                assertThat(b.priority()).as(what).isEqualTo(data(j, "priority"));
                assertThat(b.vlanFiltering() ? 1 : 0).as(what).isEqualTo(data(j, "vlan_filtering"));
                assertThat(b.multicastSnooping() ? 1 : 0).as(what).isEqualTo(data(j, "mcast_snooping"));
                // ip prints vlan_protocol only when the kernel reports it (CONFIG_BRIDGE_VLAN_FILTERING)
                assertThat(b.vlanProtocol() == null ? null : b.vlanProtocol().toString()).as(what)
                        .isEqualTo(Json.at(j, "linkinfo", "info_data", "vlan_protocol"));
            }
            case LinkInfo.VlanInfo v -> {
                assertThat(v.id()).as(what).isEqualTo(data(j, "id"));
                assertThat(v.protocol().toString()).as(what).isEqualTo(Json.at(j, "linkinfo", "info_data", "protocol"));
            }
            case LinkInfo.VxlanInfo x -> {
                assertThat(x.vni()).as(what).isEqualTo(data(j, "id"));
                assertThat(x.port()).as(what).isEqualTo(data(j, "port"));
                // ip names the IPv6 ones local6, remote6, group6.
                assertThat(text(x.local())).as(what).isEqualTo(address(j, "local"));
                assertThat(text(x.remote())).as(what).isEqualTo(address(j, "remote"));
                assertThat(text(x.group())).as(what).isEqualTo(address(j, "group"));
                assertThat(x.device()).as(what).isEqualTo(Json.at(j, "linkinfo", "info_data", "link"));
                assertThat(x.learning()).as(what).isEqualTo(Json.at(j, "linkinfo", "info_data", "learning"));
                assertThat(x.ttl()).as(what).isEqualTo(data(j, "ttl"));
                // ip prints l2miss and l3miss only when they are on
                assertThat(x.l2miss()).as(what).isEqualTo(Json.at(j, "linkinfo", "info_data", "l2miss") != null);
                assertThat(x.l3miss()).as(what).isEqualTo(Json.at(j, "linkinfo", "info_data", "l3miss") != null);
                if (x.l2miss()) {
                    assertThat(Json.at(j, "linkinfo", "info_data", "l2miss")).as(what).isEqualTo(true);
                }
                if (x.l3miss()) {
                    assertThat(Json.at(j, "linkinfo", "info_data", "l3miss")).as(what).isEqualTo(true);
                }
            }
            case LinkInfo.MacvlanInfo m -> assertThat(m.mode().name().toLowerCase(Locale.ROOT)).as(what)
                    .isEqualTo(Json.at(j, "linkinfo", "info_data", "mode"));
            case null -> assertThat(Json.at(j, "linkinfo", "info_kind")).as(what).isIn(null, "veth");
        }
    }

    private static Object address(Map<String, Object> j, String key) {
        Object v4 = Json.at(j, "linkinfo", "info_data", key);
        return v4 != null ? v4 : Json.at(j, "linkinfo", "info_data", key + "6");
    }

    private static void counter(long ours, long ip, boolean readBefore, String what) {
        if (readBefore) {
            assertThat(ours).as(what).isBetween(0L, ip);
        } else {
            assertThat(ours).as(what).isEqualTo(ip);
        }
    }

    private static String text(java.net.InetAddress a) {
        return a == null ? null : Cidr.format(a);
    }

    private static int data(Map<String, Object> j, String key) {
        Object v = Json.at(j, "linkinfo", "info_data", key);
        return v == null ? -1 : ((Number) v).intValue();
    }

    private static int num(Map<String, Object> j, String key) {
        return ((Number) j.get(key)).intValue();
    }

    private static long lnum(Map<String, Object> j, String... path) {
        Object v = Json.at(j, path);
        return v == null ? -1 : ((Number) v).longValue();
    }
}
