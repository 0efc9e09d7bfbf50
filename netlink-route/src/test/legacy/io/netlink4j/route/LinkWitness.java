package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/** Checks that the library's view of a link agrees with what {@code ip -j -d -s link} shows. */
final class LinkWitness {
    private LinkWitness() {}

    /** Every link the library lists in {@code t} agrees with ip's, and both list the same names. */
    static void allAgree(TestNs t) {
        List<Map<String, Object>> ip = t.ipLinks();
        List<Link> lib = t.links().list();
        assertThat(lib).extracting(Link::name)
                .containsExactlyInAnyOrderElementsOf(ip.stream().map(m -> (String) m.get("ifname")).toList());
        for (Link l : lib) {
            agrees(l, ip);
        }
    }

    /** {@code l} agrees with its entry in ip's list {@code ip}. */
    static void agrees(Link l, List<Map<String, Object>> ip) {
        Map<String, Object> j = ip.stream().filter(m -> l.name().equals(m.get("ifname"))).findFirst()
                .orElseThrow(() -> new AssertionError("ip does not show " + l.name()));
        String what = l.name() + " vs " + j;
        assertThat(((Number) j.get("ifindex")).intValue()).as(what).isEqualTo(l.index());
        assertThat(((Number) j.get("mtu")).intValue()).as(what).isEqualTo(l.mtu());
        assertThat(j.get("address")).as(what).isEqualTo(l.mac());
        assertThat(j.get("operstate")).as(what).isEqualTo(l.operState().name());
        assertThat(j.get("group")).as(what).isEqualTo(l.group() == 0 ? "default" : Integer.toString(l.group()));
        assertThat(j.get("ifalias")).as(what).isEqualTo(l.alias());
        assertThat(Json.at(j, "linkinfo", "info_kind")).as(what).isEqualTo(l.kind());
        assertThat(((List<?>) j.get("flags")).contains("UP")).as(what).isEqualTo(l.isUp());
        assertThat(j.get("master")).as(what).isEqualTo(l.masterIndex() == 0 ? null : nameOf(ip, l.masterIndex()));
        if (l.linkNetnsId() >= 0) {
            assertThat(((Number) j.get("link_netnsid")).intValue()).as(what).isEqualTo(l.linkNetnsId());
            assertThat(((Number) j.get("link_index")).intValue()).as(what).isEqualTo(l.linkIndex());
        } else if (l.linkIndex() != 0 && l.linkIndex() != l.index()) {
            assertThat(j.get("link")).as(what).isEqualTo(nameOf(ip, l.linkIndex()));
        }
        LinkStats s = l.stats();
        assertThat(num(j, "stats64", "rx", "packets")).as(what).isEqualTo(s.rxPackets());
        assertThat(num(j, "stats64", "tx", "packets")).as(what).isEqualTo(s.txPackets());
        assertThat(num(j, "stats64", "rx", "bytes")).as(what).isEqualTo(s.rxBytes());
        assertThat(num(j, "stats64", "tx", "bytes")).as(what).isEqualTo(s.txBytes());
        assertThat(num(j, "stats64", "rx", "errors")).as(what).isEqualTo(s.rxErrors());
        assertThat(num(j, "stats64", "tx", "errors")).as(what).isEqualTo(s.txErrors());
        assertThat(num(j, "stats64", "rx", "dropped")).as(what).isEqualTo(s.rxDropped());
        assertThat(num(j, "stats64", "tx", "dropped")).as(what).isEqualTo(s.txDropped());
        infoAgrees(l, j, what);
    }

    private static void infoAgrees(Link l, Map<String, Object> j, String what) {
        switch (l.info()) {
            case LinkInfo.BridgeInfo b -> {
                assertThat(num(j, "linkinfo", "info_data", "stp_state")).as(what).isEqualTo(b.stp() ? 1 : 0);
                assertThat(num(j, "linkinfo", "info_data", "forward_delay")).as(what).isEqualTo(b.forwardDelay().toMillis() / 10);
                assertThat(num(j, "linkinfo", "info_data", "ageing_time")).as(what).isEqualTo(b.ageingTime().toMillis() / 10);
                assertThat(num(j, "linkinfo", "info_data", "vlan_filtering")).as(what).isEqualTo(b.vlanFiltering() ? 1 : 0);
            }
            case LinkInfo.VlanInfo v -> assertThat(num(j, "linkinfo", "info_data", "id")).as(what).isEqualTo(v.id());
            case LinkInfo.VxlanInfo x -> {
                assertThat(num(j, "linkinfo", "info_data", "id")).as(what).isEqualTo(x.vni());
                assertThat(num(j, "linkinfo", "info_data", "port")).as(what).isEqualTo(x.port());
                assertThat(Json.at(j, "linkinfo", "info_data", "local")).as(what)
                        .isEqualTo(x.local() == null ? null : x.local().getHostAddress());
                assertThat(Json.at(j, "linkinfo", "info_data", "remote")).as(what)
                        .isEqualTo(x.remote() == null ? null : x.remote().getHostAddress());
                assertThat(Json.at(j, "linkinfo", "info_data", "group")).as(what)
                        .isEqualTo(x.group() == null ? null : x.group().getHostAddress());
            }
            case LinkInfo.MacvlanInfo m -> assertThat(Json.at(j, "linkinfo", "info_data", "mode")).as(what)
                    .isEqualTo(m.mode().name().toLowerCase());
            case null -> { }
        }
    }

    private static long num(Map<String, Object> j, String... path) {
        Object v = Json.at(j, path);
        return v == null ? -1 : ((Number) v).longValue();
    }

    private static String nameOf(List<Map<String, Object>> ip, int index) {
        return ip.stream().filter(m -> ((Number) m.get("ifindex")).intValue() == index)
                .map(m -> (String) m.get("ifname")).findFirst().orElse(null);
    }
}
