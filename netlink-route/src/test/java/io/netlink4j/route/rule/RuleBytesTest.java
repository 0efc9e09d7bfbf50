package io.netlink4j.route.rule;

import static io.netlink4j.route.testing.Replies.hex;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.AddressFamily;
import io.netlink4j.core.socket.Request;
import io.netlink4j.route.route.RouteProtocol;
import io.netlink4j.route.route.RouteTable;
import io.netlink4j.core.testing.Captures;
import io.netlink4j.core.testing.Json;
import io.netlink4j.route.testing.Replies;
import io.netlink4j.route.uapi.RtnetlinkH;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule request is byte for byte what {@code ip rule} sends; the parser reads the kernel's dumps as {@code ip -j rule} does. */
class RuleBytesTest {
    private static final RouteTable T100 = RouteTable.of(100);

    static Stream<Arguments> requests() {
        return Stream.of(
                add("add-from-lookup", RuleSpec.from("10.2.0.0/24").withTable(T100)),
                add("add-lookup-1000", RuleSpec.from("10.2.0.0/24").withTable(RouteTable.of(1000))),
                add("add-from-default-table", RuleSpec.from("10.9.0.0/16")),
                add("add-fwmark", RuleSpec.all().withFwmark(0x1).withTable(T100)),
                add("add-fwmark-mask", RuleSpec.all().withFwmark(0x1, 0xff).withTable(T100)),
                add("add-to-priority", RuleSpec.to("10.3.0.0/16").withTable(RouteTable.of(200)).withPriority(1000)),
                add("add-iif", RuleSpec.all().withIif("veth-a").withTable(T100)),
                add("add-oif", RuleSpec.all().withOif("veth-a").withTable(T100)),
                add("add-tos", RuleSpec.all().withTos(0x10).withTable(T100)),
                add("add-dsfield", RuleSpec.all().withDscp(4).withTable(T100)),
                add("add-ipproto-dport", RuleSpec.all().withIpProtocol(IpProtocol.TCP).withDport(80).withTable(T100)),
                add("add-sport-range", RuleSpec.all().withSport(PortRange.of(1000, 2000)).withTable(T100)),
                add("add-uidrange", RuleSpec.all().withUidRange(1000, 2000).withTable(T100)),
                add("add-goto", RuleSpec.all().withGoto(2000)),
                add("add-priority-goto", RuleSpec.all().withPriority(1000).withGoto(2000)),
                add("add-nop", RuleSpec.all().withPriority(700).withAction(RuleAction.NOP)),
                add("add-suppress-prefixlength", RuleSpec.all().withTable(RouteTable.MAIN).withSuppressPrefixLength(0)),
                add("add-blackhole", RuleSpec.from("10.5.0.0/16").withAction(RuleAction.BLACKHOLE)),
                add("add-unreachable", RuleSpec.from("10.5.0.0/16").withAction(RuleAction.UNREACHABLE)),
                add("add-prohibit", RuleSpec.from("10.5.0.0/16").withAction(RuleAction.PROHIBIT)),
                add("add-not-from", RuleSpec.from("10.0.0.0/8").withNot().withTable(RouteTable.MAIN)),
                add("add-ipv6-from", RuleSpec.from("fd00::/64").withTable(T100)),
                add("add-ipv6-to-fwmark", RuleSpec.to("fd00:1::/64").withFwmark(0x2).withTable(T100)),
                add("add-all-selectors", RuleSpec.from("10.1.0.0/16").withNot().withTo("10.3.0.0/16").withTos(0x10)
                        .withFwmark(0x1, 0xff).withIif("veth-a").withOif("veth-b").withPriority(100).withUidRange(1, 2)
                        .withIpProtocol(IpProtocol.UDP).withSport(PortRange.of(1, 2)).withDport(PortRange.of(3, 4))
                        .withTable(RouteTable.of(1000)).withProtocol(RouteProtocol.STATIC).withSuppressPrefixLength(8)),
                Arguments.of("del-from-lookup", Rules.deleteRequest(RuleSpec.from("10.2.0.0/24").withTable(T100))),
                Arguments.of("del-priority", Rules.deleteRequest(RuleSpec.all().withPriority(1000))),
                Arguments.of("del-ipv6-from", Rules.deleteRequest(RuleSpec.from("fd00::/64").withTable(T100))),
                Arguments.of("show", Rules.dumpRequest(AddressFamily.INET)),
                Arguments.of("show-6", Rules.dumpRequest(AddressFamily.INET6)));
    }

