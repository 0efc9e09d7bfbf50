package io.netlink4j.route.link;

import static io.netlink4j.route.uapi.IfLinkH.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageReader;
import io.netlink4j.core.message.RawAttribute;
import io.netlink4j.route.internal.Structs;
import io.netlink4j.core.testing.Captures;
import io.netlink4j.core.testing.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The parser against the kernel's own answer to {@code ip -d -s link show} (captured, with the
 * state {@code ip -j} printed for it): every link, every modeled value, every unmodeled attribute
 * kept; and malformed input fails as {@link ProtocolException}, nothing else.
 */
class LinkParseTest {
    private static final int RTM_NEWLINK = 16;

    /** Every RTM_NEWLINK message of a reply capture, as raw messages. */
    static List<byte[]> linkMessages(String fixture) {
        List<byte[]> out = new ArrayList<>();
        for (byte[] d : Captures.load(fixture).datagrams()) {
            for (byte[] m : Captures.messages(d)) {
                if ((m[4] & 0xff | (m[5] & 0xff) << 8) == RTM_NEWLINK) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    static Link parse(byte[] message) {
        MessageReader r = MessageReader.of(message);
        assertThat(r.next()).isTrue();
        return LinkCodec.parse(r.message());
    }

    /** The reply's links, their masters and peers named from the dump itself, as Links.list does. */
    static Map<String, Link> links(String fixture) {
        List<Link> raw = linkMessages(fixture).stream().map(LinkParseTest::parse).toList();
        Map<Integer, String> names = new HashMap<>();
        raw.forEach(l -> names.put(l.index(), l.name()));
        Map<String, Link> out = new HashMap<>();
        raw.forEach(l -> out.put(l.name(), LinkCodec.named(l, names::get)));
        return out;
    }

    static List<Map<String, Object>> json(String fixture) throws IOException {
        try (InputStream in = LinkParseTest.class.getResourceAsStream("/captures/" + fixture)) {
            return Json.array(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyLinkOfTheDumpReadsAsIpPrintsIt() throws IOException {
        Map<String, Link> links = links("link/show.reply.hex");
        List<Map<String, Object>> ip = json("link/show.json");
        assertThat(links.keySet()).containsExactlyInAnyOrderElementsOf(ip.stream().map(j -> (String) j.get("ifname")).toList());
        assertThat(ip).hasSize(7);
        for (Map<String, Object> j : ip) {
            LinkJson.agrees(links.get((String) j.get("ifname")), j);
        }
        Link a = links.get("veth-a");
        assertThat(a.toString()).isEqualTo("3: veth-a@veth-b: <BROADCAST,MULTICAST> mtu 1400 state DOWN group 7"
                + " link/ether 02:00:00:00:00:0a alias \"the a side\" veth");
        assertThat(links.get("veth-b").toString()).contains("master br0");
        assertThat(links.get("veth-c").toString()).startsWith("7: veth-c@if2: ").contains("link-netnsid 0");
        assertThat(links.get("vxlan100").info())
                .hasToString("vxlan id 100 remote 192.0.2.2 local 192.0.2.1 dev veth-a dstport 4789 ttl auto");
        assertThat(links.get("br0").info()).hasToString("bridge forward_delay 400 hello_time 200 max_age 2000"
                + " ageing_time 3000 stp_state 1 priority 32768 vlan_filtering 0 mcast_snooping 1");
        assertThat(links.get("mv0").info()).hasToString("macvlan mode bridge");
        assertThat(links.get("lo").toString()).isEqualTo("1: lo: <LOOPBACK> mtu 65536 state DOWN group default"
                + " link/loopback 00:00:00:00:00:00");
    }

    @Test
    void filteredDumpsAndTheGetHoldWhatIpPrinted() throws IOException {
        Map<String, Link> all = links("link/show.reply.hex");
        for (String f : List.of("link/show-type-veth", "link/show-master-br0", "link/show-dev")) {
            List<String> ours = linkMessages(f + ".reply.hex").stream().map(m -> parse(m).name()).toList();
            List<String> ip = json(f + ".json").stream().filter(j -> !j.isEmpty()).map(j -> (String) j.get("ifname")).toList();
            assertThat(ours).as(f).containsExactlyInAnyOrderElementsOf(ip).isNotEmpty();
        }
        // The get answers with the same link as the dump (with -d -s, so every value can be checked).
        Link a = parse(linkMessages("link/show-dev.reply.hex").getFirst());
        Map<Integer, String> names = new HashMap<>();
        all.values().forEach(l -> names.put(l.index(), l.name()));
        LinkJson.agrees(LinkCodec.named(a, names::get), json("link/show-dev.json").getFirst());
        // Captured in another run: the same values, but attributes like timers may differ.
        assertThat(LinkCodec.named(a, names::get)).usingRecursiveComparison().ignoringFields("unknown")
                .isEqualTo(all.get("veth-a"));
    }

    @Test
    void attributesTheRecordDoesNotModelAreKeptAsReceived() {
        Set<Integer> modeled = Set.of(IFLA_IFNAME, IFLA_MTU, IFLA_MASTER, IFLA_LINK, IFLA_LINK_NETNSID, IFLA_GROUP,
                IFLA_IFALIAS, IFLA_NUM_TX_QUEUES, IFLA_NUM_RX_QUEUES, IFLA_OPERSTATE, IFLA_STATS64, IFLA_STATS);
        int kept = 0;
        for (byte[] raw : linkMessages("link/show.reply.hex")) {
            Link l = parse(raw);
            MessageReader r = MessageReader.of(raw);
            r.next();
            Message m = r.message();
            Attributes a = m.attributes(Structs.IFINFOMSG_LEN);
            List<RawAttribute> expected = new ArrayList<>();
            while (a.next()) {
                boolean modeledHere = modeled.contains(a.type())
                        || (a.type() == IFLA_ADDRESS && a.length() == 6)
                        || (a.type() == IFLA_LINKINFO && l.unknown().stream().noneMatch(u -> u.type() == IFLA_LINKINFO));
                if (!modeledHere) {
                    expected.add(a.raw());
                    kept++;
                }
            }
            assertThat(l.unknown()).as(l.name() + ": every attribute not modeled, in the order received").isEqualTo(expected);
        }
        assertThat(kept).isGreaterThan(50);
        // A bridge port's IFLA_LINKINFO also holds its port settings (IFLA_INFO_SLAVE_*): kept whole.
        assertThat(links("link/show.reply.hex").get("veth-b").unknown()).extracting(RawAttribute::type).contains(IFLA_LINKINFO);
        // A bridge's dozens of other settings are kept by its BridgeInfo, not by the Link.
        assertThat(links("link/show.reply.hex").get("br0").unknown()).extracting(RawAttribute::type)
                .doesNotContain(IFLA_LINKINFO);
        assertThat(links("link/show.reply.hex").get("veth-a").unknown()).extracting(RawAttribute::type)
                .doesNotContain(IFLA_LINKINFO);
    }

    @Test
    void eachInfoKeepsTheDataAttributesItDoesNotModelInOrder() {
        Map<String, Set<Integer>> modeled = Map.of(
                "bridge", Set.of(IFLA_BR_STP_STATE, IFLA_BR_FORWARD_DELAY, IFLA_BR_HELLO_TIME, IFLA_BR_MAX_AGE,
                        IFLA_BR_AGEING_TIME, IFLA_BR_PRIORITY, IFLA_BR_VLAN_FILTERING, IFLA_BR_VLAN_PROTOCOL,
                        IFLA_BR_MCAST_SNOOPING),
                "vxlan", Set.of(IFLA_VXLAN_ID, IFLA_VXLAN_LOCAL, IFLA_VXLAN_LOCAL6, IFLA_VXLAN_GROUP, IFLA_VXLAN_GROUP6,
                        IFLA_VXLAN_PORT, IFLA_VXLAN_LINK, IFLA_VXLAN_LEARNING, IFLA_VXLAN_TTL, IFLA_VXLAN_L2MISS,
                        IFLA_VXLAN_L3MISS),
                "macvlan", Set.of(IFLA_MACVLAN_MODE));
        int infos = 0;
        for (byte[] raw : linkMessages("link/show.reply.hex")) {
            Link l = parse(raw);
            if (l.info() == null) {
                continue;
            }
            infos++;
            List<RawAttribute> expected = new ArrayList<>();
            MessageReader r = MessageReader.of(raw);
            r.next();
            Attributes a = r.message().attributes(Structs.IFINFOMSG_LEN);
            while (a.next()) {
                if (a.type() == IFLA_LINKINFO) {
                    Attributes li = a.nested();
                    while (li.next()) {
                        if (li.type() == IFLA_INFO_DATA) {
                            Attributes d = li.nested();
                            while (d.next()) {
                                if (!modeled.get(l.kind()).contains(d.type())) {
                                    expected.add(d.raw());
                                }
                            }
                        }
                    }
                }
            }
            assertThat(l.info().unknown()).as(l.name()).isEqualTo(expected);
        }
        assertThat(infos).isEqualTo(3);
        // the bridge reports some forty settings; nine are modeled
        assertThat(links("link/show.reply.hex").get("br0").info().unknown()).hasSizeGreaterThan(25);
    }

    @Test
    void aLinkEqualsItsReparse() {
        byte[] raw = linkMessages("link/show.reply.hex").get(2);
        assertThat(parse(raw)).isEqualTo(parse(raw.clone())).hasSameHashCodeAs(parse(raw.clone()));
    }

    @Test
    void malformedMessagesFailAsProtocolExceptionsOnly() {
        List<byte[]> messages = linkMessages("link/show.reply.hex");
        Random random = new Random(7);
        int protocol = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] m = messages.get(random.nextInt(messages.size())).clone();
            for (int k = 1 + random.nextInt(4); k > 0; k--) {
                int at = 16 + random.nextInt(m.length - 16); // keep nlmsghdr, so the reader hands the message over
                m[at] = (byte) random.nextInt(256);
            }
            try {
                parse(m);
            } catch (ProtocolException e) {
                protocol++;
            }
        }
        assertThat(protocol).as("mutations the parser must have caught").isGreaterThan(100);
        byte[] noName = nameless(messages.get(1));
        assertThatThrownBy(() -> parse(noName)).isInstanceOf(ProtocolException.class).hasMessageContaining("IFLA_IFNAME");
    }

    /** {@code m} with its IFLA_IFNAME attribute's type changed to an unused one. */
    private static byte[] nameless(byte[] m) {
        byte[] c = m.clone();
        int at = 32;
        while (at + 4 <= c.length) {
            int len = c[at] & 0xff | (c[at + 1] & 0xff) << 8;
            int type = c[at + 2] & 0xff | (c[at + 3] & 0x7f) << 8;
            if (type == IFLA_IFNAME) {
                c[at + 2] = (byte) 0xfe;
                c[at + 3] = 0;
                return c;
            }
            at += (len + 3) & ~3;
        }
        throw new AssertionError("no IFLA_IFNAME");
    }
}
