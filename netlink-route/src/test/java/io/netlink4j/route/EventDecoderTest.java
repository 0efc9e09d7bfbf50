package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageReader;
import io.netlink4j.route.internal.DeviceNames;
import io.netlink4j.route.rule.Rule;
import io.netlink4j.route.tc.Filter;
import io.netlink4j.route.tc.Qdisc;
import io.netlink4j.route.tc.TrafficClass;
import io.netlink4j.core.testing.Captures;
import io.netlink4j.route.uapi.RtnetlinkH;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The decoder of notifications against the kernel's own rule and tc messages (the dump replies
 * captured from {@code ip rule} and {@code tc show}: a notification is the same message): each
 * becomes its event, holding what the family's public parser reads, and its deletion twin a
 * removed event.
 */
class EventDecoderTest {
    /** veth-a is index 3 in the tc captures. */
    private static DeviceNames names() {
        return new DeviceNames(null).put(1, "lo").put(2, "veth-b").put(3, "veth-a");
    }

    /** Every message of {@code type} in a reply capture, as raw bytes. */
    private static List<byte[]> messages(String fixture, int type) {
        List<byte[]> out = new ArrayList<>();
        for (byte[] d : Captures.load(fixture).datagrams()) {
            for (byte[] m : Captures.messages(d)) {
                if ((m[4] & 0xff | (m[5] & 0xff) << 8) == type) {
                    out.add(m);
                }
            }
        }
        assertThat(out).as(fixture).isNotEmpty();
        return out;
    }

    private static Message message(byte[] raw) {
        MessageReader r = MessageReader.of(raw);
        assertThat(r.next()).isTrue();
        return r.message();
    }

    /** {@code raw} as a message of type {@code type} (a DEL twin of a NEW). */
    private static byte[] retyped(byte[] raw, int type) {
        byte[] c = raw.clone();
        c[4] = (byte) type;
        c[5] = (byte) (type >> 8);
        return c;
    }

    @Test
    void ruleMessagesBecomeRuleEvents() {
        int seen = 0;
        for (String f : List.of("rule/show.reply.hex", "rule/show-6.reply.hex")) {
            for (byte[] raw : messages(f, RtnetlinkH.RTM_NEWRULE)) {
                Rule rule = Rule.parse(message(raw));
                assertThat(EventDecoder.decode(message(raw), names())).isEqualTo(new RuleEvent(false, rule));
                RtnetlinkEvent gone = EventDecoder.decode(message(retyped(raw, RtnetlinkH.RTM_DELRULE)), names());
                assertThat(gone).isEqualTo(new RuleEvent(true, rule));
                assertThat(gone).hasToString("Deleted " + rule);
                seen++;
            }
        }
        assertThat(seen).isGreaterThanOrEqualTo(6);
        // ip -6 rule's answer holds the user's rules next to the kernel's defaults
        List<String> six = messages("rule/show-6.reply.hex", RtnetlinkH.RTM_NEWRULE).stream()
                .map(raw -> EventDecoder.decode(message(raw), names()).toString()).toList();
        assertThat(six).contains("600:\tnot from fd00:2::/48 prohibit");
    }

    @Test
    void aMulticastRoutingRuleStaysRaw() {
        byte[] raw = messages("rule/show.reply.hex", RtnetlinkH.RTM_NEWRULE).getFirst().clone();
        raw[16] = (byte) 128; // RTNL_FAMILY_IPMR: ipmr's rules share the message type
        assertThat(EventDecoder.decode(message(raw), names())).isInstanceOfSatisfying(RawEvent.class, e -> {
            assertThat(e.typeName()).isEqualTo("RTM_NEWRULE");
            assertThat(e.family()).isEqualTo(128);
        });
    }

    @Test
    void tcMessagesBecomeQdiscClassAndFilterEvents() {
        Map<Integer, String> byIndex = Map.of(1, "lo", 2, "veth-b", 3, "veth-a");
        for (byte[] raw : messages("tc/qdisc-show-stats.reply.hex", RtnetlinkH.RTM_NEWQDISC)) {
            Qdisc q = Qdisc.parse(message(raw), byIndex::get);
            assertThat(q.dev()).isEqualTo("veth-a");
            assertThat(EventDecoder.decode(message(raw), names())).isEqualTo(new QdiscEvent(false, q));
            assertThat(EventDecoder.decode(message(retyped(raw, RtnetlinkH.RTM_DELQDISC)), names()))
                    .isEqualTo(new QdiscEvent(true, q)).hasToString("deleted " + q);
        }
        for (byte[] raw : messages("tc/class-show-stats.reply.hex", RtnetlinkH.RTM_NEWTCLASS)) {
            TrafficClass c = TrafficClass.parse(message(raw), byIndex::get);
            assertThat(c.dev()).isEqualTo("veth-a");
            assertThat(EventDecoder.decode(message(raw), names())).isEqualTo(new TrafficClassEvent(false, c));
            assertThat(EventDecoder.decode(message(retyped(raw, RtnetlinkH.RTM_DELTCLASS)), names()))
                    .isEqualTo(new TrafficClassEvent(true, c));
        }
        List<Filter> filters = new ArrayList<>();
        for (byte[] raw : messages("tc/filter-show.reply.hex", RtnetlinkH.RTM_NEWTFILTER)) {
            Filter f = Filter.parse(message(raw), byIndex::get);
            filters.add(f);
            assertThat(EventDecoder.decode(message(raw), names())).isEqualTo(new FilterEvent(false, f));
            assertThat(EventDecoder.decode(message(retyped(raw, RtnetlinkH.RTM_DELTFILTER)), names()))
                    .isEqualTo(new FilterEvent(true, f));
        }
        assertThat(filters).extracting(Filter::dev).containsOnly("veth-a");
        // a device the names cannot resolve is named as tc names it
        byte[] raw = messages("tc/qdisc-show-stats.reply.hex", RtnetlinkH.RTM_NEWQDISC).getFirst();
        assertThat(Qdisc.parse(message(raw), i -> null).dev()).isEqualTo("if3");
    }
}
