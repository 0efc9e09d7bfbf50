package io.netlink4j.netfilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.Errno;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables, chains and rules: create, list, order, delete, flush — cross-checked with {@code nft -j}. */
class TablesChainsRulesTest {
    private static final Chain INPUT = Chain.base(Family.INET, "fw", "input", ChainType.FILTER, Hook.INPUT,
            Priority.FILTER, Policy.DROP);
    private static final Chain MINE = Chain.regular(Family.INET, "fw", "mine");

    @Test
    void tablesAndChainsListAsCreated() {
        try (TestNs t = TestNs.create(); Nftables nft = Nftables.open(t.ns)) {
            nft.batch().addTable(Family.IP, "a").addTable(Family.IP6, "b").addTable(Family.INET, "fw")
                    .addChain(INPUT).addChain(MINE).commit();
            assertThat(nft.listTables()).extracting(Table::family, Table::name).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple(Family.IP, "a"),
                    org.assertj.core.groups.Tuple.tuple(Family.IP6, "b"),
                    org.assertj.core.groups.Tuple.tuple(Family.INET, "fw"));
            assertThat(nft.listTables(Family.IP6)).extracting(Table::name).containsExactly("b");
            List<Chain> chains = nft.listChains(Family.INET, "fw");
            assertThat(chains).usingRecursiveFieldByFieldElementComparatorIgnoringFields("handle")
                    .containsExactlyInAnyOrder(INPUT, MINE);
            assertThat(chains).allSatisfy(c -> assertThat(c.handle()).isPositive());
            assertThat(nft.listChains()).hasSize(2);
            String json = t.rulesetJson();
            assertThat(json).contains("\"name\": \"input\"", "\"hook\": \"input\"", "\"policy\": \"drop\"",
                    "\"name\": \"mine\"", "\"family\": \"ip6\"");
            nft.deleteChain(Family.INET, "fw", "mine");
            assertThat(nft.listChains(Family.INET, "fw")).extracting(Chain::name).containsExactly("input");
            assertThat(t.rulesetJson()).doesNotContain("\"mine\"");
        }
    }

    @Test
    void rulesKeepTheOrderAskedForAndDeleteByHandle() {
        try (TestNs t = TestNs.create(); Nftables nft = Nftables.open(t.ns)) {
            nft.batch().addTable(Family.INET, "fw").addChain(INPUT).commit();
            RuleBuilder r = Rule.in(Family.INET, "fw", "input");
            Rule b = nft.addRule(Rule.in(Family.INET, "fw", "input").mark(2).accept().build());
            Rule a = nft.insertRule(Rule.in(Family.INET, "fw", "input").mark(1).accept().build());
            Rule d = nft.addRule(Rule.in(Family.INET, "fw", "input").mark(4).accept().build());
            Committed c = nft.batch()
                    .addRule(Rule.in(Family.INET, "fw", "input").mark(3).accept().build(), b.handle())
                    .insertRule(Rule.in(Family.INET, "fw", "input").mark(5).accept().build(), a.handle())
                    .commit();
            assertThat(r.build().expressions()).isEmpty();
            assertThat(nft.listRules(Family.INET, "fw", "input")).extracting(Rule::handle)
                    .containsExactly(c.rules().get(1).handle(), a.handle(), b.handle(), c.rules().get(0).handle(),
                            d.handle());
            nft.deleteRule(b);
            assertThat(nft.listRules(Family.INET, "fw", "input")).extracting(Rule::handle)
                    .doesNotContain(b.handle()).hasSize(4);
            assertThat(t.rulesetJson()).contains("\"handle\": " + d.handle()).doesNotContain("\"handle\": " + b.handle() + ",");
            BatchException e = org.assertj.core.api.Assertions.catchThrowableOfType(BatchException.class,
                    () -> nft.deleteRule(b));
            assertThat(e.errno()).isEqualTo(Errno.ENOENT);
            assertThatThrownBy(() -> nft.deleteRule(r.mark(1).build()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without a handle");
        }
    }

    @Test
    void flushTableRemovesRulesAndKeepsChains() {
        try (TestNs t = TestNs.create(); Nftables nft = Nftables.open(t.ns)) {
            nft.masquerade("nat", "eth0");
            nft.dnat("nat", "eth0", Nftables.TCP, 8080, "10.0.0.2", 80);
            assertThat(nft.listRules(Family.IP, "nat")).hasSize(2);
            nft.batch().flushTable(Family.IP, "nat").commit();
            assertThat(nft.listRules(Family.IP, "nat")).isEmpty();
            assertThat(nft.listChains(Family.IP, "nat")).extracting(Chain::name)
                    .containsExactlyInAnyOrder("POSTROUTING", "PREROUTING");
            assertThat(t.rulesetJson()).doesNotContain("\"rule\"").contains("\"PREROUTING\"");
        }
    }

    @Test
    void deleteTableIsIdempotent() {
        try (TestNs t = TestNs.create(); Nftables nft = Nftables.open(t.ns)) {
            nft.allowForward("filter", "br0", "eth0");
            assertThat(nft.deleteTable("ip", "filter")).isTrue();
            assertThat(nft.deleteTable("ip", "filter")).isFalse();
            assertThat(nft.deleteTable(Family.INET, "never")).isFalse();
            assertThat(t.rulesetJson()).doesNotContain("\"table\"");
            assertThatThrownBy(() -> nft.deleteTable("ipx", "filter"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'ipx'");
        }
    }

    @Test
    void allowForwardAndDnatLookLikeNftsOwn() {
        try (TestNs lib = TestNs.create(); TestNs ref = TestNs.create()) {
            try (Nftables nft = Nftables.open(lib.ns)) {
                nft.allowForward("filter", "br0", "eth0");
                nft.dnat("nat", "eth0", Nftables.UDP, 5353, "10.0.0.2", 53);
            }
            ref.nftScript("""
                    add table ip filter
                    add chain ip filter FORWARD { type filter hook forward priority filter; policy accept; }
                    add rule ip filter FORWARD iifname "br0" oifname "eth0" accept
                    add table ip nat
                    add chain ip nat PREROUTING { type nat hook prerouting priority dstnat; policy accept; }
                    add rule ip nat PREROUTING iifname "eth0" udp dport 5353 dnat to 10.0.0.2:53
                    """);
            assertThat(lib.rulesetJson()).isEqualTo(ref.rulesetJson());
        }
    }
}
