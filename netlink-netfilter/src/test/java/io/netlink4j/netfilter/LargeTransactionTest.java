package io.netlink4j.netfilter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A transaction whose ACKs and echoes overflow the socket's default 4 MiB receive queue: the
 * kernel commits it inside {@code sendto} either way, so losing its answers (ENOBUFS) would
 * report a committed transaction as failed. The transaction grows the queue first.
 */
class LargeTransactionTest {
    private static final int RULES = 30_000;

    @Test
    void thirtyThousandRulesAreCommittedAndEveryHandleComesBack() {
        try (TestNs t = TestNs.create(); Nftables nft = Nftables.open(t.ns)) {
            try {
                commitAndReadBack(nft);
            } finally {
                // Tens of thousands of rules make deleting the namespace slow for everyone: go
                // first, also when the test failed (whether the transaction was committed or not).
                nft.tables().deleteIfExists(Family.IP, "filter");
            }
        }
    }

    private static void commitAndReadBack(Nftables nft) {
        Transaction tx = nft.transaction().replace(Table.of(Family.IP, "filter"))
                .replace(Chain.regular(Family.IP, "filter", "many"));
        for (int i = 0; i < RULES; i++) {
            tx.add(Rule.in(Family.IP, "filter", "many").iifname("if" + i).counter().accept());
        }
        Committed c = tx.commit();
        assertThat(c.rules()).hasSize(RULES);
        assertThat(c.rules()).extracting(Rule::handle).doesNotHaveDuplicates().allMatch(h -> h > 0);
        assertThat(c.rules().get(RULES - 1).toString()).endsWith("iifname \"if29999\" counter packets 0 bytes 0 accept"
                + " # handle " + c.rules().get(RULES - 1).handle());
        // Streamed: each rule is handed over as it is parsed.
        List<Long> handles = new ArrayList<>(RULES);
        nft.rules().forEach(Family.IP, "filter", "many", r -> handles.add(r.handle()));
        assertThat(handles).containsExactlyElementsOf(c.rules().stream().map(Rule::handle).toList());
    }
}