    private static Arguments add(String capture, RuleSpec spec) {
        return Arguments.of(capture, Rules.addRequest(spec));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void sendsWhatIpRuleSends(String capture, Request request) {
        Captures.Capture c = Captures.load("rule/" + capture + ".hex");
        byte[] expected = c.datagram();
        if (request.type() == RtnetlinkH.RTM_GETRULE) {
            // A dump goes with NLM_F_DUMP instead of NLM_F_ACK: compare the body after the header.
            assertThat(hex(request.toBytes()).substring(32)).as(c.command()).isEqualTo(hex(expected).substring(32));
            return;
        }
        assertThat(hex(request.toBytes())).as(c.command()).isEqualTo(hex(expected));
    }

    @Test
    void theSpecPrintsAsTheCommandsArguments() {
        assertThat(RuleSpec.from("10.2.0.0/24").withTable(T100)).hasToString("from 10.2.0.0/24 lookup 100");
        assertThat(RuleSpec.all().withPriority(1000).withGoto(2000)).hasToString("from all priority 1000 goto 2000");
        assertThat(RuleSpec.from("10.0.0.0/8").withNot().withTable(RouteTable.MAIN))
                .hasToString("not from 10.0.0.0/8 lookup main");
    }

    @ParameterizedTest
    @MethodSource("dumps")
    void parsesADumpAsIpPrintsIt(String capture) {
        List<Rule> rules = Replies.parse("rule/" + capture + ".reply.hex", RtnetlinkH.RTM_NEWRULE, RuleCodec::parse);
        var ip = Json.array(Replies.text("rule/" + capture + ".json"));
        assertThat(rules.stream().map(RuleJson::of).toList()).isEqualTo(ip);
    }

    static Stream<String> dumps() {
        return Stream.of("show", "show-6");
    }

    @Test
    void printsAsIpRule() {
        List<Rule> rules = Replies.parse("rule/show.reply.hex", RtnetlinkH.RTM_NEWRULE, RuleCodec::parse);
        assertThat(rules.stream().map(Rule::toString)).containsExactly(
                "0:\tfrom all lookup local",
                "999:\tfrom all iif veth-a ipproto tcp dport 80 lookup 100",
                "1000:\tfrom all to 10.3.0.0/16 lookup 200",
                "32764:\tfrom all fwmark 0x1/0xff lookup 100",
                "32765:\tfrom 10.2.0.0/24 lookup 100",
                "32766:\tfrom all lookup main",
                "32767:\tfrom all lookup default");
        // 6.18 reports attributes the 6.1 headers do not know (FRA_SPORT_MASK...): kept, not dropped.
        assertThat(rules.get(1).unknown()).isNotEmpty();
        List<Rule> six = Replies.parse("rule/show-6.reply.hex", RtnetlinkH.RTM_NEWRULE, RuleCodec::parse);
        assertThat(six.stream().map(Rule::toString)).contains(
                "500:\tfrom all to fd00:1::/64 fwmark 0x2/0xf iif veth-a ipproto tcp dport 443 lookup 1000 proto static",
                "600:\tnot from fd00:2::/48 prohibit");
    }

    @Test
    void aRuleRoundTripsToTheSpecThatDeletesIt() {
        List<Rule> six = Replies.parse("rule/show-6.reply.hex", RtnetlinkH.RTM_NEWRULE, RuleCodec::parse);
        Rule r = six.stream().filter(x -> x.priority() == 500).findFirst().orElseThrow();
        assertThat(r.toSpec()).isEqualTo(RuleSpec.to("fd00:1::/64").withFwmark(0x2, 0xf).withIif("veth-a")
                .withIpProtocol(IpProtocol.TCP).withDport(443).withTable(RouteTable.of(1000)).withPriority(500)
                .withProtocol(RouteProtocol.STATIC).withAction(RuleAction.LOOKUP));
    }
}
