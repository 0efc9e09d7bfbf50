package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.RuleBuilder.TCP;
import static io.netlink4j.netfilter.RuleBuilder.UDP;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every expression kind, written by the library in one batch and by {@code nft -f} in another
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

    static Batch everything(Nftables nft) {
        Family ip = Family.IP;
        return nft.batch()
                .addTable(ip, "filter")
                .addChain(Chain.base(ip, "filter", "FORWARD", ChainType.FILTER, Hook.FORWARD, Priority.FILTER, Policy.DROP))
                .addChain(Chain.regular(ip, "filter", "other"))
                .addRule(Rule.in(ip, "filter", "FORWARD").iifname("br0").oifname("eth0").accept().build())
                .addRule(Rule.in(ip, "filter", "FORWARD").ctState(CtState.ESTABLISHED, CtState.RELATED).accept().build())
                .addRule(Rule.in(ip, "filter", "FORWARD").l4proto(TCP).jump("other").build())
                .addRule(Rule.in(ip, "filter", "FORWARD").mark(0x10).goTo("other").build())
                .addRule(Rule.in(ip, "filter", "FORWARD").daddr("10.0.0.1").tcpDport(80).drop().build())
                .addRule(Rule.in(ip, "filter", "FORWARD").dport(UDP, Cmp.Op.NEQ, 53).drop().build())
                .addRule(Rule.in(ip, "filter", "FORWARD").dport(TCP, Cmp.Op.LT, 1024).counter().drop().build())
                .addRule(Rule.in(ip, "filter", "FORWARD").saddr("10.244.0.0/20").iifnameNot("veth-long-name").accept()
                        .build())
                .addRule(Rule.in(ip, "filter", "other").ret().build())
                .addTable(ip, "nat")
                .addChain(Chain.base(ip, "nat", "PREROUTING", ChainType.NAT, Hook.PREROUTING, Priority.DSTNAT,
                        Policy.ACCEPT))
                .addChain(Chain.base(ip, "nat", "POSTROUTING", ChainType.NAT, Hook.POSTROUTING, Priority.SRCNAT,
                        Policy.ACCEPT))
                .addRule(Rule.in(ip, "nat", "PREROUTING").iifname("eth0").tcpDport(8080).dnat("10.0.0.2", 80).build())
                .addRule(Rule.in(ip, "nat", "PREROUTING").iifname("eth0").udpDport(53).dnat("10.0.0.3").build())
                .addRule(Rule.in(ip, "nat", "POSTROUTING").saddr("10.0.0.0/8").l4proto(TCP).snat("192.0.2.1", 1000)
                        .build())
                .addRule(Rule.in(ip, "nat", "POSTROUTING").saddr("10.244.0.0/24").oifnameNot("cni0").masquerade()
                        .build())
                .addTable(Family.INET, "mixed")
                .addChain(Chain.base(Family.INET, "mixed", "input", ChainType.FILTER, Hook.INPUT, 0, Policy.ACCEPT))
                .addRule(Rule.in(Family.INET, "mixed", "input").saddr("192.0.2.0/24").drop().build())
                .addRule(Rule.in(Family.INET, "mixed", "input").saddr("2001:db8::/32").accept().build())
                .addTable(Family.IP6, "six")
                .addChain(Chain.base(Family.IP6, "six", "output", ChainType.FILTER, Hook.OUTPUT, 0, Policy.ACCEPT))
                .addRule(Rule.in(Family.IP6, "six", "output").daddr("2001:db8::1").counter().drop().build());
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
            assertThat(c.rules()).hasSize(16).allSatisfy(r -> assertThat(r.handle()).isPositive());
        }
    }

    @Test
    void rulesReadBackAsTheRecordsWritten() {
        try (TestNs lib = TestNs.create(); Nftables nft = Nftables.open(lib.ns)) {
            Batch b = everything(nft);
            Committed c = b.commit();
            List<Rule> listed = new java.util.ArrayList<>();
            for (String t : List.of("filter", "nat")) {
                listed.addAll(nft.listRules(Family.IP, t));
            }
            listed.addAll(nft.listRules(Family.INET, "mixed"));
            listed.addAll(nft.listRules(Family.IP6, "six"));
            // The echo of each new rule is what a later listing shows, handle and all.
            assertThat(listed).containsExactlyInAnyOrderElementsOf(c.rules());
            Rule dnat = nft.listRules(Family.IP, "nat", "PREROUTING").get(0);
            assertThat(dnat.expressions()).containsExactlyElementsOf(
                    Rule.in(Family.IP, "nat", "PREROUTING").iifname("eth0").tcpDport(8080).dnat("10.0.0.2", 80).build()
                            .expressions());
            assertThat(dnat.expressions()).noneMatch(e -> e instanceof UnknownExpr);
            assertThat(nft.listRules(Family.IP, "filter", "other"))
                    .singleElement().extracting(Rule::expressions).isEqualTo(List.of(Verdict.ret()));
        }
    }
}
