package io.netlink4j.netfilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.Cidr;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The expressions {@link Rule}'s word methods write, against what {@code nft --debug=netlink}
 * prints for the same words (nft 1.0.6), and the words {@link Rule#toString} prints back. The
 * capture tests hold the same rules to nft's bytes.
 */
class RuleWordsTest {
    private static Rule ip() {
        return Rule.in(Family.IP, "nat", "POSTROUTING");
    }

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    @Test
    void bytePrefixLoadsOnlyThePrefixBytes() {
        // [ payload load 3b @ network header + 12 => reg 1 ] [ cmp eq reg 1 0x0000f40a ]
        assertThat(ip().saddr("10.244.0.0/24").expressions()).containsExactly(
                new Payload(Payload.Base.NETWORK, 12, 3, Expr.REG_1), new Cmp(Cmp.Op.EQ, Expr.REG_1, hex("0af400")));
        assertThat(ip().saddr("10.244.0.0/24").expressions()).extracting(Expr::toString).containsExactly(
                "[ payload load 3b @ network header + 12 => reg 1 ]", "[ cmp eq reg 1 0x0000f40a ]");
    }

    @Test
    void otherPrefixesAreMasked() {
        // [ payload load 4b @ network header + 12 => reg 1 ] [ bitwise reg 1 = ( reg 1 & 0x00f0ffff ) ^ 0x00000000 ]
        // [ cmp eq reg 1 0x0000f40a ]  (host bits of 10.244.3.7 dropped, as nft does)
        Rule r = ip().saddr("10.244.3.7/20");
        assertThat(r.expressions()).containsExactly(
                new Payload(Payload.Base.NETWORK, 12, 4, Expr.REG_1),
                new Bitwise(Expr.REG_1, Expr.REG_1, hex("fffff000"), hex("00000000")),
                new Cmp(Cmp.Op.EQ, Expr.REG_1, hex("0af40000")));
        assertThat(r.expressions().get(1)).hasToString("[ bitwise reg 1 = ( reg 1 & 0x00f0ffff ) ^ 0x00000000 ]");
        assertThat(r).hasToString("rule ip nat POSTROUTING ip saddr 10.244.0.0/20");
    }

    @Test
    void hostAddressAndSlashZero() {
        assertThat(ip().daddr("10.0.0.1").expressions()).containsExactly(
                new Payload(Payload.Base.NETWORK, 16, 4, Expr.REG_1), new Cmp(Cmp.Op.EQ, Expr.REG_1, hex("0a000001")));
        assertThat(ip().daddr("10.0.0.1")).hasToString("rule ip nat POSTROUTING ip daddr 10.0.0.1");
        assertThat(ip().saddr("0.0.0.0/0").expressions()).isEmpty();
        assertThatThrownBy(() -> ip().saddrNot("0.0.0.0/0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("never matches");
    }

    @Test
    void typedPrefixesCompileAsTheirText() {
        for (String text : List.of("10.244.0.0/24", "10.244.3.7/20", "10.0.0.1/32", "0.0.0.0/0")) {
            assertThat(ip().saddr(Cidr.parse(text))).isEqualTo(ip().saddr(text));
            assertThat(ip().daddr(Cidr.parse(text))).isEqualTo(ip().daddr(text));
        }
        assertThat(Rule.in(Family.INET, "t", "c").daddr(Cidr.parse("2001:db8::/32")))
                .isEqualTo(Rule.in(Family.INET, "t", "c").daddr("2001:db8::/32"));
        assertThatThrownBy(() -> ip().saddr(Cidr.parse("2001:db8::/32"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2001:db8::/32");
        assertThatThrownBy(() -> ip().daddr((Cidr) null)).isInstanceOf(NullPointerException.class).hasMessage("cidr");
    }

    @Test
    void wordsAreTheRuleWithoutPlaceOrHandle() {
        Rule r = ip().saddr("10.0.0.0/8").l4proto(IpProtocol.TCP).snat("192.0.2.1", 1000).withHandle(7);
        assertThat(r.words()).isEqualTo("ip saddr 10.0.0.0/8 meta l4proto tcp snat to 192.0.2.1:1000");
        assertThat(r).hasToString("rule ip nat POSTROUTING " + r.words() + " # handle 7");
        assertThat(ip().words()).isEmpty();
        assertThat(ip()).hasToString("rule ip nat POSTROUTING");
    }

    @Test
    void inetTablesCheckTheProtocolFirst() {
        // [ meta load nfproto => reg 1 ] [ cmp eq reg 1 0x0000000a ] then the ip6 match
        Rule r = Rule.in(Family.INET, "t", "c").saddr("2001:db8::/32");
        assertThat(r.expressions()).containsExactly(
                new Meta(Meta.Key.NFPROTO, Expr.REG_1), new Cmp(Cmp.Op.EQ, Expr.REG_1, new byte[] {10}),
                new Payload(Payload.Base.NETWORK, 8, 4, Expr.REG_1), new Cmp(Cmp.Op.EQ, Expr.REG_1, hex("20010db8")));
        assertThat(r).hasToString("rule inet t c ip6 saddr 2001:db8::/32");
        assertThat(Rule.in(Family.INET, "t", "c").withExpr(new Meta(Meta.Key.NFPROTO, Expr.REG_1))
                .withExpr(new Cmp(Cmp.Op.EQ, Expr.REG_1, new byte[] {2}))).hasToString("rule inet t c meta nfproto ipv4");
    }

    @Test
    void interfaceNamesArePaddedToIfnamsizAndFollowCoresRule() {
        assertThat(ip().oifnameNot("cni0").expressions()).containsExactly(
                new Meta(Meta.Key.OIFNAME, Expr.REG_1),
                new Cmp(Cmp.Op.NEQ, Expr.REG_1, hex("636e6930000000000000000000000000")));
        assertThat(ip().oifname("fifteen-bytes-x").expressions()).hasSize(2);
        assertThatThrownBy(() -> ip().iifname("sixteen-bytes-xx")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("interface name 'sixteen-bytes-xx' is 16 bytes long: at most 15");
        assertThatThrownBy(() -> ip().iifname("a b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whitespace");
        assertThatThrownBy(() -> ip().iifname(null)).isInstanceOf(NullPointerException.class);
        // A prefix match as nft compiles "eth*" (no NUL in the compared bytes) prints as one.
        assertThat(ip().withExpr(new Meta(Meta.Key.IIFNAME, Expr.REG_1)).withExpr(new Cmp(Cmp.Op.EQ, Expr.REG_1, hex("657468"))))
                .hasToString("rule ip nat POSTROUTING iifname \"eth*\"");
    }

    @Test
    void portsAndNatRanges() {
        assertThatThrownBy(() -> ip().tcpDport(0)).hasMessageContaining("port 0");
        assertThatThrownBy(() -> ip().dport(IpProtocol.ICMP, Cmp.Op.EQ, 80)).hasMessageContaining("icmp has no ports");
        assertThatThrownBy(() -> ip().dnat("10.0.0.300")).hasMessageContaining("10.0.0.300");
        assertThatThrownBy(() -> Rule.in(Family.IP6, "t", "c").snat("10.0.0.1")).hasMessageContaining("family ip6");
        assertThatThrownBy(() -> IpProtocol.of(256)).hasMessageContaining("0..255");
        Expr nat = ip().dnat("10.0.0.2").expressions().get(1);
        // As the kernel lists it: max = min, MAP_IPS.
        assertThat(nat).isEqualTo(new Nat(Nat.Type.DNAT, Family.IP, 1, 1, 0, 0, 1));
        assertThat(nat).hasToString("[ nat dnat ip addr_min reg 1 addr_max reg 1 flags 0x1 ]");
        assertThat(Rule.in(Family.IP6, "t", "c").l4proto(IpProtocol.TCP).dnat("2001:db8::2", 8080))
                .hasToString("rule ip6 t c meta l4proto tcp dnat to [2001:db8::2]:8080");
        assertThat(Rule.in(Family.INET, "t", "c").dnat("10.0.0.2")).hasToString("rule inet t c dnat ip to 10.0.0.2");
    }

    @Test
    void verdictsNameChainsOnlyForJumpAndGoto() {
        assertThatThrownBy(() -> new Verdict(Verdict.Kind.JUMP, null)).hasMessageContaining("target chain");
        assertThatThrownBy(() -> new Verdict(Verdict.Kind.ACCEPT, "x")).hasMessageContaining("takes no chain");
        assertThat(Verdict.jump("other")).hasToString("[ immediate reg 0 jump -> other ]");
        assertThat(Verdict.Kind.fromCode(-5)).contains(Verdict.Kind.RETURN);
        assertThat(Verdict.Kind.fromCode(12345)).isEmpty();
    }

    @Test
    void theArticlesRulesPrintAsNftListsThem() {
        // The lines of `nft list ruleset` for the same rules (see captures/nft/list/ruleset.txt).
        assertThat(Rule.in(Family.IP, "filter", "FORWARD").ctState(CtState.ESTABLISHED, CtState.RELATED).accept())
                .hasToString("rule ip filter FORWARD ct state established,related accept");
        assertThat(Rule.in(Family.IP, "filter", "FORWARD").mark(0x10).goTo("other"))
                .hasToString("rule ip filter FORWARD meta mark 0x00000010 goto other");
        assertThat(Rule.in(Family.IP, "filter", "FORWARD").dport(IpProtocol.TCP, Cmp.Op.LT, 1024).counter().drop())
                .hasToString("rule ip filter FORWARD tcp dport < 1024 counter packets 0 bytes 0 drop");
        assertThat(ip().saddr("10.0.0.0/8").l4proto(IpProtocol.TCP).snat("192.0.2.1", 1000))
                .hasToString("rule ip nat POSTROUTING ip saddr 10.0.0.0/8 meta l4proto tcp snat to 192.0.2.1:1000");
        assertThat(ip().withHandle(7).masquerade()).hasToString("rule ip nat POSTROUTING masquerade # handle 7");
        // What nft would print otherwise falls back to nft --debug=netlink's words.
        assertThat(ip().withExpr(new UnknownExpr("limit", hex("0c0001000000000000000000"))).accept())
                .hasToString("rule ip nat POSTROUTING [ limit 0x0c0001000000000000000000 ] accept");
    }

    @Test
    void recordsAreValidWhenMadeAndNullsNameTheParameter() {
        assertThatThrownBy(() -> Table.of(Family.IP, "")).hasMessageContaining("must not be empty");
        assertThatThrownBy(() -> Table.of(null, "t")).isInstanceOf(NullPointerException.class).hasMessage("family");
        assertThatThrownBy(() -> Rule.in(Family.IP, "t", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("chain");
        assertThatThrownBy(() -> Chain.regular(Family.IP, "t", "c").withPolicy(Policy.DROP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("regular chain c");
        assertThatThrownBy(() -> Chain.base(Family.IP, "t", "c", Hook.EGRESS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("egress does not exist in family ip");
        assertThatThrownBy(() -> Family.parse("ipx")).hasMessageContaining("'ipx'");
        assertThat(Family.parse("ip6")).isEqualTo(Family.IP6);
        assertThat(Family.fromCode(10)).contains(Family.IP6);
        assertThat(Hook.fromCode(Family.NETDEV, 0)).contains(Hook.INGRESS);
        assertThat(Hook.fromCode(Family.ARP, 0)).contains(Hook.INPUT);
        assertThat(Hook.fromCode(Family.IP, 0)).contains(Hook.PREROUTING);
        assertThat(List.of(Rule.in(Family.IP, "t", "c").accept(), Rule.in(Family.IP, "t", "c").accept()))
                .allMatch(r -> r.equals(Rule.of(Family.IP, "t", "c", List.of(Verdict.accept()))));
    }

    @Test
    void chainsAndTablesPrintAsNftWritesThem() {
        assertThat(Chain.base(Family.IP, "nat", "POSTROUTING", Hook.POSTROUTING).withType(ChainType.NAT)
                .withPriority(Priority.SRCNAT).withPolicy(Policy.ACCEPT))
                .hasToString("chain ip nat POSTROUTING { type nat hook postrouting priority srcnat; policy accept; }");
        // nft's names hold only where nft allows them, with offsets up to 10 (checked against nft 1.0.6).
        Chain input = Chain.base(Family.IP, "t", "a", Hook.INPUT);
        assertThat(input.withPriority(Priority.of(5))).hasToString("chain ip t a { type filter hook input priority filter + 5; }");
        assertThat(input.withPriority(Priority.of(-310))).hasToString("chain ip t a { type filter hook input priority raw - 10; }");
        assertThat(input.withPriority(Priority.of(11))).hasToString("chain ip t a { type filter hook input priority 11; }");
        assertThat(input.withPriority(Priority.SRCNAT)).hasToString("chain ip t a { type filter hook input priority 100; }");
        assertThat(Chain.base(Family.BRIDGE, "b", "x", Hook.FORWARD).withPriority(Priority.of(-200)))
                .hasToString("chain bridge b x { type filter hook forward priority filter; }");
        assertThat(Chain.regular(Family.IP, "filter", "other")).hasToString("chain ip filter other");
        assertThat(Table.of(Family.INET, "fw").withFlags(TableFlag.DORMANT)).hasToString("table inet fw { flags dormant; }");
    }
}
