package io.netlink4j.netfilter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A batch whose ACKs and echoes overflow the socket's default 4 MiB receive queue: the kernel
 * commits it inside {@code sendto} either way, so losing its answers (ENOBUFS) would report a
 * committed batch as failed. The transaction grows the queue first.
 */
class LargeBatchTest {
    private static final int RULES = 10_000;

    @Test
    void tenThousandRulesAreCommittedAndEveryHandleComesBack() {
        try (TestNs t = TestNs.create(); Nftables nft = Nftables.open(t.ns)) {
            Batch b = nft.batch().addTable(Family.IP, "filter").addChain(Chain.regular(Family.IP, "filter", "many"));
            for (int i = 0; i < RULES; i++) {
                b.addRule(Rule.in(Family.IP, "filter", "many").iifname("if" + i).counter().accept().build());
            }
            Committed c = b.commit();
            assertThat(c.rules()).hasSize(RULES);
            assertThat(c.rules()).extracting(Rule::handle).doesNotHaveDuplicates().allMatch(h -> h > 0);
            assertThat(nft.listRules(Family.IP, "filter", "many")).hasSize(RULES)
                    .extracting(Rule::handle).containsExactlyElementsOf(c.rules().stream().map(Rule::handle).toList());
        }
    }
}
