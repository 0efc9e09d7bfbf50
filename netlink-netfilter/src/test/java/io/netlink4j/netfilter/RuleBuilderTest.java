package io.netlink4j.netfilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The expressions {@link RuleBuilder} writes, against what {@code nft --debug=netlink} prints for
 * the same words (the listings quoted are nft 1.0.6's).
 */
class RuleBuilderTest {
    private static RuleBuilder ip() {
        return Rule.in(Family.IP, "nat", "POSTROUTING");
    }

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    @Test
    void bytePrefixLoadsOnlyThePrefixBytes() {
        // [ payload load 3b @ network header + 12 => reg 1 ] [ cmp eq reg 1 0x0000f40a ]
        assertThat(ip().saddr("10.244.0.0/24").build().expressions()).containsExactly(
                new Payload(Payload.Base.NETWORK, 12, 3, Expr.REG_1), new Cmp(Cmp.Op.EQ, Expr.REG_1, hex("0af400")));
    }

    @Test
    void otherPrefixesAreMasked() {
        // [ payload load 4b @ network header + 12 => reg 1 ] [ bitwise reg 1 = ( reg 1 & 0x00f0ffff ) ^ 0x0 ]
        // [ cmp eq reg 1 0x0000f40a ]  (host bits of 10.244.3.7 dropped, as nft does)
        assertThat(ip().saddr("10.244.3.7/20").build().expressions()).containsExactly(
                new Payload(Payload.Base.NETWORK, 12, 4, Expr.REG_1),
                new Bitwise(Expr.REG_1, Expr.REG_1, hex("fffff000"), hex("00000000")),
                new Cmp(Cmp.Op.EQ, Expr.REG_1, hex("0af40000")));
    }

    @Test
    void hostAddressAndSlashZero() {
        assertThat(ip().daddr("10.0.0.1").build().expressions()).containsExactly(
                new Payload(Payload.Base.NETWORK, 16, 4, Expr.REG_1), new Cmp(Cmp.Op.EQ, Expr.REG_1, hex("0a000001")));
        assertThat(ip().saddr("0.0.0.0/0").build().expressions()).isEmpty();
        assertThatThrownBy(() -> ip().saddrNot("0.0.0.0/0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("never matches");
    }

    @Test
    void inetTablesCheckTheProtocolFirst() {
        // [ meta load nfproto => reg 1 ] [ cmp eq reg 1 0x0000000a ] then the ip6 match
        assertThat(Rule.in(Family.INET, "t", "c").saddr("2001:db8::/32").build().expressions()).containsExactly(
                new Meta(Meta.Key.NFPROTO, Expr.REG_1), new Cmp(Cmp.Op.EQ, Expr.REG_1, new byte[] {10}),
                new Payload(Payload.Base.NETWORK, 8, 4, Expr.REG_1), new Cmp(Cmp.Op.EQ, Expr.REG_1, hex("20010db8")));
    }

    @Test
    void interfaceNamesArePaddedToIfnamsiz() {
        assertThat(ip().oifnameNot("cni0").build().expressions()).containsExactly(
                new Meta(Meta.Key.OIFNAME, Expr.REG_1),
                new Cmp(Cmp.Op.NEQ, Expr.REG_1, hex("636e6930000000000000000000000000")));
        assertThat(ip().oifname("fifteen-bytes-x").build().expressions()).hasSize(2);
        assertThatThrownBy(() -> ip().iifname("sixteen-bytes-xx")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interface name 'sixteen-bytes-xx' is 16 bytes long: at most 15 (IFNAMSIZ - 1)");
    }

    @Test
    void portsAndNatRanges() {
        assertThatThrownBy(() -> ip().tcpDport(0)).hasMessageContaining("port 0");
        assertThatThrownBy(() -> ip().dport(1, Cmp.Op.EQ, 80)).hasMessageContaining("TCP (6) or UDP (17)");
        assertThatThrownBy(() -> ip().dnat("10.0.0.300")).hasMessageContaining("10.0.0.300");
        assertThatThrownBy(() -> Rule.in(Family.IP6, "t", "c").snat("10.0.0.1"))
                .hasMessageContaining("family ip6");
        Expr nat = ip().dnat("10.0.0.2").build().expressions().get(1);
        assertThat(nat).isEqualTo(new Nat(Nat.Type.DNAT, Family.IP, 1, 1, 0, 0, 1));
    }

    @Test
    void verdictsNameChainsOnlyForJumpAndGoto() {
        assertThatThrownBy(() -> new Verdict(Verdict.Kind.JUMP, null)).hasMessageContaining("target chain");
        assertThatThrownBy(() -> new Verdict(Verdict.Kind.ACCEPT, "x")).hasMessageContaining("takes no chain");
        assertThatThrownBy(() -> Chain.base(Family.IP, "t", "c", ChainType.NAT, null, 0, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Table.of(Family.IP, "")).hasMessageContaining("must not be empty");
    }
}
