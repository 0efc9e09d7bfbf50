package io.netlink4j.netfilter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every expression kind, written by the library in one transaction and by {@code nft -f} in another
 * namespace: {@code nft -j list ruleset} must print the same text for both, and the library must
 * read its own rules back as the records it wrote.
 */
class RulesetWitnessTest {
    private static final String SCRIPT = """
            add table ip filter
            add chain ip filter FORWARD { type filter hook forward priority filter; policy drop; }
            add chain ip filter other
            add rule ip filter FORWARD iifname "br0" oifname "eth0" accept
            add rule ip filter FORWARD ct state established,related accept
            add rule ip filter FORWARD meta l4proto tcp jump other
            add rule ip filter FORWARD meta mark 0x10 goto other
            add rule ip filter FORWARD ip daddr 10.0.0.1 tcp dport 80 drop
            add rule ip filter FORWARD udp dport != 53 drop
            add rule ip filter FORWARD tcp dport < 1024 counter drop
            add rule ip filter FORWARD ip saddr 10.244.0.0/20 iifname != "veth-long-name" accept
            add rule ip filter other return
            add table ip nat
            add chain ip nat PREROUTING { type nat hook prerouting priority dstnat; policy accept; }
            add chain ip nat POSTROUTING { type nat hook postrouting priority srcnat; policy accept; }
            add rule ip nat PREROUTING iifname "eth0" tcp dport 8080 dnat to 10.0.0.2:80
            add rule ip nat PREROUTING iifname "eth0" udp dport 53 dnat to 10.0.0.3
            add rule ip nat POSTROUTING ip saddr 10.0.0.0/8 meta l4proto tcp snat to 192.0.2.1:1000
            add rule ip nat POSTROUTING ip saddr 10.244.0.0/24 oifname != "cni0" masquerade
            add table inet mixed
            add chain inet mixed input { type filter hook input priority 0; policy accept; }
            add rule inet mixed input ip saddr 192.0.2.0/24 drop
            add rule inet mixed input ip6 saddr 2001:db8::/32 accept
            add table ip6 six
            add chain ip6 six output { type filter hook output priority 0; policy accept; }
            add rule ip6 six output ip6 daddr 2001:db8::1 counter drop
            """;

    private static final Family IP = Family.IP;

    /** The rules of the script above, in order. */
    static final List<Rule> RULES = List.of(
            Rule.in(IP, "filter", "FORWARD").iifname("br0").oifname("eth0").accept(),
            Rule.in(IP, "filter", "FORWARD").ctState(CtState.ESTABLISHED, CtState.RELATED).accept(),
            Rule.in(IP, "filter", "FORWARD").l4proto(IpProtocol.TCP).jump("other"),
            Rule.in(IP, "filter", "FORWARD").mark(0x10).goTo("other"),
            Rule.in(IP, "filter", "FORWARD").daddr("10.0.0.1").tcpDport(80).drop(),
            Rule.in(IP, "filter", "FORWARD").dport(IpProtocol.UDP, Cmp.Op.NEQ, 53).drop(),
            Rule.in(IP, "filter", "FORWARD").dport(IpProtocol.TCP, Cmp.Op.LT, 1024).counter().drop(),
            Rule.in(IP, "filter", "FORWARD").saddr("10.244.0.0/20").iifnameNot("veth-long-name").accept(),
            Rule.in(IP, "filter", "other").ret(),
            Rule.in(IP, "nat", "PREROUTING").iifname("eth0").tcpDport(8080).dnat("10.0.0.2", 80),
            Rule.in(IP, "nat", "PREROUTING").iifname("eth0").udpDport(53).dnat("10.0.0.3"),
            Rule.in(IP, "nat", "POSTROUTING").saddr("10.0.0.0/8").l4proto(IpProtocol.TCP).snat("192.0.2.1", 1000),
            Rule.in(IP, "nat", "POSTROUTING").saddr("10.244.0.0/24").oifnameNot("cni0").masquerade(),
            Rule.in(Family.INET, "mixed", "input").saddr("192.0.2.0/24").drop(),
            Rule.in(Family.INET, "mixed", "input").saddr("2001:db8::/32").accept(),
            Rule.in(Family.IP6, "six", "output").daddr("2001:db8::1").counter().drop());

