package io.netlink4j.netfilter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expressions the records do not model are read back as {@link UnknownExpr} with their bytes,
 * and written back unchanged: copying an {@code nft}-made rule keeps what {@code nft} shows.
 * Attributes the records do not model (a rule's comment) are kept in {@code unknown}.
 */
class UnknownExpressionTest {
    @Test
    void unmodelledExpressionsSurviveACopy() {
        try (TestNs t = TestNs.create(); Nftables nft = Nftables.open(t.ns)) {
            t.nftScript("""
                    add table ip filter
                    add chain ip filter a
                    add chain ip filter b
                    add rule ip filter a tcp dport 22 limit rate 10/second log prefix "ssh " accept comment "kept as is"
                    """);
            Rule original = nft.rules().list(Family.IP, "filter", "a").get(0);
            assertThat(original.expressions()).filteredOn(e -> e instanceof UnknownExpr)
                    .extracting(Expr::kernelName).containsExactly("limit", "log");
            assertThat(original.toString()).startsWith("rule ip filter a tcp dport 22 [ limit 0x").contains("] [ log 0x")
                    .endsWith("] accept # handle " + original.handle());
            // The comment is NFTA_RULE_USERDATA, kept as the kernel sent it.
            assertThat(original.unknown()).singleElement().satisfies(u -> {
                assertThat(u.type()).isEqualTo(7);
                assertThat(new String(u.value(), StandardCharsets.UTF_8)).contains("kept as is");
            });
            Rule copy = nft.rules().add(Rule.of(Family.IP, "filter", "b", original.expressions()));
            assertThat(copy.expressions()).isEqualTo(original.expressions());
            String json = t.nft("-j", "list", "chain", "ip", "filter", "a");
            String copied = t.nft("-j", "list", "chain", "ip", "filter", "b");
            assertThat(exprs(copied)).isEqualTo(exprs(json).replace(",\n        \"comment\": \"kept as is\"", ""))
                    .contains("\"limit\"", "\"log\"", "ssh ");
        }
    }

    /** The {@code "expr": [...]} part of a one-rule chain listing. */
    private static String exprs(String json) {
        int at = json.indexOf("\"expr\"");
        assertThat(at).isPositive();
        return json.substring(at);
    }

    @Test
    void listedFamiliesOnlyShowTablesOfThatFamily() {
        try (TestNs t = TestNs.create(); Nftables nft = Nftables.open(t.ns)) {
            t.nftScript("add table bridge br\nadd table netdev nd\nadd table arp a\n"
                    + "add chain arp a in { type filter hook input priority 0; }\n");
            assertThat(nft.tables().list()).extracting(Table::family)
                    .containsExactlyInAnyOrder(Family.BRIDGE, Family.NETDEV, Family.ARP);
            assertThat(nft.tables().list(Family.IP)).isEmpty();
            assertThat(nft.rules().list(Family.IP, "nothing")).isEqualTo(List.of());
            assertThat(nft.chains().get(Family.ARP, "a", "in"))
                    .hasToString("chain arp a in { type filter hook input priority filter; policy accept; } # handle 1");
        }
    }
}
