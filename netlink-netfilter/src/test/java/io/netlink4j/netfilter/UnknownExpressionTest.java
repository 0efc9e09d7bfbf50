package io.netlink4j.netfilter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expressions the records do not model are read back as {@link UnknownExpr} with their bytes,
 * and written back unchanged: copying an {@code nft}-made rule keeps what {@code nft} shows.
 */
class UnknownExpressionTest {
    @Test
    void unmodelledExpressionsSurviveACopy() {
        try (TestNs t = TestNs.create(); Nftables nft = Nftables.open(t.ns)) {
            t.nftScript("""
                    add table ip filter
                    add chain ip filter a
                    add chain ip filter b
                    add rule ip filter a tcp dport 22 limit rate 10/second log prefix "ssh " accept
                    """);
            Rule original = nft.listRules(Family.IP, "filter", "a").get(0);
            assertThat(original.expressions()).filteredOn(e -> e instanceof UnknownExpr)
                    .extracting(Expr::kernelName).containsExactly("limit", "log");
            Rule copy = nft.addRule(Rule.of(Family.IP, "filter", "b", original.expressions()));
            assertThat(copy.expressions()).isEqualTo(original.expressions());
            String json = t.nft("-j", "list", "chain", "ip", "filter", "a");
            String copied = t.nft("-j", "list", "chain", "ip", "filter", "b");
            assertThat(exprs(copied)).isEqualTo(exprs(json)).contains("\"limit\"", "\"log\"", "ssh ");
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
            t.nftScript("add table bridge br\nadd table netdev nd\n");
            assertThat(nft.listTables()).extracting(Table::family).containsExactlyInAnyOrder(Family.BRIDGE, Family.NETDEV);
            assertThat(nft.listTables(Family.IP)).isEmpty();
            assertThat(nft.listRules(Family.IP, "nothing")).isEqualTo(List.of());
        }
    }
}