    /** The script above, as calls: its tables and chains, then its rules. */
    static Transaction everything(Nftables nft) {
        Transaction tx = nft.transaction()
                .replace(Table.of(IP, "filter"))
                .replace(Chain.base(IP, "filter", "FORWARD", Hook.FORWARD).withPolicy(Policy.DROP))
                .replace(Chain.regular(IP, "filter", "other"))
                .replace(Table.of(IP, "nat"))
                .replace(Chain.base(IP, "nat", "PREROUTING", Hook.PREROUTING).withType(ChainType.NAT)
                        .withPriority(Priority.DSTNAT).withPolicy(Policy.ACCEPT))
                .replace(Chain.base(IP, "nat", "POSTROUTING", Hook.POSTROUTING).withType(ChainType.NAT)
                        .withPriority(Priority.SRCNAT).withPolicy(Policy.ACCEPT))
                .replace(Table.of(Family.INET, "mixed"))
                .replace(Chain.base(Family.INET, "mixed", "input", Hook.INPUT).withPolicy(Policy.ACCEPT))
                .replace(Table.of(Family.IP6, "six"))
                .replace(Chain.base(Family.IP6, "six", "output", Hook.OUTPUT).withPolicy(Policy.ACCEPT));
        RULES.forEach(tx::add);
        return tx;
    }

    @Test
    void everyExpressionReadsBackInNftAsNftWroteIt() {
        try (TestNs lib = TestNs.create(); TestNs ref = TestNs.create()) {
            Committed c;
            try (Nftables nft = Nftables.open(lib.ns)) {
                c = everything(nft).commit();
            }
            ref.nftScript(SCRIPT);
            String json = lib.rulesetJson();
            assertThat(json).contains("\"jump\"", "\"goto\"", "\"return\"", "\"dnat\"", "\"snat\"", "\"masquerade\"",
                    "\"established\"", "\"counter\"", "2001:db8::");
            assertThat(json).isEqualTo(ref.rulesetJson());
            assertThat(c.tables()).extracting(Table::name).containsExactly("filter", "nat", "mixed", "six");
            assertThat(c.chains()).extracting(Chain::name)
                    .containsExactly("FORWARD", "other", "PREROUTING", "POSTROUTING", "input", "output");
            assertThat(c.rules()).hasSize(16).allSatisfy(r -> assertThat(r.handle()).isPositive());
        }
    }

    @Test
    void rulesReadBackAsTheRecordsWritten() {
        try (TestNs lib = TestNs.create(); Nftables nft = Nftables.open(lib.ns)) {
            Committed c = everything(nft).commit();
            List<Rule> listed = new ArrayList<>();
            for (String t : List.of("filter", "nat")) {
                listed.addAll(nft.rules().list(Family.IP, t));
            }
            listed.addAll(nft.rules().list(Family.INET, "mixed"));
            listed.addAll(nft.rules().list(Family.IP6, "six"));
            // The echo of each new rule is what a later listing shows, handle and all.
            assertThat(listed).containsExactlyInAnyOrderElementsOf(c.rules());
            assertThat(nft.rules().list()).containsExactlyInAnyOrderElementsOf(c.rules());
            // And each equals the spec it was written from, but for the handle.
            assertThat(c.rules()).extracting(r -> r.withHandle(0)).containsExactlyElementsOf(RULES);
            assertThat(nft.rules().list(Family.IP, "filter", "other"))
                    .singleElement().extracting(Rule::expressions).isEqualTo(List.of(Verdict.ret()));
        }
    }

    @Test
    void toStringPrintsWhatNftListsForTheSameRuleset() {
        try (TestNs lib = TestNs.create(); Nftables nft = Nftables.open(lib.ns)) {
            everything(nft).commit();
            List<String> nftLines = lib.nft("list", "ruleset").lines().map(String::strip).toList();
            for (Rule r : nft.rules().list()) {
                String s = r.toString();
                String words = s.substring(r.place().length() + 1, s.indexOf(" # handle "));
                assertThat(nftLines).as("nft's listing has the line of %s", s).contains(words);
            }
            for (Chain ch : nft.chains().list()) {
                if (ch.isBase()) {
                    String s = ch.toString();
                    String body = s.substring(s.indexOf("{ ") + 2, s.indexOf(" }"));
                    assertThat(nftLines).as("nft's listing has the hook line of %s", s).contains(body);
                }
            }
        }
    }
}
