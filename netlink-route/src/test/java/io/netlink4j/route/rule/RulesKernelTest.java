package io.netlink4j.route.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.AddressFamily;
import io.netlink4j.core.AlreadyExistsException;
import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.socket.BatchResult;
import io.netlink4j.route.route.RouteProtocol;
import io.netlink4j.route.route.RouteTable;
import io.netlink4j.route.testing.TestNs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules against the kernel in a throwaway namespace, with {@code ip -j rule} as the witness. */
class RulesKernelTest {
    private static final RouteTable T100 = RouteTable.of(100);

    /** One rule of every kind the spec can say, IPv4 and IPv6. */
    private static final List<RuleSpec> EVERY_KIND = List.of(
            RuleSpec.from("10.2.0.0/24").withTable(T100),
            RuleSpec.from("10.9.0.0/16").withPriority(200),
            RuleSpec.all().withFwmark(0x1).withTable(T100).withPriority(300),
            RuleSpec.all().withFwmark(0x10, 0xf0).withTable(RouteTable.of(1000)).withPriority(301),
            RuleSpec.to("10.3.0.0/16").withTable(RouteTable.of(200)).withPriority(1000),
            RuleSpec.all().withIif("lo").withOif("veth-a").withTable(T100).withPriority(400),
            RuleSpec.all().withDscp(4).withTable(T100).withPriority(401),
            RuleSpec.all().withIpProtocol(IpProtocol.TCP).withDport(80).withSport(PortRange.of(1000, 2000))
                    .withTable(T100).withPriority(402),
            RuleSpec.all().withUidRange(1000, 2000).withTable(T100).withPriority(403),
            RuleSpec.all().withTable(RouteTable.MAIN).withSuppressPrefixLength(0).withPriority(404),
            RuleSpec.all().withPriority(405).withGoto(2000),
            RuleSpec.all().withPriority(406).withAction(RuleAction.NOP),
            RuleSpec.from("10.5.0.0/16").withAction(RuleAction.BLACKHOLE).withPriority(407),
            RuleSpec.from("10.6.0.0/16").withAction(RuleAction.UNREACHABLE).withPriority(408),
            RuleSpec.from("10.7.0.0/16").withAction(RuleAction.PROHIBIT).withPriority(409),
            RuleSpec.from("10.0.0.0/8").withNot().withTable(RouteTable.MAIN).withPriority(410)
                    .withProtocol(RouteProtocol.STATIC),
            RuleSpec.from("fd00::/64").withTable(T100),
            RuleSpec.to("fd00:1::/64").withFwmark(0x2, 0xf).withIpProtocol(IpProtocol.UDP).withDport(53)
                    .withTable(RouteTable.of(1000)).withPriority(500),
            RuleSpec.from("fd00:2::/48").withNot().withAction(RuleAction.PROHIBIT).withPriority(600));

    @Test
    void addsEveryKindAsIpShowsItAndDeletesThemAgain() {
        try (TestNs t = TestNs.withIpv6()) {
            t.veth("veth-a", "veth-b");
            List<Map<String, Object>> v4Before = t.json("-4", "rule");
            List<Map<String, Object>> v6Before = t.json("-6", "rule");
            for (RuleSpec s : EVERY_KIND) {
                t.handle.rules().add(s);
            }
            // The library reads back what ip reads back, field for field.
            assertThat(json(t.handle.rules().list(AddressFamily.INET))).isEqualTo(t.json("-4", "rule"));
            assertThat(json(t.handle.rules().list(AddressFamily.INET6))).isEqualTo(t.json("-6", "rule"));
            assertThat(t.handle.rules().list()).hasSize(v4Before.size() + v6Before.size() + EVERY_KIND.size());
            // And what ip reads back is what was asked, in ip's own words.
            assertThat(t.ip("-4", "rule")).contains(
                    "32765:\tfrom 10.2.0.0/24 lookup 100",
                    "200:\tfrom 10.9.0.0/16 lookup main",
                    "301:\tfrom all fwmark 0x10/0xf0 lookup 1000",
                    "400:\tfrom all iif lo oif veth-a lookup 100",
                    "401:\tfrom all tos 0x10 lookup 100",
                    "402:\tfrom all ipproto tcp sport 1000-2000 dport 80 lookup 100",
                    "403:\tfrom all uidrange 1000-2000 lookup 100",
                    "404:\tfrom all lookup main suppress_prefixlength 0",
                    "405:\tfrom all goto 2000 [unresolved]",
                    "406:\tfrom all nop",
                    "407:\tfrom 10.5.0.0/16 blackhole",
                    "410:\tnot from 10.0.0.0/8 lookup main proto static");
            // Each rule's own toString is the line ip prints for it.
            List<String> ipLines = t.ip("-4", "rule").lines().map(String::strip).toList();
            assertThat(t.handle.rules().list(AddressFamily.INET).stream().map(r -> r.toString().strip()))
                    .containsExactlyElementsOf(ipLines);

            for (RuleSpec s : EVERY_KIND) {
                t.handle.rules().delete(s);
            }
            assertThat(t.json("-4", "rule")).isEqualTo(v4Before);
            assertThat(t.json("-6", "rule")).isEqualTo(v6Before);
        }
    }

    @Test
    void theSameRuleTwiceIsAlreadyExistsAndAMissingOneIsNotFound() {
        try (TestNs t = new TestNs()) {
            // Without a priority the kernel gives each new rule its own, so the same rule twice needs one.
            RuleSpec r = RuleSpec.from("10.2.0.0/24").withTable(T100).withPriority(5);
            t.handle.rules().add(r);
            assertThatThrownBy(() -> t.handle.rules().add(r))
                    .isInstanceOf(AlreadyExistsException.class)
                    .hasMessageStartingWith("RTM_NEWRULE from 10.2.0.0/24 priority 5 lookup 100: File exists (EEXIST)");
            t.handle.rules().delete(r);
            assertThatThrownBy(() -> t.handle.rules().delete(r))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageStartingWith("RTM_DELRULE from 10.2.0.0/24 priority 5 lookup 100: No such file or directory (ENOENT)");
            assertThat(t.handle.rules().deleteIfExists(r)).isFalse();
            t.handle.rules().add(r);
            assertThat(t.handle.rules().deleteIfExists(r)).isTrue();
            assertThat(t.ip("rule")).doesNotContain("10.2.0.0/24");
        }
    }

    @Test
    void deletesByAnyPartOfTheRuleAsIpRuleDelDoes() {
        try (TestNs t = new TestNs()) {
            t.handle.rules().add(RuleSpec.to("10.3.0.0/16").withTable(RouteTable.of(200)).withPriority(1000));
            t.handle.rules().delete(RuleSpec.all().withPriority(1000));
            assertThat(t.ip("rule")).doesNotContain("1000:");
        }
    }

    @Test
    void replaceMakesTheRuleTheOnlyOneAtItsPriority() {
        try (TestNs t = new TestNs()) {
            t.handle.rules().add(RuleSpec.all().withFwmark(0x1).withTable(T100).withPriority(100));
            t.handle.rules().add(RuleSpec.from("10.8.0.0/16").withTable(T100).withPriority(100));
            RuleSpec wanted = RuleSpec.all().withFwmark(0x2).withTable(RouteTable.of(200)).withPriority(100);
            t.handle.rules().replace(wanted);
            assertThat(lines(t, "100:")).containsExactly("100:\tfrom all fwmark 0x2 lookup 200");
            // Again: already so, nothing changes (the rule is not deleted and added again).
            t.handle.rules().replace(wanted);
            assertThat(lines(t, "100:")).containsExactly("100:\tfrom all fwmark 0x2 lookup 200");
            // Onto a rule equal to the one asked but with a neighbour at its priority: only one stays.
            t.handle.rules().add(RuleSpec.from("10.8.0.0/16").withTable(T100).withPriority(100));
            t.handle.rules().replace(wanted);
            assertThat(lines(t, "100:")).containsExactly("100:\tfrom all fwmark 0x2 lookup 200");
            // At a priority no rule has, replace adds.
            t.handle.rules().replace(RuleSpec.from("10.9.0.0/16").withTable(T100).withPriority(150));
            assertThat(lines(t, "150:")).containsExactly("150:\tfrom 10.9.0.0/16 lookup 100");
            assertThatThrownBy(() -> t.handle.rules().replace(RuleSpec.from("10.9.0.0/16")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a priority");
        }
    }

    @Test
    void addAllReportsEachRulesOwnOutcomeAndForEachStreamsWhatListCollects() {
        try (TestNs t = new TestNs()) {
            RuleSpec dup = RuleSpec.from("10.2.0.0/24").withTable(T100).withPriority(10);
            BatchResult r = t.handle.rules().addAll(List.of(dup,
                    RuleSpec.from("10.3.0.0/24").withTable(T100).withPriority(11), dup));
            assertThat(r.failedIndices()).containsExactly(2);
            assertThat(r.error(2).orElseThrow()).isInstanceOf(AlreadyExistsException.class);
            List<Rule> streamed = new ArrayList<>();
            t.handle.rules().forEach(AddressFamily.INET, streamed::add);
            assertThat(streamed).isEqualTo(t.handle.rules().list(AddressFamily.INET));
            assertThat(streamed.stream().map(Rule::priority)).contains(10L, 11L);
        }
    }

    private static List<String> lines(TestNs t, String prefix) {
        return t.ip("rule").lines().filter(l -> l.startsWith(prefix)).map(String::strip).toList();
    }

    private static List<Map<String, Object>> json(List<Rule> rules) {
        return rules.stream().map(RuleJson::of).toList();
    }
}
